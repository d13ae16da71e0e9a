"""A pitch after a turn from the news, sellers with a number, look-alike links, and readers
seeing through a scheme."""

import pytest

from comments.models import Comment
from tests.spam.screening_helpers import assert_caught, assert_unflagged, screen_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "spam",
    [
        # A reader's sentence (warning words and all), then the turn to the pitch.
        "Miris lihat korban gempa belum dapat bantuan. Btw yang lagi butuh penghasilan"
        " tambahan dari rumah cek bio aku ya",
        "Ngeri banget kasus ini. Daripada pusing mending glowing pakai serum Cahaya Ayu,"
        " 7 hari kulit cerah",
        # A brand to play at, its number apart or glued to a small-stakes promise.
        "Ekonomi lagi susah, makanya sekarang saya main di G4RUD4 77 aja, tiap hari dapat",
        "Nonton timnas sambil main di M P O 7 7 7, deposit kecil WD gede",
        # Sellers with a number and a seller's words.
        "Jual tiket konser CAT 2 harga normal, bisa rekber. WA 0857 1122 3344, ready banyak",
        "Jual laptop ex kantor i5 murah meriah, garansi 1 bulan. Chat 0819 2233 4455",
        # Look-alike links: glued to the lure, a telco's name, a notice "blocked for now".
        "Rekrutmen BUMN 2026 dibuka! Daftar lewat rekrutmenbumn-2026.site sebelum besok",
        "Selamat! Pelanggan Telkomsel dapat hadiah kuota 50GB, ambil di tsel-hadiah.live",
        "Pemberitahuan: akun B C A anda diblokir sementara. Verifikasi data di bca-verifikasi.id",
        # A turn to goods of no known trade, with a way to the seller after it.
        "Semoga pelaku begal cepat ditangkap, ngeri banget. Eh iya sekalian info, jual alarm"
        " motor anti maling, cari aja di shopee AlarmAman Official",
        "Tetap waspada gempa susulan ya. Kebetulan toko kami jual tas siaga bencana, cek di"
        " linktr.ee/tassiaga",
        "Persib main bagus tadi malam 💙 Sekalian promo jersey grade ori 85rb, DM ig @jerseyku.bdg",
        "Harga beras naik terus. Kebetulan sekarang saya ada sampingan dari HP, sehari 300rb,"
        " yang mau ikut cek ig aku ya",
        "Banjirnya parah banget 🙏 nitip ya min, kami buka donasi, konfirmasi wa.me/6281390012277",
        "Guru honorer harus diperhatikan. Btw guru yang mau tambahan penghasilan gabung mitra"
        " GuruCuan, share link dapat komisi",
        # Testimonials and offers in words the trades use.
        "Alhamdulillah setelah minum Ramuan Subur Bunda Ani sekarang hamil. Konsultasi:"
        " 0878 5566 1313",
        "Awalnya ragu, tapi bunga 5% per bulan selalu masuk. Info lengkap bungaplus-dana.com",
        "Tiket timnas kategori 1 masih ada, transfer dulu baru dikirim e-ticket. DM ig @tiketku",
        "Looking for sugar baby in Jakarta, allowance 10jt/bulan, chat t.me/sugar_jkt",
    ],
)
def test_turned_pitches_sellers_and_look_alikes_are_caught(spam):
    assert_caught(screen_text(spam))


@pytest.mark.parametrize(
    "reader",
    [
        "Robot trading yang janji profit 30% per bulan itu mustahil. Inget kasus ATG?"
        " Ribuan orang rugi.",
        'Skema "titip dana 1jt jadi 3jt seminggu" itu ponzi, uang member baru buat bayar'
        " member lama.",
        'Gampang kok kaya, tinggal ikut "investasi" yang profit 5% per hari. Yang kaya adminnya 🤣',
        "Be careful guys, a 'part-time job' on Telegram asks you to deposit money later.",
    ],
)
def test_readers_seeing_through_a_scheme_are_never_binned(reader):
    assert screen_text(reader).status != Comment.Status.SPAM


@pytest.mark.parametrize(
    "reader",
    [
        "Waspada penipuan! Btw nomor penipunya 0812 3344 5566, jangan diangkat",
        "Hati-hati modus baru. Kebetulan saya juga dapat SMS dari 0813 2200 1100 minta OTP",
    ],
)
def test_a_warning_with_an_aside_and_the_scammers_number_is_never_binned(reader):
    assert screen_text(reader).status != Comment.Status.SPAM


@pytest.mark.parametrize(
    "reader",
    [
        "Densus 88 tangkap terduga teroris di Solo, semoga aman",
        "Saya main di GBK 88 kali pun tetap kalah haha",
        "Daripada pusing mending tidur aja, besok kerja lagi",
        "Miris banget. Btw yang lagi cari info banjir, pantau bmkg.go.id ya",
        "Akun saya diblokir sementara sama Twitter gara-gara komen politik",
        "Kebetulan saya tinggal dekat lokasi banjir, tadi airnya sudah mulai surut",
        "Btw @Rina setuju, harga beras memang naik terus",
        # A shelter's number after an aside is no seller's.
        "Sekalian info, posko pengungsian ada di balai desa, hubungi 0812 3456 7890 kalau"
        " butuh bantuan",
    ],
)
def test_readers_words_are_not_held(reader):
    assert_unflagged(screen_text(reader))


@pytest.mark.parametrize(
    "reader",
    [
        "Btw yang cari info keluarga korban, hubungi posko 0812 3456 7890",
        "Kebetulan saya relawan di sana, yang butuh bantuan hubungi 0813 2200 1100",
    ],
)
def test_a_helpline_after_a_turn_is_not_read_as_a_pitch(reader):
    result = screen_text(reader)
    assert result.status != Comment.Status.SPAM
    assert not any(reason.startswith("beralih ke promosi") for reason in result.reasons)
