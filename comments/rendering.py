"""The comment threads as HTML, built in Python.

A busy article shows hundreds of comments. Rendered through an included
template per comment, the threads were most of the article page's cost
(about 60 ms for a page of 500 comments); built here with plain string
formatting they cost a few. The markup is what the former
``comments/_comment.html`` template gave. Every value is escaped except the
body, which was sanitized when the comment was stored.
"""

from html import escape

from django.urls import reverse
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

# Stands for a comment's id in the URLs built once per rendering.
_ID = 2147483647


def edit_link(comment) -> str:
    """The author's "Sunting" link to ``comment``, with the minutes left to edit it."""
    from .editing.services import minutes_left

    url = escape(reverse("comments:edit", args=[comment.pk]))
    label = escape(_("Sunting komentar Anda"))
    left = escape(
        ngettext("%(minutes)d menit lagi", "%(minutes)d menit lagi", minutes_left(comment))
        % {"minutes": minutes_left(comment)}
    )
    return (
        f'<a class="comment__edit" href="{url}" aria-label="{label}">{escape(_("Sunting"))}</a>'
        f' <span class="comment__edit-left">({left})</span>'
    )


def render_threads(
    threads,
    *,
    is_open: bool,
    page_number: int,
    order: str = "",
    editable=frozenset(),
    newsroom: bool = False,
    own_parts: bool = False,
) -> SafeString:
    """The ``<li>`` of each thread in ``threads``, replies nested, as safe HTML."""
    return mark_safe(
        "".join(
            render_each_thread(
                threads,
                is_open=is_open,
                page_number=page_number,
                order=order,
                editable=editable,
                newsroom=newsroom,
                own_parts=own_parts,
            )
        )
    )


def render_each_thread(
    threads,
    *,
    is_open: bool,
    page_number: int,
    order: str = "",
    editable=frozenset(),
    newsroom: bool = False,
    own_parts: bool = False,
) -> list[str]:
    """The ``<li>`` of each thread in ``threads``, one string per thread.

    ``order`` is the order parameter the page was asked with ("" for the
    default), kept in the reply links. ``editable``: the ids of the comments
    this reader may still edit, and ``newsroom`` (a staff member's page: a
    "Balas sebagai Redaksi" link), are given only for a personal page; a
    shared page never has them. ``own_parts``: a shared page marks the end of
    each comment, where its author's edit link and their replies still
    waiting go for them alone (``comments.authorship.own_comments_part``).
    """
    texts = {
        "pending": escape(_("Komentar Anda sedang menunggu moderasi")),
        "reply": escape(_("Balas")),
        "reply_label": _("Balas komentar %(name)s"),
        "page": (f"urutan={escape(order)}&amp;" if order else "")
        + (f"page={page_number}&amp;" if page_number > 1 else ""),
        "open": is_open,
        "months": {number: str(name) for number, name in MONTHS.items()},
        "zone": timezone.get_current_timezone(),
        "newsroom": escape(_("Redaksi")),
        "edited": escape(_("disunting")),
        "report": escape(_("Laporkan")),
        "report_label": _("Laporkan komentar %(name)s"),
        "report_url": escape(reverse("comments:report", args=[_ID])).replace(str(_ID), "{}"),
        "answers": _("membalas %(name)s"),
        "edit": escape(_("Sunting")),
        "edit_label": _("Sunting komentar Anda"),
        "edit_url": escape(reverse("comments:edit", args=[_ID])).replace(str(_ID), "{}"),
        "editable": editable,
        "own_parts": own_parts,
        "newsroom_reply": escape(_("Balas sebagai Redaksi")) if newsroom else "",
        "newsroom_url": escape(reverse("comments:newsroom_reply", args=[_ID])).replace(
            str(_ID), "{}"
        ),
    }
    rendered = []
    for comment in threads:
        parts: list[str] = []
        _render(comment, texts, parts)
        rendered.append("".join(parts))
    return rendered


def _render(comment, texts: dict, parts: list[str]) -> None:
    anchor = f"komentar-{comment.pk}"
    local = comment.created_at.astimezone(texts["zone"])
    approved = comment.is_approved
    name = escape(comment.name)
    if comment.url:
        author = f'<a href="{escape(comment.url)}" rel="nofollow ugc noopener">{name}</a>'
    else:
        author = name
    if comment.by_newsroom:
        author += f' <span class="comment__badge">{texts["newsroom"]}</span>'
    shown = f"{local.day} {texts['months'][local.month]} {local.year} {local:%H:%M}"
    edited = (
        f' <span class="comment__edited">({texts["edited"]})</span>' if comment.edited_at else ""
    )
    answers = getattr(comment, "answers", None)
    if answers is not None:
        # A reply shown beside the comment it answers (below the deepest level).
        edited += (
            f' <a class="comment__answers" href="#komentar-{answers.pk}">'
            f"{escape(texts['answers'] % {'name': answers.name})}</a>"
        )
    parts.append(
        f'<li class="comment comment--level-{int(comment.level)}" id="{anchor}">\n'
        f'  <article class="comment__card{"" if approved else " comment__card--pending"}"'
        f' aria-labelledby="{anchor}-oleh">\n'
        '    <header class="comment__meta">\n'
        f'      <span class="comment__author" id="{anchor}-oleh">{author}</span>\n'
        f'      <a class="comment__permalink" href="#{anchor}">'
        f'<time datetime="{local:%Y-%m-%dT%H:%M:%S%z}">{escape(shown)} WIB</time></a>{edited}\n'
        "    </header>\n"
    )
    if not approved:
        parts.append(f'    <p class="comment__pending" role="status">{texts["pending"]}</p>\n')
    # The body was sanitized (comments.sanitize) before it was stored.
    parts.append(f'    <div class="comment__body">{comment.body}</div>\n')
    actions = _actions(comment, texts, name)
    if actions:
        parts.append(f'    <p class="comment__actions">{" ".join(actions)}</p>\n')
    parts.append("  </article>\n")
    children = getattr(comment, "display_children", None)
    if children:
        parts.append('  <ol class="comment-list comment-list--replies">\n')
        for child in children:
            _render(child, texts, parts)
        parts.append("  </ol>\n")
    if texts["own_parts"]:
        parts.append(f"<!--kabar:own:c{comment.pk}-{int(comment.level) + 1}-->")
    parts.append("</li>")


def _actions(comment, texts: dict, name: str) -> list[str]:
    """The links under a comment: reply and report (everyone's), edit (its author's)."""
    actions = []
    approved = comment.is_approved
    if texts["open"] and approved:
        label = escape(texts["reply_label"] % {"name": comment.name})
        actions.append(
            '<a class="comment-reply-link" '
            f'href="?{texts["page"]}balas={comment.pk}#form-komentar" '
            f'data-parent="{comment.pk}" data-author="{name}" aria-label="{label}">'
            f"{texts['reply']}</a>"
        )
    if approved and not comment.by_newsroom:
        label = escape(texts["report_label"] % {"name": comment.name})
        actions.append(
            f'<a class="comment__report" href="{texts["report_url"].format(comment.pk)}" '
            f'rel="nofollow" aria-label="{label}">{texts["report"]}</a>'
        )
    if texts["newsroom_reply"] and approved:
        actions.append(
            f'<a class="comment__newsroom-reply" href="{texts["newsroom_url"].format(comment.pk)}">'
            f"{texts['newsroom_reply']}</a>"
        )
    if comment.pk in texts["editable"]:
        actions.append(edit_link(comment))
    return actions
