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
        # A phishing link in an agency's name, the agency named as the sender.
        "Subsidi kuota 50GB gratis dari Kominfo, klaim di kominfo-kuota[.]com",
        "Get your ex lover back in 24 hours with powerful love spell by Dr. Okoro. Contact"
        " drokorospell@gmail.com",
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
        ("https://sedotwc-jakarta24jam.co.id", "Nice info gan, sangat membantu sekali."),
    ],
)
def test_an_advertising_website_with_cover_words_is_caught(website, body):
    result = screen_text(body, name="Pembaca", url=website)
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
            "Terima kasih infonya. Salam dari kami kontraktor rumah terpercaya di Bekasi,"
            " melayani bangun rumah, renovasi, dan desain interior. kontraktor bekasi murah",
        ),
    ],
)
def test_a_business_offering_itself_beside_its_site_is_caught(website, body):
    result = screen_text(body, name="Pembaca", url=website)
    assert_caught(result)
    assert any(reason.startswith("dagang:") for reason in result.reasons), result.reasons


@pytest.mark.parametrize(
    "website",
    [
        "https://budisantoso.blogspot.com",
        "https://www.kompas.com/",
        "https://www.jasamarga.co.id",
        # A small business's own site under a comment on the news.
        "https://rentalsepeda-bali.com",
        # Hosts that merely end like a short link's, or hold a shop's word inside another.
        "https://about.me/andiwijaya",
        "https://budis.id",
        "https://www.parentalguide.id",
    ],
)
def test_a_reader_s_own_site_under_words_on_the_news_is_no_advertisement(website):
    body = "<p>Turis di Ubud masih ramai walau harga tiket pesawat mahal.</p>"
    result = screen(name="Komang", url=website, body_html=body, trap_filled=False)
    assert not any(r.startswith("situs berisi promosi") for r in result.reasons), result.reasons
    assert result.flag == Comment.Flag.NONE, (result.score, result.reasons)


@pytest.mark.parametrize(
    "ham",
    [
        # OJK's own complaints line, passed on as a warning.
        "Buat korban pinjol: OJK punya kontak 157 dan WA 081 157 157 157 buat pengaduan. Gratis,"
        ' jangan bayar "jasa" apa pun.',
        "Coba cari kompas di google soal ini, beritanya lengkap",
        "Kami warga RT 05 melayani tamu dengan baik waktu acara kemarin, terima kasih semua",
        # Volunteers and public services speak of what they provide, as businesses do.
        "Kami menyediakan dapur umum untuk korban banjir, info 0812-3456-7890.",
        "Bengkel kami menerima perbaikan motor korban banjir gratis, hubungi 0812-3456-7890.",
        "Anak muda sekarang suka trading kripto, coba cari tahu di google risikonya.",
        "The beautiful woman looking for love in this story is the victim.",
        "Video lengkapnya bisa lihat sendiri di bit.ly/videobanjir",
        "Buat korban pinjol: OJK punya kontak 157 dan WA 0811 - 5715 - 7157 buat pengaduan.",
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


def test_a_name_made_of_a_shop_s_keywords_is_an_advertisement_a_shop_s_own_name_is_not():
    body = "<p>Terima kasih atas informasinya, sangat lengkap. Salam kenal dari kami.</p>"
    result = screen(name="Harga Besi Beton", url="", body_html=body, trap_filled=False)
    assert any(r.startswith("nama berisi promosi") for r in result.reasons), result.reasons
    body = "<p>Harga telur dan gula naik terus, usaha kecil seperti kami terpaksa naik.</p>"
    result = screen(
        name="Toko Kue Bu Ani", url="https://kuebuani.id", body_html=body, trap_filled=False
    )
    assert result.flag == Comment.Flag.NONE, (result.score, result.reasons)


@pytest.mark.parametrize(
    ("name", "website", "body"),
    [
        # A petition against a trade, whose address names it.
        (
            "Ayu",
            "https://www.change.org/p/hentikan-judi-online",
            "Yuk tanda tangani petisi agar pemerintah serius memberantas judi online.",
        ),
        # A reader seeing through the gambling jargon.
        (
            "Yuni",
            "",
            "Katanya RTP tinggi, bocoran pola, depo 10rb... semua itu jebakan. Bandar nggak"
            " pernah rugi. Sadar woy!",
        ),
        # What a lost wallet held.
        (
            "Rini",
            "",
            "Dompet coklat hilang di sekitar GBK, isi KTP atas nama Rini Susanti. Yang menemukan"
            " mohon hubungi 0857-2233-4455, ada imbalan.",
        ),
    ],
)
def test_readers_against_a_trade_are_never_binned(name, website, body):
    result = screen_text(body, name=name, url=website)
    assert result.status == Comment.Status.PENDING, (result.score, result.reasons)
    assert not any(r.startswith(("situs berisi", "phishing")) for r in result.reasons)


def test_public_services_speaking_of_what_they_provide_are_never_binned():
    for text in (
        "Puskesmas melayani pemasangan KB gratis setiap Senin, info 0812-3456-7890.",
        "PLN melayani pemasangan listrik baru tanpa biaya tambahan, info 0812-3456-7890.",
    ):
        assert screen_text(text).status == Comment.Status.PENDING, text


def test_a_pitch_opening_with_a_warning_s_words_is_still_binned():
    result = screen_text(
        "Jangan bayar deposit besar, slot gacor maxwin hari ini, daftar di pohon4d, dijamin jp."
    )
    assert result.status == Comment.Status.SPAM, (result.score, result.reasons)
