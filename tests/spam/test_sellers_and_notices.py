"""Sellers' ads, notices in a bank's or an agency's name, and readers' own words about them."""

import pytest

from comments.models import Comment
from tests.spam.screening_helpers import caught, screen_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "spam",
    [
        # Crypto giveaways and coins "just listed".
        "AIRDROP koin MERAPI gratis 300 USDT untuk 500 pendaftar pertama, connect wallet di"
        " merapi-drop.xyz",
        "Token KOPIKU baru listing, dijamin 50x bulan depan, beli sebelum telat di kopiku . site",
        "Ikut arisan emas online Bu Ratna, setor 300rb dapat 1 gram, info wa.me/6281234509876",
        # Cures a doctor could not explain.
        "Ayah saya sembuh dari diabetes cuma minum teh daun ajaib KENCANA, dokter pun heran."
        " Info: bit.ly/teh-kencana",
        # Notices: an unknown wallet's threat, English, a government aid form, a ".com-" host.
        "DompetKu: akun anda akan DIBLOKIR dalam 24 jam, verifikasi sekarang di"
        " dompetku-verifikasi.com/login",
        "Dear valued customer, your Bank Sentosa card has been temporarily blocked. Please"
        " visit sentosa-help.com and enter your card details.",
        "Bantuan resmi pemerintah Rp3 juta per KK, daftarkan NIK & KK anda di bantuan-kita.xyz",
        "Kartu anda dinonaktifkan, aktifkan lagi di secure-bankraya.com-verify.id",
        # Shamans at a distance, adult videos, pirated apps and accounts.
        "Saya dulu diguna-guna orang, sembuh setelah ruqyah jarak jauh dengan Ustadz Karim,"
        " beliau bisa melihat siapa pelakunya. wa 0813 7721 8840",
        "Video viral full durasi no sensor ada di sini 👉 bit.ly/viral-lengkap",
        "Akun streaming premium film dan musik murah meriah 15rb/bulan, garansi full."
        " Order: premiumku.id",
        "APK mod semua aplikasi, unlock semua fitur, download gratis di modku . vip",
        # Auctions, tickets and trips paid for in advance.
        "MOBIL LELANG BANK MULAI 25 JUTA, SURAT LENGKAP, BOOKING FEE 2 JUTA. HUB 0811 2093 4476",
        "Tiket pesawat promo mudik 50% lebih murah dari aplikasi, issued cepat. Hub 0896 0014 7725",
        "Umroh plus Turki cuma 16 juta, seat terbatas, DP 3 juta. Hub 0821 3360 9981",
        "Emas batangan 10 gram 7 juta, harga pabrik, stok lelang terbatas. wa 0813 8850 1172",
        "Jual kuota internet 100 GB cuma 50rb, order di kuotaku . site",
        # Coins on a new domain, earning by watching ads, a refund in the tax office's name.
        "Token $BANTENG baru listing, masih early, beli di presale bantengtoken.finance",
        "Cuma modal HP dapet 2jt sehari dari nonton iklan di aplikasi CuanTV. Download di"
        " cuantv.app kode referral: DINA77",
        "D J P : Anda berhak atas restitusi pajak Rp2.450.000. Klaim di"
        " d j p - r e s t i t u s i . o n l i n e",
        "Info dari Kemensos: pendaftaran bansos dibuka, isi di pkh-kemensos-daftar.web.app",
        # Recovery teams and free matches, in English too.
        "Akun IG dibajak atau diblokir? Kami bisa pulihkan dalam 1x24 jam, 100% berhasil."
        " DM @pulihkan.akunku",
        "I was scammed by a fake broker but Cyber Recovery Pros got all my USDT back."
        " Email recoverypros@mailbox-pro.net",
        "Watch every Premier League match free in HD, no signup: kickfree.live",
        # Dotted words, a shop answering its own question, jobs abroad.
        "J.u.a.l a.k.u.n N.e.t.f.l.i.x p.r.e.m.i.u.m 15rb, g.a.r.a.n.s.i f.u.l.l",
        "Ada yg jual HP BNIB cuma 6jt? Ada kak, di toko kami 😊 cek IG @hpmurah.official",
        "Kerja di Jepang lewat LPK Sakura, berangkat 3 bulan, gaji 25jt. Info pendaftaran"
        " 0878 1042 5566",
    ],
)
def test_sellers_and_notices_are_caught(spam):
    result = screen_text(spam)
    assert caught(result), (spam, result.score, result.reasons)


@pytest.mark.parametrize(
    "reader",
    [
        # The "wa" (and) of a prayer is no WhatsApp.
        "Innalillahi wa inna ilaihi raji'un 😭",
        "Semoga Allah subhanahu wa ta'ala memberi kekuatan kepada keluarga korban.",
        # A bank employee's warning names what scammers ask for.
        "Saya kerja di bank, mau kasih tau: Bank TIDAK PERNAH minta OTP, PIN, atau kode"
        " verifikasi lewat telepon/WA. Tarif transfer gak pernah diubah lewat link formulir.",
        # A fan's slang for good form.
        "Haaland semalam bener2 mode maxwin, hattrick dlm 20 menit wkwk",
        "Ole Romeny lagi gacor2nya, 4 laga 5 gol. Maxwin ini mah 🔥",
        "Maxwin maxwin apaan, yang ada rumah tangga berantakan gara-gara slot.",
    ],
)
def test_readers_words_are_not_held(reader):
    result = screen_text(reader)
    assert result.status == Comment.Status.PENDING and not result.flag, (
        reader,
        result.score,
        result.reasons,
    )


@pytest.mark.parametrize(
    "reader",
    [
        # A reader asking whether a message is real names its link: held at most.
        "Mau tanya, kalo dapat WA 'akun anda akan diblokir, klik link' dari DANA itu asli"
        " gak? Linknya dana-verifikasi-akun.com, saya belum klik",
        "@andi coba cek bio akun yg komen 'gacor' itu deh, isinya link judi semua. Report aja",
        "Ngakak liat komen bot 'S L O T G A C O R' pake spasi biar gak kedetek filter",
    ],
)
def test_readers_asking_or_mocking_are_never_binned(reader):
    result = screen_text(reader)
    assert result.status == Comment.Status.PENDING, (reader, result.score, result.reasons)
