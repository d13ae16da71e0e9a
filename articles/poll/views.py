"""The reaction poll's endpoint: a vote, answered as JSON or with a redirect."""

import secrets
from functools import partial
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import slug_re
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_ratelimit.decorators import ratelimit

from portal.client_address import client_address
from portal.same_origin import same_origin_post

from ..models import Article
from ..notices import give_notice
from .address_limit import address_bucket, new_voter_allowed
from .models import ReactionOption
from .reader_cookie import reader_id_from, remember_reader
from .results import CHOICE_PARAMETER, poll_results, with_choice
from .services import reader_hash, vote_submit


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _refuse(request, message: str, *, status: int, article: Article | None = None):
    if _wants_json(request):
        return JsonResponse({"error": message}, status=status)
    return render(
        request,
        "error.html",
        {
            "heading": _("Tanggapan tidak terkirim"),
            "message": message,
            "article": article,
            "anchor": "#tanggapan",
        },
        status=status,
    )


@same_origin_post
@require_http_methods(["GET", "POST"])
@ratelimit(
    group="articles.poll.vote",
    key="ip",
    rate=lambda group, request: settings.POLL_RATE_LIMIT,
    method="POST",
    block=True,
)
def vote(request, article_id: int):
    """A reader's reaction: JSON results for scripts, 303 back to the poll otherwise.

    A GET answers the results with this reader's own choice, as JSON and
    never cached: the article page itself is the same for every reader.
    """
    article = Article.objects.published().filter(pk=article_id).first()
    if article is None:
        return _refuse(request, _("Artikel tidak ditemukan."), status=404)
    if request.method == "GET":
        reader_id = reader_id_from(request)
        results = poll_results(
            article=article, voter_hash=reader_hash(reader_id) if reader_id else None
        )
        response = JsonResponse(results.as_json())
        patch_cache_control(response, private=True, no_store=True)
        return response
    if not article.discussion_open:
        return _refuse(
            request, _("Tanggapan untuk artikel ini sudah ditutup."), status=403, article=article
        )
    slug = request.POST.get("reaction", "")
    # Only something shaped like a slug is looked up: anything else (NUL,
    # which PostgreSQL refuses in a query, or a page of junk) names no option.
    option = (
        ReactionOption.objects.active().filter(slug=slug).first()
        if slug_re.fullmatch(slug)
        else None
    )
    if option is None:
        return _refuse(
            request,
            _("Pilih salah satu tanggapan yang tersedia."),
            status=400,
            article=article,
        )

    reader_id = reader_id_from(request) or secrets.token_urlsafe(24)
    voter_hash = reader_hash(reader_id)
    address = client_address(request)
    try:
        vote = vote_submit(
            article=article,
            option=option,
            voter_hash=voter_hash,
            address_bucket=address_bucket(address),
            may_add_voter=partial(new_voter_allowed, article_id=article.pk, address=address),
        )
    except ValidationError as exc:
        return _refuse(request, " ".join(exc.messages), status=400, article=article)

    if _wants_json(request):
        results = poll_results(article=article, voter_hash=voter_hash)
        if vote is None:
            # Answered as if counted (see poll.address_limit): the reader's
            # choice is marked, the counts are what was really stored.
            results = with_choice(results, option.slug)
        response = JsonResponse(results.as_json())
    else:
        # The page is the same for every reader; naming the choice in the
        # address lets it show "pilihan Anda" with JavaScript off as well.
        query = urlencode({CHOICE_PARAMETER: option.slug})
        response = HttpResponseRedirect(
            f"{article.get_absolute_url()}?{query}#tanggapan", status=303
        )
        # "Counted", said to this browser alone (articles.notices).
        give_notice(request, response, article=article, code="tanggapan-tercatat")
    remember_reader(request, response, reader_id)
    return response
