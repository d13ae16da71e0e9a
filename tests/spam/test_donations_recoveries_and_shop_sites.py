"""Donations asked to a person's own account, money "recovered" by a hacker, a prize one was
"chosen" for, a lonely girl's profile, a shop's site under praise for any page; and the readers
who warn of them, regret a loan or cheer a striker, who are not held."""

import pytest

from comments.models import Comment
from tests.spam.screening_helpers import assert_caught, assert_unflagged, screen_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "spam",
    [
        "Ya Allah kasihan sekali warga yang mengungsi karena erupsi 😢 Saya koordinator posko di"
        " desa, mohon bantuannya transfer ke rekening pribadi saya BCA 8830 221 917 a/n Ratna"
        " Dewi, karena rekening posko belum jadi.",
        "Turut berduka buat korban erupsi. Donasi bisa lewat saya dulu nanti saya salurkan, rek"
        " mandiri 1370-0099-8877-6 a.n. Raka Pratama, kirim bukti ke dm.",
        "Innalillahi, korban erupsi sangat butuh bantuan. Kami relawan lapangan membuka donasi"
        " langsung: BRI 3410-01-022233-50-3 a.n. Sutrisno. Berapapun sangat berarti 🙏",
        "Sidang korupsi ini banyak kejanggalan. Sama seperti aku dulu ditipu, tapi uangku kembali"
        " berkat bantuan Pengacara & Hacker Mr. Dimas yg bisa lacak rekening penipu, hubungi"
        " +62 821 7788 9900",
        "Selamat! Anda terpilih menerima BONUS AKHIR TAHUN Rp 2.500.000 dari program apresiasi"
        " nasabah. Klaim sebelum 31 Desember di bonus-akhirtahun2026.xyz",
        "Tahun baru sendirian aja? aku juga 😔 kenalan yuk, cek profil aku di cewekkesepian"
        " [titik] club",
    ],
)
def test_donations_to_a_person_recoveries_prizes_and_profiles_are_caught(spam):
    assert_caught(screen_text(spam))


@pytest.mark.parametrize(
    ("name", "website", "body"),
    [
        (
            "Dr. Herbal",
            "https://obatdiabetesalami.com",
            "Terima kasih informasinya, sangat membantu.",
        ),
        ("Budi", "https://www.tinyurl.com/abcxyz", "Terima kasih infonya"),
        ("Klinik", "https://klinik-glowing.id/promo-natal", "Wah lengkap banget, makasih min 🙏"),
        ("Cindy", "https://cindy-vidcall.online", "halo ganteng"),
        (
            "Agen Properti BSD",
            "https://rumahbsd-dijual.com",
            'Semoga korupsi bisa diberantas. Artikel bagus, salam kenal dari kami <a href="https:/'
            '/rumahbsd-dijual.com">jual rumah BSD</a>.',
        ),
    ],
)
def test_a_shop_s_site_under_praise_for_any_page_is_caught(name, website, body):
    assert_caught(screen_text(body, name=name, url=website))


@pytest.mark.parametrize(
    "ham",
    [
        # A borrower's regret.
        "Pinjol legal pun bunganya mencekik. Dulu saya pinjam tanpa survey, cair cepat, tapi"
        " denda telatnya bikin utang dobel. Pelajaran mahal.",
        # A warning against personal accounts.
        "Yang mau bantu korban perang, donasi lewat lembaga resmi saja seperti PMI atau UNICEF"
        " (unicef.org/indonesia), jangan ke rekening pribadi yang disebar di medsos.",
        # A relief body's own account and site, passed on.
        "PMI membuka donasi untuk korban erupsi: rekening BCA 206.300.9999 a.n. Palang Merah"
        " Indonesia (resmi, tercantum di pmi.or.id). Mohon cek dulu di situsnya sebelum transfer.",
        # A fan's slang.
        "Gacor banget Marselino malam ini! Dua assist, maxwin performa 😂🔥",
    ],
)
def test_regret_warnings_and_fans_stay_unflagged(ham):
    assert_unflagged(screen_text(ham))


def test_a_borrower_s_regret_is_never_binned():
    result = screen_text(
        "Dulu saya pinjam tanpa survey, cair cepat, tapi denda telatnya bikin utang dobel."
    )
    assert result.status == Comment.Status.PENDING, (result.score, result.reasons)


@pytest.mark.parametrize(
    "spam",
    [
        # A scholarship's fee to an account, its link on a cheap domain.
        "Mau kuliah gratis di Jepang/Korea? Program beasiswa pemerintah kuota khusus, cukup"
        " transfer uang pendaftaran Rp1.250.000 ke rek BRI 0123-01-999888-50-1 a.n. Yayasan"
        " Cerdas Bangsa. Info: beasiswa-cerdasbangsa.xyz",
        # A school place sold.
        "PPDB online bermasalah? Kami operator resmi, bisa ubah titik koordinat rumah supaya"
        " masuk zonasi. Fast respon WA 0821.4455.6677",
        # A notice's deadline is no reader's warning.
        "PERINGATAN: 270 juta data penduduk bocor! Segera amankan akun Anda di"
        " dukcapil-verif[.]xyz sebelum diblokir.",
        "Lindungi data pribadi, daftarkan ulang nomor HP Anda di r e g i s t r a s i - k o m i"
        " n f o . n e t  sebelum nomor dinonaktifkan.",
        "Pₐket wisata Bali 3H2M cuma 999rb all in! Booking: balitour-murah[dot]com",
        "Hello dear, I read your comment and I like your kind heart. I want to be your friend."
        " Please email me at jessica.lovely88@gmail.com so I can send you my pictures.",
    ],
)
def test_fees_school_places_deadlines_tours_and_pen_pals_are_caught(spam):
    assert_caught(screen_text(spam))


def test_a_reader_who_will_not_borrow_stays_unflagged():
    assert_unflagged(
        screen_text(
            "Gue sih ogah pake pinjol, mending puasa nongkrong sebulan. Bunganya bikin nangis"
            " bombay."
        )
    )


@pytest.mark.parametrize(
    ("website", "body"),
    [
        ("https://klinikgigisenyum.com", "Terima kasih, artikel tentang BPJS ini sangat membantu."),
        (
            "https://www.kompasiana.com/siti/harga-beras-naik",
            "Tulisan yang informatif, terima kasih.",
        ),
        ("https://rotibuani.store", "Sangat membantu, terima kasih."),
        ("https://herbalsehat-darto.blogspot.com", "Mantap, semoga petani kita makin sejahtera."),
    ],
)
def test_a_small_business_or_a_blog_under_words_of_its_own_is_no_advertisement(website, body):
    result = screen_text(body, name="Siti", url=website)
    assert_unflagged(result)


@pytest.mark.parametrize(
    "ham",
    [
        "Saya sudah transfer ke BNI 1234 5678 90 a/n Kemensos Peduli Bencana, semoga cepat sampai"
        " ke pengungsi.",
        "Gereja kami membuka donasi kemanusiaan untuk pengungsi Sinabung, kirim ke rekening BCA 123"
        " 456 7890 a/n GBKP Kabanjahe. Tuhan memberkati.",
        "Saldo ShopeePay saya sempat ketarik 500 ribu, tapi dananya balik lewat tim Shopee setelah"
        " saya kirim bukti chat.",
        "Zakat tahun ini saya salurkan lewat Baznas, lebih tenang.",
    ],
)
def test_public_accounts_refunds_and_zakat_stay_unflagged(ham):
    assert_unflagged(screen_text(ham))


@pytest.mark.parametrize(
    "spam",
    [
        # A pitch that opens with a borrower's regret, asked as a question.
        "Bunga pinjol lain mencekik? Di KoinCepat bunga cuma 0,5%, cair 5 menit tanpa BI"
        " checking, WA 0812 3456 7890",
        "Utang dobel gara-gara pinjol? Tenang, jasa joki galbay kami bantu lunas, hubungi WA 0812"
        " 3456 7890",
        "Slot lain itu jebakan, main di PANDORA88 aja, WD pasti cair, daftar di bit.ly/pandora88",
        "Innalillahi, korban banjir Demak butuh bantuan. Donasi bisa lewat aku dulu, nanti aku"
        " salurkan, DANA 0812 3456 7890 a/n Rina",
    ],
)
def test_a_pitch_opening_with_a_reader_s_words_is_binned(spam):
    result = screen_text(spam)
    assert result.status == Comment.Status.SPAM, (result.score, result.reasons)


def test_a_fan_s_slang_pointing_to_a_profile_is_held():
    assert_caught(
        screen_text("Gol Marselino gacor parah! Yang mau maxwin kayak dia, cek bio aku ya")
    )


@pytest.mark.parametrize(
    "spam",
    [
        # A phishing link on a cheap domain, its dots spaced.
        "Kabar baik! Pendaftaran subsidi BLT BBM gelombang 3 dibuka, daftar di"
        " www . blt-subsidi-2026 . online sebelum kuota habis",
        "Lagi bosen nonton MotoGP? Yuk video call s*e*x*y, 🅾🅿🅴🅽 🅱🅾 ya kak, chat aku",
        # A bookmaker's name after an aside.
        "Debat pilkada kemarin memang menarik. Ngomong-ngomong prediksi skor pilkada & bet live"
        " bisa dicek di KAMPUNGBET, odds paling tinggi!",
    ],
)
def test_spaced_cheap_links_video_calls_and_bookmakers_are_caught(spam):
    assert_caught(screen_text(spam))


def test_the_alphabet_is_no_bookmaker():
    assert_unflagged(screen_text("Diurutkan secara alfabet, seperti Alphabet dan Google."))


def test_a_warning_against_open_bo_stays_unflagged():
    assert_unflagged(
        screen_text("Open BO itu prostitusi terselubung, lapor polisi saja, jangan chat")
    )
