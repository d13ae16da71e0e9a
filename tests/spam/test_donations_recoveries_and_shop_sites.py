"""Donations asked to a person's own account, money "recovered" by a hacker, a prize one was
"chosen" for, a lonely girl's profile, a shop's site under praise for any page; and the readers
who warn of them, regret a loan or cheer a striker, who are not held."""

import pytest

from comments.models import Comment
from comments.screening import screen
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
        ("Budi", "https://tikettimnas-official.shop", "Mantap timnas! Garuda di dadaku"),
        ("Toko Besi", "https://bajaringansurabaya.net/harga-terbaru", "Nice article, thanks!"),
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
    assert_caught(screen(name=name, url=website, body_html=f"<p>{body}</p>", trap_filled=False))


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
