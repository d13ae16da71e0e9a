"""Fake help desks on a mobile number, bare offers without a contact, and disguises of letters,
dashes and spacing."""

import pytest

from comments.models import Comment
from comments.spam.normalize import normalize
from tests.spam.screening_helpers import assert_caught, assert_unflagged, screen_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "spam",
    [
        # A bank's, a wallet's or a courier's "help desk" on an 08… number.
        "Bagi nasabah BCA yang saldonya terpotong, hubungi Call Center BCA resmi di WhatsApp"
        " 0812-8000-1500",
        "Uang di BRImo kedebet 2x, untung saya hubungi Halo BRI di WA 0821 9988 7766, langsung"
        " dikembalikan",
        "GoPay error atau top up belum masuk? Chat layanan pelanggan GoPay di nomor nol delapan"
        " satu satu 1 2 3 4 5 6 7 8",
        "Customer Service Mandiri Livin, kartu terblokir, reset PIN: wa.me/6281398761500",
        # Offers that name no contact: the pitch alone.
        "Centang biru IG & FB verifikasi resmi, proses 3 hari, garansi uang kembali",
        "ＯＰＥＮ ＢＯ ＳＵＲＡＢＡＹＡ ＡＭＡＮ ＴＲＵＳＴＥＤ",
        "o p e n   b o   m u r a h   b a n d u n g, j a m i n   r e a l",
        "реlеt реngаѕіhаn, реmbаlіk ѕukmа, реnуаtu hаtі, kаbаrі ѕауа",
        "Віtсоіn dоublеr: kіrіm 0.01 ВТС dаn tеrіmа 0.02 ВТС dаlаm 24 јаm 💯",
        "Τеrјеrаt hutаng ріnјοl? Κаmі bаntu hарuѕ dаtа & ѕtοр tеrοr DС. Ηubungі kаmі ѕеkаrаng",
        "Video syur artis yang lagi viral full durasi, tonton di link bio sebelum dihapus 🔞",
        "Anda mendapatkan voucher Indomaret 1 juta, tukarkan melalui link bit.ly/vcr-indomaret",
        # A testimonial with the number split by dashes of another length.
        "Suami saya pulang dan minta maaf sambil nangis. Beliau benar2 sakti, WA nya"
        " 0 8 5 7 – 2 2 2 2 – 3 3 3 3",
        # Warning words a recruiter uses: "korban … merapat", "bodong? bukan!".
        "Korban pinjol merapat 🙋 jasa hack aplikasi pinjol, data dihapus. WA 0896-1234-5678",
        "Arisan online investasi bodong? bukan! ini program resmi, setor 1jt balik 1,8jt minggu"
        " depan, chat min Rina",
        # Greek capitals and an @ for an a at a word's end.
        "ΤΟΤΟ ΜΑСΑU ΡΑЅΤΙ ΒΑΥΑR, ΒΟΝUЅ 200% 💰💰",
        "J@s@ bik1n 1j@z@h + tr@nskr1p n1l@1, h@rg@ b1s@ n3g0",
    ],
)
def test_help_desks_bare_offers_and_disguised_pitches_are_caught(spam):
    assert_caught(screen_text(spam))


@pytest.mark.parametrize(
    "spam",
    [
        "Pengalaman saya kemarin uang di BRImo kedebet 2x, untung saya hubungi Halo BRI di WA"
        " 0821 9988 7766, langsung dikembalikan dalam 10 menit. Semoga membantu yg lain 🙏",
        "Customer Service Mandiri Livin, pengaduan kartu terblokir, reset PIN, lupa password,"
        " hubungi admin resmi: wa.me/6281398761500",
    ],
)
def test_a_help_desk_on_a_mobile_number_goes_to_spam(spam):
    result = screen_text(spam)
    assert result.status == Comment.Status.SPAM, (result.score, result.reasons)


@pytest.mark.parametrize(
    "reader",
    [
        # The desks' own short numbers, and a reader warning of the fake ones.
        "Call center BCA Halo BCA 1500888, itu satu-satunya nomor resmi. Akun WA 'BCA Care'"
        " itu palsu semua.",
        "Pelayanan call center bank sekarang parah, saya telepon nunggu 40 menit gak diangkat.",
        "Nomor pengaduan OJK 157 dan WA 081 157 157 157, itu yang resmi. Selain itu jangan"
        " percaya.",
        # Talk of the trades in the news.
        "Pemerintah mau pajakin transaksi kripto lebih tinggi? Yang trading receh kayak saya"
        " makin tekor 😂",
        "Penjual followers di sosmed itu kan juga pelanggaran, banyak akun buzzer beli follower"
        " palsu.",
        "Jual followers itu melanggar aturan platform.",
        # A pitch's words in news talk, with no way to act on them.
        "Banyak warga yang belum isi data DTKS sehingga tidak dapat bansos.",
        "Alhamdulillah ibu saya sembuh total setelah dirawat di RSUD.",
        "Pasien bisa sembuh tanpa operasi kalau ditangani sejak dini, kata dokter.",
        "Poin saya akan hangus akhir bulan ini, sebel banget.",
        "Skema setor 1jt balik 1,8jt itu investasi bodong tidak mungkin bisa bertahan lama.",
        # A reader asking about a scam number, or naming a desk's office.
        "Barusan ada yang ngaku call center BRI dari nomor 0857 1111 2222, minta kode. Ada yang"
        " sama?",
        "Saya kerja di call center JNE, kantor cabang kami di Medan nomornya 0821 3344 5566.",
        "Sindikat pembuat ijazah palsu berhasil diungkap, ada oknum kampus yang terlibat.",
        "Di pasar tadi ada promo beli 2 gratis 1 minyak goreng, lumayan buat Lebaran",
        # Ordinary sentences holding a pitch's words.
        "Kolom keterangan berisi teks pendek yang menerangkan isi data tabel ini.",
        "Pilih tanpa operasi (kompatibilitas ke belakang) kalau ragu, kata panduannya.",
    ],
)
def test_readers_on_help_desks_and_these_trades_are_not_held(reader):
    assert_unflagged(screen_text(reader))


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("ΜΑСΑU ΝΟΗ ΥΑ", "macau noh ya"),
        ("WA 0857 – 2222 — 3333", "wa 0857 - 2222 - 3333"),
        ("h@rg@ b1s@ n3g0", "harga bisa nego"),
        ("ƒσℓℓσωєяѕ ιи∂σηєѕια", "followers indonesia"),
        ("o p e n   b o   m u r a h", "open bo murah"),
    ],
)
def test_disguised_letters_dashes_and_gaps_read_plainly(typed, read):
    assert normalize(typed) == read
