"""The "what's new" answer: what it holds, the values of ``sejak`` it takes, how it is kept."""

import pytest
from django.test import Client

from articles.live.services import live_entry_edit, live_entry_withdraw, live_report_end
from portal.page_cache import middleware, store
from tests import factories

from .conftest import updates_url

pytestmark = pytest.mark.django_db


def _get(article, query="", **headers):
    return Client().get(updates_url(article) + query, **headers)


def _ids(answer) -> list[int]:
    return [entry["id"] for entry in answer["entri"]]


def test_it_answers_the_entries_newer_than_sejak_newest_first(report, post):
    first, second, third = post("<p>Satu.</p>"), post("<p>Dua.</p>", key_event=True), post()
    response = _get(report, f"?sejak={first.pk}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    answer = response.json()
    assert _ids(answer) == [third.pk, second.pk]
    assert answer["terbaru"] == third.pk and answer["sejak"] == first.pk
    assert not answer["berakhir"] and not answer["lebih"]
    [_, key] = answer["entri"]
    assert key["penting"] and key["ringkasan"] == "Dua."
    assert f'id="pembaruan-{second.pk}"' in key["html"] and "<time datetime=" in key["html"]
    assert "public" in response["Cache-Control"]
    assert set(response["Surrogate-Key"].split()) >= {f"live-{report.pk}"}
    assert f"article-{report.pk}" not in response["Surrogate-Key"].split()


def test_an_open_page_up_to_date_gets_an_empty_answer(report, post):
    latest = post()
    answer = _get(report, f"?sejak={latest.pk}").json()
    assert answer["entri"] == [] and answer["terbaru"] == latest.pk


@pytest.mark.parametrize(
    "junk", ["abc", "-1", "0", "007", "1.0", "1e3", "99999999", " 1", "1" * 40, ""]
)
def test_a_value_it_does_not_take_is_answered_as_if_absent_never_rendered_anew(
    report, post, junk, caplog
):
    entries = [post(f"<p>{n}</p>") for n in range(3)]
    plain = _get(report).json()
    assert _ids(plain) == [e.pk for e in reversed(entries)] and plain["sejak"] is None
    caplog.clear()
    caplog.set_level("INFO", logger="portal.page_cache.middleware")
    response = _get(report, f"?sejak={junk}")
    assert response.status_code == 200
    assert response.json() == plain
    assert not [r for r in caplog.records if r.getMessage().startswith("Rendered")]


def test_an_id_of_another_report_is_not_taken(report, post, category, editor_user):
    other = factories.make_article(category=category, editor=editor_user, is_live=True)
    foreign = post(article=other)
    mine = post()
    answer = _get(report, f"?sejak={foreign.pk}").json()
    assert answer["sejak"] is None and _ids(answer) == [mine.pk]


def test_a_page_far_behind_is_told_to_reload(report, post, settings):
    settings.LIVE_ENTRIES_PER_PAGE = 2
    settings.LIVE_RECENT_IDS = 4
    entries = [post(f"<p>{n}</p>") for n in range(6)]
    # The oldest entries' ids are no longer taken: the answer holds the newest.
    far = _get(report, f"?sejak={entries[0].pk}").json()
    assert far["sejak"] is None and far["lebih"] and len(far["entri"]) == 2
    near = _get(report, f"?sejak={entries[2].pk}").json()
    assert near["sejak"] == entries[2].pk and near["lebih"]
    assert _ids(near) == [entries[5].pk, entries[4].pk]


def test_edits_and_withdrawals_reach_open_pages(report, post, editor_user):
    edited, withdrawn, latest = post("<p>Korban 10.</p>"), post(), post()
    live_entry_edit(entry=edited, user=editor_user, body="<p>Korban 12.</p>")
    live_entry_withdraw(entry=withdrawn, user=editor_user)
    # Edited a moment after it was posted, as an editor would.
    type(edited).objects.filter(pk=edited.pk).update(
        created_at=edited.created_at.replace(year=edited.created_at.year - 1)
    )
    answer = _get(report, f"?sejak={latest.pk}").json()
    assert answer["entri"] == []
    assert [e["id"] for e in answer["diubah"]] == [edited.pk]
    assert "Korban 12." in answer["diubah"][0]["html"]
    assert answer["ditarik"] == [withdrawn.pk]


def test_an_ended_report_says_so(report, post, editor_user):
    entry = post()
    assert _get(report, f"?sejak={entry.pk}").json()["berakhir_teks"] == ""
    live_report_end(article=report, user=editor_user)
    answer = _get(report, f"?sejak={entry.pk}").json()
    assert answer["berakhir"] is True
    # The same line the page shows after a reload.
    page = Client().get(report.get_absolute_url()).content.decode()
    assert answer["berakhir_teks"] in page
    assert answer["berakhir_teks"].startswith("Laporan langsung ini berakhir ")


def test_only_published_live_reports_have_the_answer(report, category, editor_user):
    plain = factories.make_article(category=category)
    assert _get(plain).status_code == 404
    draft = factories.make_article(category=category, is_live=True, status="draft")
    assert _get(draft).status_code == 404
    assert Client().get("/2022/13/40/x/pembaruan/").status_code == 404


def test_a_post_makes_the_kept_answers_stale_and_they_are_rendered_once(report, post, caplog):
    first = post()
    query = f"?sejak={first.pk}"
    assert _get(report, query).json()["entri"] == []
    name = middleware._name("http://testserver", updates_url(report), {"sejak": str(first.pk)})
    assert store.lookup(name)[1]
    caplog.set_level("INFO", logger="portal.page_cache.middleware")
    caplog.clear()
    for _ in range(5):  # kept: no rendering
        assert _get(report, query).status_code == 200
    assert not [r for r in caplog.records if r.getMessage().startswith("Rendered")]
    second = post()
    assert not store.lookup(name)[1]
    assert _ids(_get(report, query).json()) == [second.pk]
    for _ in range(5):
        _get(report, query)
    renders = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Rendered")]
    # Once without sejak (which says what sejak may be), once with it.
    assert len(renders) == 2, renders


def test_an_unchanged_answer_is_a_304(report, post):
    entry = post()
    first = _get(report, f"?sejak={entry.pk}")
    again = _get(report, f"?sejak={entry.pk}", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_a_kept_answer_costs_one_round_trip(report, post, monkeypatch):
    """The two steps of the lookup (without sejak, then with it) share one round trip."""
    entry = post()
    query = f"?sejak={entry.pk}"
    _get(report, query)
    assert _get(report, query).status_code == 200  # both steps kept now
    readings, trips = [], []
    real = store.cache.get_many

    def get_many(names, *args, **kwargs):
        trips.append(names)
        readings.extend(n for n in names if n.startswith("page-cache:gen:"))
        return real(names, *args, **kwargs)

    monkeypatch.setattr(store.cache, "get_many", get_many)
    assert _get(report, query).json()["sejak"] == entry.pk
    # Each key's generation read once, in the first step's round trip,
    # which brings the second step's entry too.
    assert readings and len(readings) == len(set(readings))
    assert len(trips) == 1, trips
    # A new entry: the first step is stale and rendered again, and the
    # second step reads the generations anew, after that rendering.
    readings.clear()
    newer = post()
    answer = _get(report, query).json()
    assert [e["id"] for e in answer["entri"]] == [newer.pk]


def test_a_page_showing_an_entry_withdrawn_since_still_gets_what_is_new(report, post, editor_user):
    kept, typo = post("<p>Benar.</p>"), post("<p>Slah ketik.</p>")
    live_entry_withdraw(entry=typo, user=editor_user)
    newer = post("<p>Ralat: salah ketik.</p>")
    answer = _get(report, f"?sejak={typo.pk}").json()
    assert answer["sejak"] == typo.pk and _ids(answer) == [newer.pk]
    assert answer["ditarik"] == [typo.pk] and answer["terbaru"] == newer.pk
    live_entry_withdraw(entry=newer, user=editor_user)
    assert _get(report, f"?sejak={typo.pk}").json()["terbaru"] == kept.pk
