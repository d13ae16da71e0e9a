"""Leads from bodies, slugs, times."""

import datetime

from wordpress.derive import kabar_slug, lead_from_body, wordpress_time


def test_lead_takes_whole_sentences_up_to_about_two_hundred_characters():
    sentence = "Kalimat pertama yang cukup panjang untuk berita ini ditulis di sini."
    body = "<p>" + " ".join([sentence] * 6) + "</p>"
    lead = lead_from_body(body)
    assert lead.startswith(sentence) and lead.endswith(".")
    assert len(lead) <= 210 and lead.count("Kalimat") == 2


def test_a_long_first_sentence_is_cut_at_five_hundred():
    assert len(lead_from_body("<p>" + "kata " * 300 + "</p>")) <= 500


def test_times():
    assert wordpress_time("2020-05-03 07:15:00", "x") == datetime.datetime(
        2020, 5, 3, 7, 15, tzinfo=datetime.UTC
    )
    local = wordpress_time("0000-00-00 00:00:00", "2020-05-03 14:15:00")
    assert local.astimezone(datetime.UTC) == datetime.datetime(
        2020, 5, 3, 7, 15, tzinfo=datetime.UTC
    )
    assert wordpress_time("", "") is None


def test_slugs():
    assert kabar_slug("banjir-jakarta", 80) == "banjir-jakarta"
    assert kabar_slug("kopi-%e2%98%95-gayo", 80) == "kopi-gayo"
    assert kabar_slug("a" * 100, 80) == "a" * 80
