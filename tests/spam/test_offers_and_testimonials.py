"""Offers and testimonials of the loan, health, investment and shaman trades; numbers spaced out."""

import pytest

from tests.spam.screening_helpers import assert_caught, assert_unflagged, caught, screen_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "spam",
    [
        "Take over semua hutang kartu kredit dan paylater jadi 1 cicilan. Telp 62 821 4400 1177",
        "Ikut arisan online modal 1jt balik 1,8jt, yg mau ikut japri ke"
        " 0 8 1 9 - 4 4 2 1 - 7 0 9 9",
        "Nyeri sendi hilang dalam 3 hari minum teh URIKA, promo beli 2 gratis 1 di urika.store",
        "Ikuti program hamil herbal PROMIL NUR, sudah 3.000 bunda berhasil. Konsultasi:"
        " wa.me/6281244901122",
        "Diskon listrik 50% selama Lebaran, daftar di p l n - d i s k o n . f u n (hapus spasi)",
        "Batu mustika dan keris bertuah untuk naik jabatan dan menang pilkada,"
        " cek mustika-jaya.vip",
        "Mbah bisa bikin dia balik dan sujud lagi, wa 0838 1122 3456",
        "Berat 92kg → 71kg cuma minum teh RAMPING 2 bulan, gak nyesel beli di ramping . store",
        "Tabungan umroh Al-Falah terpercaya, yang mau daftar hubungi 62 878 1223 0045",
        "Oh iya buat yang suka nonton bola sambil cuan, pasaran parlay di BolaJuara lagi bagus",
        "Kenapa sih pemerintah larang j-u-d-i o-n-l-i-n-e? Padahal banyak yang terbantu. Aku dari"
        " s-i-t-u-s M-E-R-A-K-1-2-3 udah bisa bayar kontrakan 😊 wa admin 0812-7711-4455",
        "Masuk daftar hitam SLIK OJK karena galbay? Kami bantu pemutihan data & hapus DC,"
        " konsultasi gratis cek profil 👆",
        "Susah gemuk? Kopi Penggemuk Badan ANGGUN naik 3-5 kg per minggu. Reseller welcome!"
        " Telegram @kopianggun_ori",
        "Mau utang pinjol lunas? Tim penghapusan data bantu proses 1x24 jam, biaya administrasi"
        " cuma 200rb, WA 0857-1234-9087",
        "Ijazah asli terdaftar semua jurusan, proses cepat, hub nol8 satu3 4455 enam tujuh delapan",
        "Istri saya kembali berkat doa pengasihan Kyai Darmo, nomornya nol delapan satu dua /"
        " tiga empat lima enam / tujuh delapan sembilan nol",
        "Bantuan sembako Rp 600 ribu, syarat cukup foto KTP dan no rek, daftar di"
        " s e m b a k o - r i (titik) s h o p",
        "Judol lagi diberantas ya, tapi santai aja masih ada situs aman anti blokir,"
        " depo via e-wallet 20rb",
    ],
)
def test_offers_and_testimonials_are_caught(spam):
    assert_caught(screen_text(spam))


@pytest.mark.parametrize(
    "reader",
    [
        "Suami saya dulu sering pulang malam, sekarang sudah kembali ke rumah tiap sore",
        "Gali lubang tutup lubang, begitulah hidup kalau gaji tidak naik",
        "Alhamdulillah demam anak saya turun dalam 2 hari setelah ke puskesmas",
        "Di pasar tadi ada promo beli 2 gratis 1 minyak goreng, lumayan buat Lebaran",
        "Rumah kakek saya penuh benda pusaka peninggalan zaman Belanda, sekarang jadi museum",
        "Sejak kerja dari rumah berat badan saya naik 2 kg per minggu, harus olahraga lagi",
        "Data saya masuk SLIK OJK gara-gara pinjol, sudah lapor ke OJK belum ada tanggapan",
        "Katanya ada jasa pemutihan data BI, itu penipuan ya? jangan percaya",
        "Hati-hati, jangan main di situs joker123, teman saya habis 20 juta",
        "Setuju pemutihan SLIK OJK buat rakyat kecil yang mau KPR",
        "Sudah saatnya pemerintah hapus debt collector yang suka teror",
        "Password default router diubah ke admin123 biar aman",
        "Biaya administrasi cuma 2500 per transaksi tapi lama-lama berat juga",
        "Kominfo kok situs gak bisa diblokir? Padahal tiap hari iklannya muncul",
        "Aneh, kenapa situs tidak bisa diblokir? Padahal iklannya di mana-mana",
        "Harga cabai naik lagi, tapi tenang masih ada operasi pasar",
        "Ijazah asli Pak Lurah sudah ditunjukkan, terdaftar di kampus negeri",
        "BLT belum cair juga, daftar ulang di desa katanya",
        "Skor akhir nol satu, dua kartu merah, tiga kali offside",
    ],
)
def test_readers_words_are_not_held(reader):
    assert_unflagged(screen_text(reader))


@pytest.mark.parametrize(
    "reader",
    [
        "Sejak kerja dari rumah berat badan saya naik 2 kg per minggu, harus olahraga lagi",
        "Setuju pemutihan SLIK OJK buat rakyat kecil yang mau KPR",
        "Sudah saatnya pemerintah hapus debt collector yang suka teror",
        "Program pemutihan nama debitur UMKM harus segera dijalankan",
        "Password default router diubah ke admin123 biar aman",
        "Anak saya sekolah di smpn123 jakarta, gurunya bagus",
    ],
)
def test_readers_words_hold_nothing_by_the_built_in_signs_alone(reader):
    from django.conf import settings

    from comments.spam.normalize import normalize
    from comments.spam.signals import signals

    found = signals(normalize(reader), links=0, contact=False, phone=False)
    assert found.points < settings.COMMENTS_SPAM_HOLD_SCORE, found.reasons


@pytest.mark.parametrize(
    "text",
    [
        "hubungi 0819 - 3321 - 7088",
        "wa 0812.3344.5566",
        "telp +62 812 - 3344 - 5566",
        "62 821 3390 7781",
    ],
)
def test_a_number_spaced_out_is_a_number(text):
    from comments.spam.features import _PHONE

    assert _PHONE.search(text)


def test_a_reader_s_sarcasm_about_the_crackdown_is_no_pitch():
    # "Tapi tenang, masih ada …" turns to a pitch only toward a site sold as safe.
    result = screen_text(
        "Situs judi online diblokir Kominfo tiap hari, tapi tenang aja masih ada ribuan situs"
        " slot yang belum, pemerintah kurang serius."
    )
    assert not caught(result), (result.status, result.flag, result.score, result.reasons)
    assert not any(reason.startswith("beralih ke promosi") for reason in result.reasons)
