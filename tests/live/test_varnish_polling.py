"""A live report's "what's new" answer through Varnish (deploy/varnish/kabar.vcl) and gunicorn.

One copy per entry id, whatever else the URL carries; a junk ``sejak``
names no copy of its own; posting an entry purges the copies at once.
Servers on 127.0.0.1 only, every request with a timeout, both stopped at
the end. Without ``varnishd`` these tests fail rather than skip.
"""

import json
from contextlib import ExitStack
from dataclasses import dataclass

import pytest

from tests.portal.production_env import manage as _manage
from tests.portal.production_env import request as _request
from tests.portal.production_env import site_behind_varnish, start_gunicorn, start_varnish
from tests.portal.test_varnish import _varnishd, rendered_vcl

REDIS_URL = "redis://127.0.0.1:6379/13"
pytestmark = [pytest.mark.servers, pytest.mark.xdist_group("redis-db-32")]

SETUP = """
from django.contrib.auth import get_user_model
from articles.models import Article, Category
from articles.live.services import live_entry_post
editor = get_user_model().objects.create_user("redaktur", is_staff=True)
category = Category.objects.create(name="Nasional", slug="nasional")
report = Article.objects.create(
    title="Gempa Cianjur", slug="gempa-cianjur", lead="Laporan langsung.", body="<p>Gempa.</p>",
    status="published", category=category, editor=editor, is_live=True,
)
entry = live_entry_post(article=report, body="<p>Gempa M5,6.</p>", user=editor)
print(report.get_absolute_url(), entry.pk)
"""

POST = """
from django.contrib.auth import get_user_model
from articles.models import Article
from articles.live.services import live_entry_post
report = Article.objects.get(slug="gempa-cianjur")
editor = get_user_model().objects.get(username="redaktur")
print(live_entry_post(article=report, body="<p>{text}</p>", user=editor).pk)
"""


@dataclass
class LiveCdn:
    port: int
    env: dict
    path: str
    first_id: int


@pytest.fixture(scope="module")
def live_cdn(tmp_path_factory):
    varnishd = _varnishd()
    workdir = tmp_path_factory.mktemp("live-varnish")
    env, port, app_port, secret = site_behind_varnish(
        workdir, redis_url=REDIS_URL, secret_key="live-varnish-test-" + "q7Lm#2xP!" * 6
    )
    url, first_id = _manage(env, "shell", "-c", SETUP).strip().splitlines()[-1].split()
    with ExitStack() as stack:
        app_log, varnish_log = workdir / "gunicorn.log", workdir / "varnishd.log"
        start_gunicorn(stack, port=app_port, env=env, log=app_log)
        vcl = stack.enter_context(rendered_vcl(host="127.0.0.1", port=app_port, secret=secret))
        start_varnish(
            stack, varnishd=varnishd, workdir=workdir, port=port, vcl=vcl, log=varnish_log
        )
        yield LiveCdn(port, env, f"{url}pembaruan/", int(first_id))


def _poll(cdn, query):
    response, body = _request(cdn.port, "GET", f"{cdn.path}{query}")
    assert response.status == 200, body[:500]
    return response.getheader("X-Cache"), json.loads(body)


def _post(cdn, text) -> int:
    return int(_manage(cdn.env, "shell", "-c", POST.format(text=text)).strip().splitlines()[-1])


def test_each_entry_id_is_one_copy_whatever_else_the_url_carries(live_cdn):
    query = f"?sejak={live_cdn.first_id}"
    _poll(live_cdn, query)
    for variant in (query, f"{query}&utm_source=wa", f"?fbclid=x&sejak={live_cdn.first_id}&z=1"):
        cache, answer = _poll(live_cdn, variant)
        assert cache == "HIT", variant
        assert answer["sejak"] == live_cdn.first_id and answer["entri"] == []


@pytest.mark.parametrize("junk", ["abc", "007", "-1", "1.0", "", "99999999999999999999"])
def test_a_junk_sejak_is_the_copy_without_it(live_cdn, junk):
    _, plain = _poll(live_cdn, "")
    cache, answer = _poll(live_cdn, f"?sejak={junk}")
    assert answer == plain
    if junk != "99999999999999999999":  # digits: kept by Varnish, ignored by the app
        assert cache == "HIT"


def test_a_posted_entry_purges_the_copies_at_once(live_cdn):
    query = f"?sejak={live_cdn.first_id}"
    _poll(live_cdn, query)
    assert _poll(live_cdn, query)[0] == "HIT"
    entry_id = _post(live_cdn, "BNPB: 62 orang meninggal.")
    cache, answer = _poll(live_cdn, query)
    assert cache == "MISS"
    assert [e["id"] for e in answer["entri"]][:1] == [entry_id]
    assert "62 orang meninggal" in answer["entri"][0]["html"]
    assert _poll(live_cdn, query)[0] == "HIT"
    # The open page now asks from the new entry: an empty answer, kept too.
    _poll(live_cdn, f"?sejak={entry_id}")
    cache, answer = _poll(live_cdn, f"?sejak={entry_id}")
    assert cache == "HIT" and answer["entri"] == [] and answer["terbaru"] == entry_id
