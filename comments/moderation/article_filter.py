"""Filtering comments by article without listing the articles.

A newsroom has hundreds of thousands of articles: a sidebar listing each
one that has comments is megabytes of HTML. The filter is a search box
instead (select2, as the admin's autocomplete fields), fed by a view of
its own: moderators may not see the articles' admin, only the titles of
articles with comments.
"""

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.http import JsonResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from articles.discovery.search import article_matches
from articles.models import Article
from portal.ids import parse_id

from ..models import Comment

PARAMETER = "article__id__exact"
RESULTS = 20


def _label(article: Article) -> str:
    return f"{article.title} ({article.publication_date:%d-%m-%Y})"


def article_search(term: str):
    """Articles whose title has ``term`` (or whose id it is), newest first."""
    articles = Article.objects.only("title", "publication_date").order_by("-published_at", "-id")
    term = term.strip()
    if term.isdigit():
        return articles.filter(pk=parse_id(term) or 0)
    if not term:
        return articles
    if connection.vendor == "postgresql":
        return article_matches(articles, term)
    return articles.filter(title__icontains=term)


def article_autocomplete(request, model_admin):
    """select2's JSON: ``{"results": [{"id", "text"}], "pagination": {"more"}}``."""
    if not model_admin.has_view_permission(request):
        raise PermissionDenied
    try:
        page = max(1, int(request.GET.get("page", 1)))
    except ValueError:
        page = 1
    start = (page - 1) * RESULTS
    found = list(article_search(request.GET.get("term", ""))[start : start + RESULTS + 1])
    return JsonResponse(
        {
            "results": [{"id": str(a.pk), "text": _label(a)} for a in found[:RESULTS]],
            "pagination": {"more": len(found) > RESULTS},
        }
    )


def article_widget_media():
    """What the search box needs: the admin's own select2 and autocomplete scripts,
    and the script that names select2's boxes after the field's label."""
    names = forms.Media(js=[forms.Script("js/editor/field-names.js", type="module")])
    return AutocompleteSelect(Comment._meta.get_field("article"), admin.site).media + names


class ArticleFilter(admin.SimpleListFilter):
    """The comments of one article, chosen by searching its title."""

    title = _("artikel")
    parameter_name = PARAMETER
    template = "admin/comments/comment/article_filter.html"

    def __init__(self, request, params, model, model_admin):
        super().__init__(request, params, model, model_admin)
        site = model_admin.admin_site.name
        self.autocomplete_url = reverse(f"{site}:comments_comment_article_autocomplete")

    def lookups(self, request, model_admin):
        return []

    def has_output(self):
        return True

    def _article_id(self) -> int | None:
        return parse_id(self.value())

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        article_id = self._article_id()
        return queryset.filter(article_id=article_id) if article_id else queryset.none()

    def choices(self, changelist):
        article_id = self._article_id()
        article = (
            Article.objects.only("title", "publication_date").filter(pk=article_id).first()
            if article_id
            else None
        )
        others = [
            (name, value)
            for name, values in changelist.params.items()
            if name not in (self.parameter_name, "p")
            for value in (values if isinstance(values, list) else [values])
        ]
        option = (
            format_html('<option value="{}" selected>{}</option>', article.pk, _label(article))
            if article
            else ""
        )
        yield {
            "selected": article is not None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": _("Semua artikel"),
            "hidden": format_html_join("", '<input type="hidden" name="{}" value="{}">', others),
            "select": format_html(
                '<select name="{}" id="saring-artikel" class="admin-autocomplete"'
                ' data-ajax--url="{}" data-ajax--cache="true" data-ajax--delay="250"'
                ' data-ajax--type="GET" data-theme="admin-autocomplete" data-allow-clear="true"'
                ' data-placeholder="{}" data-app-label="comments" data-model-name="comment"'
                ' data-field-name="article" lang="id" data-width="100%">'
                '<option value=""></option>{}</select>',
                self.parameter_name,
                self.autocomplete_url,
                _("Cari judul artikel"),
                option,
            ),
        }
