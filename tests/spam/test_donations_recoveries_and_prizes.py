"""Donations to a person's account, account-recovery "hackers", prize draws, tipsters, leaked
data, recruitment help and pirated matches."""

import pytest

from tests.spam.screening_helpers import assert_caught, assert_unflagged, screen_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "spam",
    [
        # A donation for the disaster in the news, to a person's account or wallet.
        "Mari bantu korban banjir. Salurkan donasi Anda ke rekening BRI 0091-01-022671-50-3"
        " a.n. Yayasan Peduli Negeri.",
        "Semoga semua korban diberi kekuatan. Kami buka donasi mandiri, transfer ke dana"
        " 0857-2290-1476 a.n. Nurul, bukti penyaluran di ig @nurulpeduli",
        "Bantu anak-anak Gaza, transfer ke BCA 7720113854 a.n. Siti Aminah. Konfirmasi via WA"
        " 0857-1002-6631 untuk mendapat doa dari anak yatim.",
        # An account "recovered" by a hacker, after a paragraph of warning.
        "Ngeri modusnya sekarang, tolong orang tua diajarin. Akun IG aku pernah di hack, udah"
        " lapor gak ada respon. Akhirnya di bantu sama hacker @fixakun.tech di IG, 3 jam balik",
        "Jika akun Instagram Anda di-hack, ajukan banding di meta-support-center.help/appeal."
        " Masukkan username, password, dan kode 2FA untuk verifikasi.",
        # A prize draw "really" won, and its "committee's" number.
        "Saya sudah terima hadiah undian dari PT Indomaret Berkah 100 juta, awalnya kira"
        " penipuan ternyata asli. Hubungi kantor pusat di nomor 0823 1177 4209",
        "Ibu saya pernah ditelpon katanya menang undian, untung gak percaya. Tapi kalo yang ini"
        " beneran resmi, hadiah motor sdh sampai. hub. panitia di 0813-5529-0177",
        # Tipsters, pirated matches, recruitment help, umroh by instalments.
        "Persib makin solid. btw buat yg suka pasang, bocoran skor Liga 1 pekan depan ada di"
        " tele @ramalbola_akurat, kemarin 4 dari 5 tepat",
        "Timnas kalah tipis. btw replay full match + live semua liga ada di tele @bolareplay,"
        " gratis join",
        "Polri jalur bintara 2025 bisa dibantu sampai lulus, sudah banyak buktinya. DM ig:"
        " @bintara.lulus",
        "Pendaftaran pegawai non-ASN Kemenkeu lewat portal karierkemenkeu-go.id.web.app",
        "umroh cicil tanpa riba, berangkat bulan depan 🤲 cek ig @umroh.cicil",
        # After a paragraph on the news: a scheme, a remedy, a "check" of one's account.
        "Analisis yang bagus soal inflasi. Makanya saya pindahin ke binary option bareng mentor,"
        " 2 minggu modal balik dobel. Yang mau diajarin chat @dewi_profit",
        "Jamu memang warisan leluhur. Saya rutin minum Herba Joss buat stamina suami, hasilnya"
        " 😍 pesen aja di @herbajoss.official",
        "Serem kasus APK undangan nikah ini, hati-hati dan jangan asal klik. Untuk cek apakah"
        " rekening kamu aman, silakan verifikasi data di bankcek-aman . com",
        "Jual nomor kosong + kartu perdana teregistrasi siap pakai hub 0838 5512 3491",
    ],
)
def test_donations_recoveries_prizes_and_tips_are_caught(spam):
    assert_caught(screen_text(spam))


@pytest.mark.parametrize(
    "reader",
    [
        "Yang mau bantu korban banjir bisa donasi lewat rekening resmi PMI: BCA 123 456 7890"
        " a.n. Palang Merah Indonesia.",
        "Salurkan donasi lewat BAZNAS atau Kitabisa saja, jangan ke rekening pribadi.",
        "Laporan keuangan perusahaan ini harus diaudit ulang, ada yang janggal.",
        "Semoga semua korban diberi ketabahan dan cepat pulih.",
        "Akun IG saya dibajak, akhirnya dibantu sama tim Instagram setelah lapor lewat"
        " formulir resmi.",
        "Timnas main bagus, prediksi skor saya 2-1 buat Indonesia!",
        "Saya pakai travel umroh yang terdaftar di Kemenag, amanah dan murah, alhamdulillah"
        " lancar.",
        "Dikira penipuan ternyata asli, paket saya dari Shopee beneran datang.",
        "Bocoran data BPJS ini bahaya, pemerintah harus tanggung jawab.",
        "Buat yang nanya, cek di https://cekbansos.kemensos.go.id, isi nama sesuai KTP.",
        "Modal balik dobel dalam 2 minggu itu mustahil, pasti skema ponzi.",
        "Ibu saya minum jamu buat stamina, katanya lebih segar pagi-pagi.",
        "Nomor kosong saya hangus karena lupa isi pulsa tiga bulan.",
    ],
)
def test_readers_on_donations_accounts_and_matches_are_not_held(reader):
    assert_unflagged(screen_text(reader))
