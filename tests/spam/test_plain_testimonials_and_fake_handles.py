"""Pitches in plain words: a player's or an earner's testimonial, a help desk's fake handle,
a link to an app file, an escort's or a review seller's euphemisms; and readers' talk of
income, which is no pitch."""

import pytest

from tests.spam.screening_helpers import assert_caught, assert_unflagged, screen_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "spam",
    [
        # A gambling site named by a reader who "won" there, no link, no number.
        "Setuju banget sama pak menteri soal harga beras. Hidup makin susah. Untungnya sejak"
        " kenal situs OLXTOTO saya bisa bayar kontrakan, sehari bisa dapet 500rb dari scatter.",
        "Admin Kabar tolong bikin artikel soal MPO500 dong, situs paling jujur yg pernah saya"
        " temui, udah WD berkali-kali 👍👍",
        # Income promised after a sentence of sympathy.
        "Kasihan ya korban PHK pabrik itu 😔 Saya juga dulu kena PHK, tapi sekarang penghasilan"
        " online 5jt/minggu dari rumah. Kalau mau tahu caranya, WA saya di 0857-4433-2211",
        # A bank's help desk on an account that is not the bank's.
        "Nasabah BNI yg ATM keblokir atau lupa PIN mobile banking silakan DM CS kami di"
        " Instagram @bni.care.center49",
        "Kami dari tim Mandiri Livin' informasi upgrade nasabah prioritas, bebas biaya admin"
        " selamanya. Daftar: livin-prioritas(titik)web(titik)id",
        # A wedding invitation that installs an app.
        "Assalamualaikum, tanpa mengurangi rasa hormat kami mengundang bapak/ibu di acara"
        " pernikahan kami. Lihat undangan: bit.ly/undangan-nikah-apk",
        "Jasa pijat sensual ladies & gentlemen, terapis muda, bisa ke rumah/hotel. Booking:"
        " W A 08 77 66 55 44 33",
        "Boost rating toko online bintang 5 dan ulasan asli, aman dari banned. cek harga di"
        " bit.ly/ratingtoko5",
    ],
)
def test_plain_worded_pitches_are_caught(spam):
    assert_caught(screen_text(spam))


@pytest.mark.parametrize(
    "ham",
    [
        "Penghasilan 3 juta sebulan ga cukup buat hidup di Jakarta",
        "Gaji saya cuma 3 juta, penghasilan 3 juta sebulan, gimana mau nabung",
        "Penghasilan petani turun jutaan rupiah karena banjir",
        "Kalau ATM keblokir, datang saja ke kantor cabang BNI terdekat bawa KTP dan buku tabungan",
        "Tetangga saya kenal situs judi dari temannya, sekarang rumahnya dijual. Hancur",
    ],
)
def test_readers_talk_of_income_and_banks_stays_unflagged(ham):
    assert_unflagged(screen_text(ham))


def test_a_warning_that_names_the_app_link_is_held_not_binned():
    result = screen_text(
        "Hati-hati, undangan nikah palsu lewat WA itu isinya bit.ly/undangan-nikah-apk, jangan"
        " diklik"
    )
    assert result.status == "pending", (result.score, result.reasons)


def test_mockery_of_a_loan_app_is_never_binned():
    result = screen_text("Mantap, pinjol cair 5 menit, utangnya lunas 5 turunan 🤡")
    assert result.status == "pending", (result.score, result.reasons)


def test_a_sentence_that_begins_with_a_domain_s_word_is_no_link():
    from comments.spam.features import link_targets
    from comments.spam.normalize import normalize

    notice = normalize(
        "Yang berhalangan bisa iuran 20 ribu ke bendahara Bu Nani. Info lebih lanjut di pos RT."
    )
    assert link_targets(notice) == []
    assert link_targets(normalize("Daftar di naga88 . info, bonus 100%")) == ["naga88 . info"]


@pytest.mark.parametrize(
    "spam",
    [
        "Pemenang kuis Kabar minggu ini: akun kamu! Hubungi admin resmi di WA 0831 2345 6789"
        " untuk pengiriman hadiah",
        # The seller's own "resmi OJK" and "bukan penipuan" are no reader's warning.
        "Koperasi simpan pinjam resmi OJK, pinjaman sampai 500jt tenor 5 tahun, cukup KTP & KK."
        " Hubungi Pak Budi ☎ 0812-5566-7788",
        "Dibutuhkan admin input data Shopee, gaji harian, tanpa pengalaman. Daftar ke recruiter"
        " kami di Telegram @hrd_shopee_id (bukan penipuan)",
    ],
)
def test_a_seller_s_own_reassurance_does_not_keep_the_pitch_out_of_spam(spam):
    result = screen_text(spam)
    assert result.status == "spam", (result.score, result.reasons)


def test_a_reader_on_licensed_lenders_stays_a_reader():
    assert_unflagged(
        screen_text("Pinjol resmi OJK aja bunganya mencekik, apalagi yang ilegal. Jangan pernah")
    )


@pytest.mark.parametrize(
    "spam",
    [
        # A place in the civil service sold, and an aid programme's name on a site of its own.
        "Bagi yg gagal seleksi CPNS kemarin jangan sedih, masih ada jalur sisipan formasi"
        " Kemenkeu. Biaya pemberkasan 4,5jt dikembalikan jika tidak lulus. Hub Bpk Hendra"
        " 0813 9902 1174",
        "Pendaftaran bantuan UMKM BPUM 2027 Rp3,5 juta dibuka. Daftar online di bpum-umkm.cloud",
        # "STNK diblokir" is the notice's threat, not a reader's warning.
        "[ETLE POLRI] Kendaraan anda tercatat melanggar lalu lintas. Unduh surat tilang di"
        " aplikasi berikut: Surat_Tilang_ETLE.apk. Abaikan = STNK diblokir.",
        # A courier's name with a lure on a site that is not the courier's.
        "Assalamualaikum, kami dari JNE mau antar paket tp alamat kurang jelas, mohon isi form"
        " di link: jne-alamat.my.id",
        "Permisi kak, dari SiCepat mau konfirmasi paket COD atas nama Anda, mohon cek detail"
        " paket di file terlampir ya s i c e p a t - r e s i . net",
        "Yang komen di atas jangan putus asa. Saya dulu juga bangkrut, tapi setelah ritual"
        " dengan Ki Ageng Sabdo dana gaib langsung cair. Sumpah ini nyata",
        # From the victims in the news to the seller's own lender.
        "Turut prihatin dengan korban pinjol ilegal. Makanya pinjam yang resmi aja kayak Dana"
        " Kilat, bunga rendah, gak ada teror DC. Saya udah 3x pinjam aman",
        "Film Indonesia makin bagus. Buat nonton di Netflix gak usah mahal, saya beli akun"
        " premium di akunpremium titik shop cuma 15rb sebulan, lancar jaya",
    ],
)
def test_recruitment_fees_courier_sites_and_borrowed_warnings_are_caught(spam):
    assert_caught(screen_text(spam))


@pytest.mark.parametrize(
    "ham",
    [
        "Dompet saya hilang di KRL, isi KTP, SIM, kartu ATM atas nama Rudi. Sudah lapor ke"
        " stasiun, semoga ada orang baik.",
        "Syarat tinggi badan polisi memang ketat, anak saya gagal karena kurang 2 cm.",
    ],
)
def test_what_a_wallet_held_and_a_goal_are_no_pitch(ham):
    assert_unflagged(screen_text(ham))


@pytest.mark.parametrize(
    "ham",
    [
        "Bandar ambil profit, ritel yang jadi korban.",
        "Makanya pinjam yang resmi aja seperti bank, jangan pinjol.",
        "Saya sudah WD 2 kali dari Bibit, reksadana aman kok.",
        "Akun premium Spotify saya mulai error dari kemarin",
    ],
)
def test_market_talk_and_readers_advice_are_no_pitch(ham):
    result = screen_text(ham)
    assert result.status == "pending" and result.flag != "likely_spam", (
        result.score,
        result.reasons,
    )


def test_a_readers_warning_that_a_lender_has_no_licence_stays_a_warning():
    from comments.spam.scoring import score

    assert score("Pinjol itu tidak berizin OJK, cek dulu").critical
    assert not score("Koperasi simpan pinjam resmi OJK, hubungi 0812-5566-7788").critical


def test_a_help_desk_handle_pattern_does_not_backtrack():
    import time

    from comments.spam.signals import _IMPERSONATING

    started = time.perf_counter()
    _IMPERSONATING.search("@bni.care" + "1" * 40 + "x")
    assert time.perf_counter() - started < 0.05
