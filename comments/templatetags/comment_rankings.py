"""The home page's "Terbanyak dikomentari" list: ``{% most_commented %}``.

Lives in the comments app because it reads comments; the articles app only
loads the tag, so it never imports this app.
"""

from django import template

from articles.discovery.activity import RANKING_DAYS, ranked
from articles.models import Article
from articles.page_keys import COMMENT_LISTS
from portal.page_cache.pages import add_page_keys

register = template.Library()

MOST_COMMENTED_DAYS = RANKING_DAYS
MOST_COMMENTED_LIMIT = 5


def most_commented_articles(
    *, limit: int = MOST_COMMENTED_LIMIT, days: int = MOST_COMMENTED_DAYS
) -> list[Article]:
    """Published articles with the most approved comments written in the last ``days`` days.

    One query, over the day rollups (``articles.discovery.activity``) this
    app keeps (``comments.activity``). Pending, spam and rejected comments do
    not count: readers cannot see them, and counting them would let a
    spammer lift an article.
    """
    return ranked("comments", limit=limit, days=days)


@register.inclusion_tag("comments/_most_commented.html", takes_context=True)
def most_commented(context, limit=MOST_COMMENTED_LIMIT):
    add_page_keys(context.get("request"), [COMMENT_LISTS])
    return {"articles": most_commented_articles(limit=limit)}
