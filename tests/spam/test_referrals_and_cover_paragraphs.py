"""Testimonials that hand the reader on to a number, pitches after a paragraph of news talk,
escorts' euphemisms, views sold by the thousand and a ministry's name on a bought domain."""

import pytest

from tests.spam.screening_helpers import assert_caught, assert_unflagged, screen_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "spam",
    [
        # A testimonial, then its hero's number for "those in the same boat".
        "Saya pernah terjerat 9 aplikasi pinjol, diteror sampai stres. Sekarang sudah bebas"
        " berkat bantuan tim Bebas Jerat, data saya dihapus. Yang senasib bisa hubungi mereka"
        " 0813-5521-7788",
        "Sedih lihat anak-anak yang jadi korban perceraian. Rumah tangga saya selamat berkat"
        " bantuan Mbah Wiryo, suami kembali sayang. Ini nomornya bagi yang butuh: 0 8 2 2 -"
        " 4 4 1 0 - 9 9 3 1",
        # A recruiter's question as the hook.
        "korban pinjol ilegal? hutang bisa di hapus total, gausah bayar lagi. kontak kami"
        " 0 8 9 5 - 1 1 2 2 - 3 3 4 4",
        # Layoffs in the news, then the job that pays for reviews.
        "Ribuan buruh tekstil kena PHK. Buat kawan2 korban PHK, ada kerjaan sampingan isi"
        " survey & review hotel online, sehari 300rb. Hubungi Kak Dewi di Telegram @dewi_rekrut",
        # A crackdown in the news, then an offer to rent the reader's idle account.
        "Bagus PPATK bekukan rekening judol, tapi jangan sampai rekening warga ikut diblokir."
        " Kalau rekening kalian nganggur mending disewakan aja ke saya, 700rb/bulan. Tele"
        " @sewa_rek",
        # Escorts' euphemisms, with a handle or a number.
        "Hai kak, aku Mela, lagi kesepian nih 😘 bisa diajak jalan, temenin makan. Chat aku di"
        " Telegram @mela_manja",
        "kak kalo liburan ke Bali dan butuh teman jalan / temenin malam, aku di Kuta ya hubungi"
        " aku WA 08 1 9 33 20 57 71",
        # Views sold by the thousand.
        "J✨U✨A✨L views & likes TikTok 🔥 100k views cuma 25rb 🔥 DM tele @views_murah",
        # A ministry's and a programme's names on a bought domain.
        "Pendaftaran Bansos PKH tahap 2 sudah dibuka! Cek NIK dan daftar di"
        " bansos-kemensos2026 dot com sebelum kuota habis",
    ],
)
def test_referrals_cover_paragraphs_and_new_euphemisms_are_caught(spam):
    assert_caught(screen_text(spam))


@pytest.mark.parametrize(
    "reader",
    [
        "Korban PHK harus dapat pesangon. Yang senasib bisa hubungi serikat buruh di"
        " 0813 2222 1111.",
        "Ibu saya lagi kesepian sejak bapak meninggal, jadi saya sering temenin makan malam.",
        "Video ini sudah 100k views cuma dalam sehari, hebat beritanya.",
        "Katanya hutang bisa dihapus kalau debitur meninggal, benar gak ya?",
        "Gak usah bayar lagi kalau sudah lunas, minta surat lunas ke bank.",
        "Cek penerima bansos di cekbansos.kemensos.go.id ya, jangan di situs lain.",
        "Rekening saya nganggur, mending saya tutup aja daripada kena biaya admin.",
        "Korban banjir di Demak butuh bantuan, yang mau donasi bisa hubungi posko 0812 9999 8888.",
        "Siapa korban? Kok tidak disebut namanya di berita ini.",
        # A programme's name ending a sentence is no address; a helpline passed on.
        "Cek status bansos. Info dari kelurahan lambat sekali.",
        "Kapan BSU cair? Kemnaker. Id saya belum terdaftar katanya.",
        "Program Prakerja. Web-nya sering error pas pendaftaran.",
        "Saya juga korban pinjol ilegal. Jangan takut, yang senasib bisa WA 081157157157, itu"
        " kontak resmi OJK.",
    ],
)
def test_readers_using_those_words_are_not_held(reader):
    assert_unflagged(screen_text(reader))
