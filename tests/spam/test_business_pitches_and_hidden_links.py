"""A business speaking of itself with a number or its website, a short link, an advertising
website, a number with a call to use it; and readers passing on a public service's number,
which is no pitch."""

import pytest

from comments.models import Comment
from comments.screening import screen
from tests.spam.screening_helpers import assert_caught, assert_unflagged, screen_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "spam",
    [
        # A business in its own words, with a number.
        "Dengan naiknya harga BBM, saatnya beralih ke motor listrik! Dealer kami kasih DP 0% dan"
        " cicilan ringan. Info pemesanan: 0819-2020-3030 atau kunjungi showroom kami di Depok.",
        # A testimonial, then a number with a call: held whatever the cover words say.
        "Perang ini bikin harga apa2 naik ya, suami saya sempat di PHK. Alhamdulillah sejak ikut"
        " program bisnis online dari kak Dewi, hutang kami lunas dalam 3 bulan. Yang mau"
        " tanya-tanya langsung aja WA kak Dewi 0812-3456-7890, orangnya baik banget.",
        "Ass.wr.wb. Saudara-saudaraku, mari sejahterakan keluarga dengan ikut program Sedekah"
        " Berbalas, sedekah 100rb dibalas 1 juta dalam 7 hari. Info: 0813-7777-8888",
        # Money doubled by magic, "for those who believe".
        "Bismillah, saya bukan promosi, cuma mau berbagi. Dulu saya hampir bunuh diri karena"
        " hutang 200jt. Ada yang kasih tau soal Mbah Jenggot, beliau bisa menggandakan uang"
        " secara gaib. Buat yang percaya silakan hubungi beliau 0823-5544-7788",
        # Link bait behind a short link, the dot written out or not.
        "Cek ini, video asli serangan drone yang disensor media barat: bit.ly/video-asli-perang"
        " (harus login FB dulu)",
        "Kok foto di artikel ini mirip video yg viral ya? Liat sendiri:"
        " tinyurl(titik)com/viral-nato-rusia",
        # A gambling brand to search for, in quotes.
        "bener bgt bro, kalau mau cuan cepet cari aja 'pohon4d' di google wkwk bukan iklan ya"
        " cuma kasih info, aku udah wd berkali2",
        # The romance scam's English.
        "Hi dear, nice article about the war. I am a beautiful single lady looking for a serious"
        " friend. Please write me on my email jessica.beauty@gmail.com I have photos to show you",
    ],
)
def test_business_pitches_short_links_and_romance_scams_are_caught(spam):
    assert_caught(screen_text(spam))


@pytest.mark.parametrize(
    ("website", "body"),
    [
        ("https://mawarmerah88.com", "Artikelnya lengkap banget, makasih min."),
        ("https://pohonmangga4d.net", "Semoga Indonesia tetap netral. Salam damai."),
        ("https://bit.ly/3xYzAb9", "Sangat menginspirasi, ditunggu artikel selanjutnya!"),
        # A shop's site under praise for any page.
        ("https://laundrykiloan-tangerang.com", "Terimakasih redaksi atas beritanya. Sukses!"),
    ],
)
def test_an_advertising_website_with_cover_words_is_caught(website, body):
    result = screen(name="Pembaca", url=website, body_html=f"<p>{body}</p>", trap_filled=False)
    assert_caught(result)
    assert any(reason.startswith("situs berisi promosi") for reason in result.reasons)


@pytest.mark.parametrize(
    ("website", "body"),
    [
        (
            "https://bajaringanmurah.co.id",
            "Semoga harga material bangunan turun lagi. Untuk kebutuhan baja ringan dan atap,"
            " kami siap bantu.",
        ),
        (
            "https://kontraktorbangunrumah.com",
            "Terima kasih infonya. Salam dari kami kontraktor rumah di Bekasi, melayani bangun"
            " rumah, renovasi, dan desain interior.",
        ),
    ],
)
def test_a_business_offering_itself_beside_its_site_is_caught(website, body):
    result = screen(name="Pembaca", url=website, body_html=f"<p>{body}</p>", trap_filled=False)
    assert_caught(result)
    assert any(reason.startswith("dagang:") for reason in result.reasons), result.reasons


def test_a_reader_s_own_blog_or_a_news_site_as_website_is_no_advertisement():
    for website in ("https://budisantoso.blogspot.com", "https://www.kompas.com/"):
        result = screen(
            name="Budi",
            url=website,
            body_html="<p>Setuju dengan artikel ini.</p>",
            trap_filled=False,
        )
        assert not any(r.startswith("situs berisi promosi") for r in result.reasons), website


@pytest.mark.parametrize(
    "ham",
    [
        # OJK's own complaints line, passed on as a warning.
        "Buat korban pinjol: OJK punya kontak 157 dan WA 081 157 157 157 buat pengaduan. Gratis,"
        ' jangan bayar "jasa" apa pun.',
        "Coba cari kompas di google soal ini, beritanya lengkap",
        "Kami warga RT 05 melayani tamu dengan baik waktu acara kemarin, terima kasih semua",
        # A petition or a form behind a short link, with no call to open it.
        "Petisi tolak penggusuran pasar tradisional ada di bit.ly/petisipasarlama, sudah 3 ribu"
        " tanda tangan.",
        "Formulir bantuan korban banjir dari pemkot bisa diisi di s.id/bantuanbanjir2024, saya"
        " sudah coba dan berhasil.",
        # An event's free entry and its number.
        "Kajian gratis tentang zakat dan ekonomi umat di Masjid Raya Ahad pagi. Terbuka untuk"
        " umum, info 0812-7777-8888.",
    ],
)
def test_public_numbers_and_ordinary_words_stay_unflagged(ham):
    assert_unflagged(screen_text(ham))


def test_a_warning_naming_a_short_link_is_held_never_binned():
    result = screen_text(
        "Hati-hati, pesan berantai berisi bit.ly/bansos-cair itu penipuan, jangan diklik"
    )
    assert result.status == Comment.Status.PENDING, (result.score, result.reasons)
