"""A pitch behind a sentence about the news, new trades' pitches, and readers' warnings."""

import pytest

from comments.models import Comment
from comments.screening import screen
from tests.spam.screening_helpers import caught, screen_text

pytestmark = pytest.mark.django_db


def _assert_never_binned(text) -> None:
    result = screen_text(text)
    assert result.status == Comment.Status.PENDING, (text, result.score, result.reasons)


@pytest.mark.parametrize(
    "spam",
    [
        # A sentence about the news first: its ordinary words excuse nothing.
        "Semoga warga yang terdampak banjir segera mendapat bantuan dari pemerintah daerah."
        " Btw yang butuh pembesar payudara alami bisa chat admin 0813 5521 8890",
        "Timnas makin solid mainnya, bangga sama anak muda kita semua! Joki tugas kuliah"
        " semua jurusan, chat t.me/jokikampus_id",
        "Semoga harga beras cepat turun menjelang puasa tahun ini. Jasa followers real"
        " dan aktif, 10k cuma 99rb, cek s.id/tambahfans",
    ],
)
def test_ordinary_words_before_a_pitch_with_a_way_to_reach_the_seller_excuse_nothing(spam):
    assert caught(screen_text(spam)), spam


@pytest.mark.parametrize(
    "spam",
    [
        # The victims of a disaster are no reader's warning.
        "Turut berduka untuk korban gempa. Main slot gacor di NAGA🐉777 aja, jackpot tiap jam",
        "Antrian haji lama sekali. Umroh hemat 14 juta all in dekat Masjidil Haram, bisa"
        " cicil tanpa DP, info 0813 8827 4106",
        "Pengungsi butuh selimut. Live streaming gratis semua laga liga, ketik di google"
        " BOLASERU21",
        "Cari kerja makin susah. Sewakan rekening kamu yang tidak terpakai, dibayar 1 juta"
        " per bulan, hubungi 0812 7788 9900",
        "Hacker profesional, bobol akun apapun, bukti dulu baru bayar, hub 0838 1122 3344",
        "Butuh ijazah SMA untuk melamar? Asli bukan scan, bisa legalisir, hubungi nol"
        " delapan satu tiga dua dua empat satu sembilan lima tujuh",
        "Tunggakan pajak kendaraan Anda Rp 2.350.000, hindari denda, bayar via"
        " s . id / djp-tagihan hari ini",
        "GIVEAWAY HP baru untuk 5 orang! Syarat follow @bagibagihadiah, komen dan share ke 3 grup",
    ],
)
def test_new_trades_and_disguises_are_caught(spam):
    assert caught(screen_text(spam)), spam


@pytest.mark.parametrize(
    "ham",
    [
        # One word of each of two trades is a reader's talk, never binned.
        "Yg bilang cuan dari judol, coba hitung total deposit vs withdraw setahun. Pasti minus.",
        "Kerja dari rumah yang legit itu ada, misalnya freelance penerjemah, tapi gajinya"
        " tidak instan.",
        # Warnings in the words of those who lost.
        "Nyesel dulu main slot, total rugi hampir 70 jt. Buat yang masih main, stop"
        " sekarang. Gak ada yg namanya pola gacor.",
        "Update m-banking cuma dari Play Store ya, jangan install APK kiriman orang,"
        " itu buat nguras rekening.",
        "Link bansos yang disebar di grup WA itu phising, cek cuma di situs resmi.",
    ],
)
def test_a_reader_s_talk_and_warnings_are_never_binned(ham):
    _assert_never_binned(ham)


def test_a_nickname_shaped_like_a_brand_with_a_link_holds_nothing():
    result = screen(
        name="Andi",
        url="https://andi88.blogspot.com",
        body_html="<p>Setuju dengan penulis, pemerintah harus tegas.</p>",
        trap_filled=False,
    )
    assert (result.status, result.flag) == (Comment.Status.PENDING, Comment.Flag.NONE)


def test_disaster_victims_in_an_opening_sentence_are_not_a_warning():
    spam = (
        "Semoga korban banjir diberi ketabahan. Yang butuh dana cepat, pinjaman cair tanpa"
        " BI checking, hubungi 0812 3344 5566"
    )
    assert screen_text(spam).status == Comment.Status.SPAM
    warning = spam.replace("korban banjir", "korban pinjol")
    assert screen_text(warning).status == Comment.Status.PENDING


@pytest.mark.parametrize(
    "spam",
    [
        # A profile or a handle is a way to reach the seller, like a number.
        "Pendaftaran sekolah sudah dibuka ya. Anak saya nambah tinggi 6 cm cuma 2 bulan"
        " pakai susu peninggi, yang mau wajib coba, cek bio",
        "Rupiah melemah terus, jangan cuma nabung. Ikut kelas saham kami, sinyal 100%"
        " akurat tiap pagi, gabung grup telegram @kelas_cuanpagi",
        "Tanah kavling syariah di Bogor tanpa bank tanpa riba, cuma 25jt langsung SHM,"
        " hub Pak Anwar 0813 nol tujuh dua sembilan 4415",
        "Token listrik gratis 1 bulan program subsidi PLN, klaim sekarang di"
        " pln-subsidi-token . com",
        "Nice info gan, mampir juga ke blog ane di ceritatani(dot)blogspot(dot)com ya",
        "Open BO area Jaksel, real pict no tipu, booking via tele @malam_jaksel",
    ],
)
def test_pitches_reached_by_a_profile_a_handle_or_a_number_in_words_are_caught(spam):
    assert caught(screen_text(spam)), spam


@pytest.mark.parametrize(
    "ham",
    [
        "Data lengkapnya bisa dilihat di situs resmi BMKG, https://www.bmkg.go.id, ada"
        " daftar gempa dirasakan. Lebih akurat daripada broadcast WA.",
        "cuan cuan cuan, ujung2nya buntung. depo 50 wd 0 kata temen gw yg skrg jualan motor 😭",
        "@Budi setuju, judol itu merusak, tetangga saya sampai jual rumah.",
    ],
)
def test_an_agency_s_site_a_gambler_s_joke_and_a_reply_are_never_binned(ham):
    _assert_never_binned(ham)


@pytest.mark.parametrize(
    "spam",
    [
        # A brand named at the end of a reader-like comment is the way to it.
        "Setuju sama isi beritanya, harga beras di pasar dekat rumah udah 16 ribu per kilo."
        " Btw yang lagi butuh tambahan, cek GACORJP88",
        "Timnas main bagus banget semalam, pelatih harus pertahankan formasi ini. Prediksi"
        " skor lengkap ada di JUARAPARLAY",
        "Tahun lalu saya di-PHK dari pabrik, sampai sekarang masih nganggur. Rekening"
        " nganggur bisa disewakan 500rb/bln, DM",
        "Info penting: pelanggan PLN dapat diskon token 50% bulan ini. Beli token lewat"
        " pln-diskon.shop, masukkan nomor meter dan PIN ATM untuk verifikasi",
        "Jalan Sudirman tiap pagi macet parah. Cek denda tilang kamu di etle-korlantas-cek.com",
        "Artikelnya bagus min, ada typo di paragraf ketiga. Salam dari pembaca setia, mampir"
        " juga ke pusatfollowers(dot)id",
        "Guru honorer gajinya kecil sekali. Buat guru honorer ada kerja like video 15rb/task,"
        " cek bio",
        "Sudah 6 bulan titip dana di Koin Barokah, tiap Jumat profit masuk 10% tepat waktu,"
        " gabung lewat t me/koinbarokah",
    ],
)
def test_a_pitch_slipped_in_at_the_end_of_a_reader_like_comment_is_caught(spam):
    assert caught(screen_text(spam)), spam


@pytest.mark.parametrize(
    "ham",
    [
        # Slang for good form, two words of it: a fan's talk.
        "EVOS main kayak gitu ya pantes boncos, draft hero-nya aneh bgt. Mending RRQ,"
        " maxwin season ini, lord gacor 👑",
        "Kunjungi juga laman resmi gempa di bmkg.go.id, datanya lebih lengkap.",
        "Lagi gacornya striker kita, parlaynya orang-orang pasti pada tembus wkwk",
    ],
)
def test_slang_and_a_pointer_to_an_agency_are_never_binned(ham):
    _assert_never_binned(ham)


@pytest.mark.parametrize(
    "spam",
    [
        # Emoji standing between words part nothing: "umroh 🕌 promo".
        "🕋✈️ umroh 🕌 promo 12,9jt 😍 kuota terbatas ⏳ 📲 DM @berkahsafar.travel 🤲",
        "🎬🍿 nonton 🎞️ film bioskop terbaru 🆓 tanpa iklan 👉 bioskopgratis.cc 🔥🔥",
        # Notices in an agency's or a wallet's name, on an address that is not theirs.
        "Pemberitahuan SakuPay: saldo Anda Rp2.500.000 akan hangus karena akun belum upgrade"
        " ke Premium. Upgrade gratis di sakupay-premium.id hari ini.",
        "PENGUMUMAN: Rekrutmen pegawai BUMN gelombang 2 telah dibuka, daftar di"
        " rekrutmen-bumn-online.com. Biaya seleksi Rp250.000.",
        "Layanan Pelanggan DompetNusa: transaksi mencurigakan terdeteksi di akun Anda. Amankan"
        " akun dengan login di dompetnusa-secure.com sekarang.",
        # A seller posing as a reader who was helped.
        "Turut prihatin. Ibu saya dulu diabetesnya parah, akhirnya rutin minum Gluko Herbal dan"
        " gula darahnya normal lagi. Yang butuh bisa pesan ke 0852-6610-4473.",
        "Yang masih bingung ngurus SIM, saya kemarin dibantu kenalan, nggak perlu antri dan tes,"
        " 2 hari jadi. Kalau butuh saya kasih nomornya, wa 0857-2281-6630.",
        "ready snack bahagia & kapsul tidur, COD aman, wa 0812 5566 7788",
    ],
)
def test_notices_in_another_s_name_emoji_pitches_and_helpful_sellers_are_caught(spam):
    assert caught(screen_text(spam)), spam


@pytest.mark.parametrize(
    "ham",
    [
        "messi masih gacor aja di umur segitu, golnya tadi malem kelas dunia 🔥🔥",
        "Alhamdulillah gula darah bapak saya stabil setelah rutin jalan pagi dan kurangi nasi 🙏",
        "Pengumuman resmi pajak selalu dari domain .go.id, kalau ada tagihan pajak lewat WA"
        " dengan link lain itu pasti palsu.",
    ],
)
def test_emoji_talk_a_recovery_and_a_reader_s_pointer_to_official_notices_are_never_binned(ham):
    _assert_never_binned(ham)
