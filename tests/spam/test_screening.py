"""Scoring new comments: built-in signs, phrase lists, thresholds, the corpus command."""

import pytest
from django.core.management import call_command
from django.test import override_settings

from comments.models import Comment, SpamFeature, SpamPhrase
from comments.screening import screen
from comments.spam.signals import is_official

pytestmark = pytest.mark.django_db


def _screen(body_html, **kwargs):
    return screen(name="Pembaca", url="", body_html=body_html, trap_filled=False, **kwargs)


def test_pinjol_with_a_link_is_caught_with_the_default_settings():
    result = _screen('<p>pinjol cair cepat <a href="https://dana.example">dana</a></p>')
    assert result.status == Comment.Status.SPAM or result.flag == Comment.Flag.LIKELY_SPAM
    assert result.score >= 3
    assert any("pinjol" in reason for reason in result.reasons)


def test_critical_talk_of_judi_online_is_not_spam():
    result = _screen(
        "<p>Pemerintah harus tegas memblokir situs judi online, tetangga saya "
        "kehilangan rumah karena slot.</p>"
    )
    assert result.status == Comment.Status.PENDING


def test_everyday_slot_deposito_bonus_score_low():
    for text in [
        "Slot parkir di mal itu selalu penuh.",
        "Bunga deposito bank turun lagi bulan ini.",
        "Bonus akhir tahun karyawan belum dibayar.",
    ]:
        result = _screen(f"<p>{text}</p>")
        assert (result.status, result.flag) == (Comment.Status.PENDING, ""), text


def test_a_disguised_promotion_goes_to_spam():
    result = _screen(
        "<p>Berita bagus. 𝗦𝗟𝗢𝗧 𝗚𝗔𝗖𝗢𝗥 anti rungkad, ｄａｆｔａｒ di bio, pasti maxwin</p>"
    )
    assert result.status == Comment.Status.SPAM


@pytest.mark.parametrize(
    "text",
    [
        # Written backwards.
        "moc.88agan id 88rocag tols ratfad ,niwxam itsap ikoh itna ini irah",
        # Without vowels.
        "dftr slt gcr mxwn hr ini, dpst 10rb lgsg wd",
    ],
)
def test_a_promotion_written_backwards_or_without_vowels_goes_to_spam(text):
    assert _screen(f"<p>{text}</p>").status == Comment.Status.SPAM


def test_a_promotion_with_a_space_after_every_letter_goes_to_spam():
    # Its words are set apart by wider gaps, or by a line break.
    plain = "Mau cuan? Ikut investasi kripto profit 30% per minggu, join telegram @cuanmaksimal"
    for gap in ("   ", "  "):
        spaced = gap.join(" ".join(word) for word in plain.split())
        assert _screen(f"<p>{spaced}</p>").status == Comment.Status.SPAM, gap
    lines = "<br>".join(" ".join(word) for word in plain.split())
    assert _screen(f"<p>{lines}</p>").status == Comment.Status.SPAM


def test_a_block_phrase_added_by_a_moderator_matches_disguised():
    SpamPhrase.objects.create(phrase="jasa joki skripsi", kind=SpamPhrase.Kind.BLOCK)
    result = _screen("<p>Halo, j a s a j o k i s k r i p s i murah</p>")
    assert (result.status, result.flag) == (Comment.Status.SPAM, Comment.Flag.BLOCK_WORD)
    result = _screen("<p>Ada јаѕа јоkі ѕkrірѕі di kampus</p>")
    assert result.flag == Comment.Flag.BLOCK_WORD
    result = _screen("<p>supmak id isp irks ikoj asaj ayas, hadum nad tapec</p>")
    assert result.flag == Comment.Flag.BLOCK_WORD


def test_a_block_phrase_written_backwards_is_kept_as_written_and_matches():
    phrase = SpamPhrase.objects.create(phrase="rocag tols ratfad", kind=SpamPhrase.Kind.BLOCK)
    assert phrase.normalized == "rocag tols ratfad"
    result = _screen("<p>Ayo rocag tols ratfad sekarang ini juga</p>")
    assert (result.status, result.flag) == (Comment.Status.SPAM, Comment.Flag.BLOCK_WORD)


def test_a_watch_phrase_holds_the_comment():
    SpamPhrase.objects.create(phrase="arisan online", kind=SpamPhrase.Kind.WATCH)
    result = _screen("<p>Ikut 𝗮𝗿𝗶𝘀𝗮𝗻 𝗼𝗻𝗹𝗶𝗻𝗲 yuk</p>")
    assert (result.status, result.flag) == (Comment.Status.PENDING, Comment.Flag.WATCH_WORD)


def test_both_thresholds_are_settings():
    body = '<p>Pinjaman dana tunai cair cepat <a href="https://dana.example">dana</a></p>'
    with override_settings(COMMENTS_SPAM_SCORE=100, COMMENTS_SPAM_HOLD_SCORE=100):
        assert _screen(body).flag == ""
    with override_settings(COMMENTS_SPAM_SCORE=100, COMMENTS_SPAM_HOLD_SCORE=1):
        assert _screen(body).flag == Comment.Flag.LIKELY_SPAM
    with override_settings(COMMENTS_SPAM_SCORE=1, COMMENTS_SPAM_HOLD_SCORE=0):
        assert _screen(body).flag == Comment.Flag.SPAM_FILTER


def test_a_new_database_has_the_starter_lists_and_corpus():
    assert SpamPhrase.objects.filter(kind="block").count() > 10
    assert SpamPhrase.objects.filter(kind="watch").count() > 5
    totals = SpamFeature.objects.get(feature="#documents")
    assert totals.spam > 50 and totals.ham > 100


def test_load_spam_corpus_is_learned_once():
    call_command("load_spam_corpus", stdout=open("/dev/null", "w"))
    phrases = SpamPhrase.objects.count()
    totals = SpamFeature.objects.get(feature="#documents")
    assert phrases > 10 and totals.spam > 30 and totals.ham > 30
    call_command("load_spam_corpus", stdout=open("/dev/null", "w"))
    assert SpamPhrase.objects.count() == phrases
    again = SpamFeature.objects.get(feature="#documents")
    assert (again.spam, again.ham) == (totals.spam, totals.ham)


def test_an_earlier_edition_of_the_corpus_is_not_learned_over():
    SpamFeature.objects.filter(feature__startswith="#corpus:").update(feature="#corpus:earlier")
    totals = SpamFeature.objects.get(feature="#documents")
    call_command("load_spam_corpus", stdout=open("/dev/null", "w"))
    again = SpamFeature.objects.get(feature="#documents")
    assert (again.spam, again.ham) == (totals.spam, totals.ham)


def test_reset_learns_the_corpus_again_and_forgets_decisions():
    SpamFeature.objects.create(feature="w:keputusanlama", spam=5)
    call_command("load_spam_corpus", "--reset", stdout=open("/dev/null", "w"))
    assert not SpamFeature.objects.filter(feature="w:keputusanlama").exists()
    assert SpamFeature.objects.get(feature="#documents").spam > 30


@pytest.mark.parametrize(
    "text",
    [
        "Langsung tampil untuk semua.",
        "Halo semua, apa kabar?",
        "Terima kasih infonya min",
        "Daftar CPNS kapan dibuka ya?",
        "Main bola di lapangan desa",
        "Bonus akhir tahun belum cair juga.",
    ],
)
def test_short_everyday_comments_are_not_held(text):
    result = _screen(f"<p>{text}</p>")
    assert (result.status, result.flag) == (Comment.Status.PENDING, ""), result.reasons


def test_the_starter_corpus_holds_critical_ham_and_disguised_spam_apart():
    ham = _screen("<p>Korban pinjol ilegal sebaiknya lapor ke OJK dan polisi.</p>")
    spam = _screen("<p>ｐｉｎｊｏｌ cair tanpa BI checking, hubungi WA 0812 3456 7890</p>")
    assert ham.status == Comment.Status.PENDING and ham.flag == ""
    assert spam.status == Comment.Status.SPAM


def test_a_warning_that_names_a_chat_app_stays_with_the_moderators():
    result = _screen(
        "<p>Hati-hati, jangan klik link klaim hadiah yang disebar lewat WA, itu modus penipuan.</p>"
    )
    assert result.status == Comment.Status.PENDING


def test_an_unknown_trade_with_a_phone_number_and_a_call_is_held():
    result = _screen(
        "<p>Jasa pembuatan SIM tanpa tes, proses 1 hari, hubungi 0812 3456 7890 sekarang juga.</p>"
    )
    assert result.status == Comment.Status.SPAM or result.flag == Comment.Flag.LIKELY_SPAM
    assert "nomor kontak" in result.reasons


def test_pointing_to_the_link_in_a_profile_is_a_call_to_act():
    result = _screen("<p>sl*t g*c*r, link ada di bio</p>")
    assert "ajakan: link ada di bio" in result.reasons


def test_a_lottery_brand_with_its_pitch_is_held_without_a_link():
    result = _screen("<p>Yang kalah terus coba pindah ke SULTAN4D, winrate tinggi, wd lancar</p>")
    assert result.status == Comment.Status.SPAM or result.flag == Comment.Flag.LIKELY_SPAM
    assert any(reason.startswith("judol") for reason in result.reasons)


def test_learned_words_alone_hold_a_comment_but_never_bin_it(settings):
    # A classifier sure of itself on everyday words ("hari ini"), and no
    # built-in sign: the comment waits for a moderator instead of going to Spam.
    from unittest import mock

    from comments.spam import classifier

    sure = classifier.Verdict(20.0, [("w:hari", 3.0)])
    with mock.patch.object(classifier, "classify", return_value=sure):
        result = _screen("<p>IHSG anjlok 3 persen hari ini, investor asing keluar terus.</p>")
    assert result.status == Comment.Status.PENDING
    assert result.flag == Comment.Flag.LIKELY_SPAM


@pytest.mark.parametrize(
    "spam",
    [
        "Terima joki skripsi dan tesis, dijamin lulus, japri aja kak",
        "Penerimaan karyawan BUMN jalur khusus tanpa tes, hubungi 0812 3004 5566",
        "Selamat anda terpilih, segera klaim hadiah di hadiah-undian.online",
        "Kirim paket, cek resi di file berikut: lihat-resi.apk, segera buka",
        "Pasang iklan di situs kami, traffic tinggi, backlink berkualitas",
        "Jasa SEO murah, halaman 1 Google dalam sebulan, chat admin",
        "Jual domain expired DA PA tinggi, cocok untuk PBN",
        "Pelet foto jarak jauh, pengasihan ampuh, ritual oleh guru spiritual",
        "Penarikan uang gaib tanpa tumbal, mahar terjangkau, hubungi Eyang",
        "Loker ketik data di rumah, 1 jam kerja dapat 300rb, tanpa pengalaman",
        "Akun WhatsApp anda akan dihapus, kirim kode OTP ke nomor ini",
        "Undangan pernikahan digital, buka file undangan.apk ya kak",
        "Akun anda akan diblokir, verifikasi sekarang di bca-verifikasi.com",
        "Hutang saya lunas berkat bantuan Mbah Joyo, yang butuh silakan hubungi 0857 1111 2222",
        "Dana darurat? Proses kilat, hubungi +62 812 3456 7890",
        "Terima kasih Mbah Karto, berkat angka ritual togel saya tembus 4D. Hubungi 0813 4455 6677",
        "Berkat angka jitu dari Aki Sakti saya tembus 4 angka, terima kasih Aki. WA 0821 5566 7788",
        "Yang mau nonton film gratis tanpa iklan bisa ke nontonfilm21.lol",
        "Saya dulu gemuk, sekarang turun 15 kg berkat teh detoks ini, cek ig @tehlangsing",
        "Jual obat aborsi cytotec asli, tuntas aman, hubungi 0838-1234-5678",
        "Hack akun FF diamond gratis unlimited, kunjungi ffdiamond.site sekarang",
        "Telat haid 2 bulan? Kami bantu tuntas dan rahasia, obat asli, WA 0812 1111 3333",
        "Lowongan kerja di Kamboja jadi admin online, gaji 20 juta, tiket dan visa ditanggung, WA"
        " 0813 2222 4444",
        "Kerja sampingan review hotel bintang 5, komisi langsung cair tiap tugas, daftar di"
        " review-kerja.site",
        "Nomor anda terpilih sebagai pemenang undian Tokopedia, hubungi CS kami 0812 5555 6666",
        "Tagihan listrik anda tertunggak, segera bayar di pln-tagihan.xyz agar nomor tidak"
        " diblokir",
        "Jual surat keterangan sakit resmi ada stempel klinik, cuma 25rb, WA 0857 1212 3434",
        "Dukun sakti kasih angka togel ghaib, mahar setelah tembus, japri",
        "Terima kasih Pak Budi, berkat sinyal trading beliau modal saya balik 3x lipat, kontak"
        " 0812 7777 1212",
        "Undangan ulang tahun anak saya, silakan buka ya Undangan_Ultah.apk",
    ],
)
def test_services_charms_fake_jobs_and_phishing_outside_the_four_trades_are_held(spam):
    result = _screen(f"<p>{spam}</p>")
    assert result.status == Comment.Status.SPAM or result.flag == Comment.Flag.LIKELY_SPAM, spam


def test_a_reader_warning_of_a_hoax_is_not_spam():
    result = _screen('<p>Pesan berantai "dana bansos sudah cair, klik link" itu hoaks.</p>')
    assert result.status == Comment.Status.PENDING


@pytest.mark.parametrize(
    "name",
    [
        "Situs Togel Resmi",
        "𝗦𝗟𝗢𝗧 𝗚𝗔𝗖𝗢𝗥",
        "Agen Pinjol",
        "Jasa Backlink",
        "Sewa Mobil Jogja Murah",
        "Jual Besi Beton Terpercaya",
    ],
)
def test_a_name_that_advertises_holds_a_polite_comment(name):
    body = "<p>Artikel yang bagus, terima kasih infonya.</p>"
    result = screen(name=name, url="", body_html=body, trap_filled=False)
    assert result.flag == Comment.Flag.LIKELY_SPAM, name
    assert any(reason.startswith("nama berisi promosi") for reason in result.reasons)


@pytest.mark.parametrize(
    "name",
    [
        "Toto",
        "Zeus",
        "Andi88",
        "Warga Bandar Lampung",
        "Judi",
        "Korban Pinjol",
        "Anti Judi Online",
        "Karyawan Jasa Marga",
        "Pemerhati Situs Purbakala",
        "Pengamat Investasi",
        "Penjual Sayur",
        "Sopir Rental",
    ],
)
def test_names_and_nicknames_that_resemble_a_trade_are_not_held(name):
    body = "<p>Artikel yang bagus, terima kasih infonya.</p>"
    result = screen(name=name, url="", body_html=body, trap_filled=False)
    assert (result.status, result.flag) == (Comment.Status.PENDING, Comment.Flag.NONE), name


@pytest.mark.parametrize(
    "warning",
    [
        "Yang namanya RTP live, pola gacor, jam hoki itu semua bohong, jangan percaya",
        "SMS pinjaman cair cepat tanpa jaminan tiap hari masuk, pasti ilegal, hapus aja",
    ],
)
def test_a_warning_quoting_a_pitch_waits_for_a_moderator(warning):
    # "pola gacor" is on the starter block list.
    assert SpamPhrase.objects.filter(normalized="pola gacor", kind=SpamPhrase.Kind.BLOCK)
    result = _screen(f"<p>{warning}</p>")
    assert result.status == Comment.Status.PENDING
    assert result.flag != Comment.Flag.NONE


@pytest.mark.parametrize(
    "ham",
    [
        "Terbukti korupsi, hakim memvonis mantan bupati 5 tahun penjara.",
        "Pembelajaran jarak jauh bikin anak saya susah paham matematika.",
        "Bantuan dibutuhkan segera oleh korban banjir di Demak.",
        "Delapan jam kerja sehari sudah cukup, lembur jangan dipaksa.",
        "Semoga bansos cepat cair, warga sudah menunggu sejak bulan lalu.",
        "Harga mulai naik menjelang lebaran, pemerintah harus turun tangan.",
        "Saya buka aplikasi PeduliLindungi tapi tidak bisa masuk.",
        "Bea Cukai menyita 20 kilogram sabu di Bandara Soekarno-Hatta.",
        "Konsultasi gratis di puskesmas sangat membantu warga kecil.",
        "Pekerja freelance seperti saya susah dapat KPR dari bank.",
        "Terima kasih Gus Dur, Ki Hajar Dewantara dan Eyang Habibie atas jasanya.",
        "Pemerintah minta warga segera update data DTKS di kantor desa.",
        "Kantor kelurahan buka jam 08.00-16.00, silakan datang langsung.",
        "Berkat bantuan beliau, sekolah kami akhirnya punya perpustakaan.",
        "Terima kasih Eyang Habibie, jasamu untuk bangsa ini tidak terlupakan.",
        "Aki mobil tembus 2 tahun, angka penjualan mobil listrik juga naik.",
        "Dulu nonton bola gratis di TVRI, sekarang harus langganan.",
        "Izin share ke grup keluarga ya min, beritanya penting.",
        "Berat badan ayah saya turun 10 kg dalam sebulan karena sakit.",
        "Anak saya main di Senayan tiap minggu, lapangannya bagus.",
        "Skor akhir 2-1, gol kemenangan di menit 88 oleh pemain baru.",
        "Striker Persib lagi gacor musim ini, sudah 12 gol.",
        "Istri saya telat datang bulan, ternyata hamil anak kedua, alhamdulillah.",
        "Pemenang undian mobil dari bank itu akhirnya diumumkan di televisi.",
        "Puluhan WNI korban TPPO dijanjikan kerja di Kamboja dengan tiket dan visa ditanggung.",
        "Surat keterangan sakit dari dokter dibutuhkan untuk izin kerja lebih dari dua hari.",
        "Berkat bimbingan guru les, anak saya lulus SNBT tahun ini.",
        "Pemerintah harus lunasi utang ke BUMN karya sebelum proyek baru.",
        "Ahli hikmah di kampung saya dulu juga guru ngaji, orangnya sederhana.",
        "Bahaya banget kalau anak kecil sudah kenal game online sejak SD.",
    ],
)
def test_news_talk_that_shares_words_with_those_trades_is_not_held(ham):
    result = _screen(f"<p>{ham}</p>")
    assert (result.status, result.flag) == (Comment.Status.PENDING, Comment.Flag.NONE), ham


def test_a_scam_message_quoted_to_warn_others_waits_and_the_same_pitch_unquoted_is_spam():
    pitch = "Daftar sekarang di situs gacor, bonus new member 100%, WD berapapun pasti dibayar"
    quoted = _screen(f'<p>Barusan liat iklan di IG: "{pitch}". Kok bisa lolos iklan begitu</p>')
    assert (quoted.status, quoted.flag) == (Comment.Status.PENDING, Comment.Flag.BLOCK_WORD)
    assert "dalam kutipan" in quoted.reasons
    assert _screen(f"<p>{pitch}</p>").status == Comment.Status.SPAM


def test_a_nickname_with_a_number_is_not_read_as_a_gambling_brand():
    result = screen(
        name="ardiansyah99",
        url="",
        body_html="<p>Semoga pembangunan jalan tol ini cepat selesai.</p>",
        trap_filled=False,
    )
    assert not any(reason.startswith("judol") for reason in result.reasons)


def test_a_warning_word_inside_quotation_marks_is_not_the_writer_s_warning():
    result = _screen(
        '<p>"Jangan percaya" kata mereka, tapi di situs resmi TOTO4D min depo 10rb pasti jp, '
        "daftar sekarang</p>"
    )
    assert result.status == Comment.Status.SPAM


@pytest.mark.parametrize(
    "website",
    [
        "https://naga88.lol",
        "https://pinjol-cepat-cair.site",
        "http://slotgacor88.com/x",
        "https://situsslotgacor.com",
        "https://www.bandartogelresmi.net",
    ],
)
def test_a_website_that_advertises_holds_a_polite_comment(website):
    body = "<p>Terima kasih infonya, sangat bermanfaat.</p>"
    result = screen(name="Budi", url=website, body_html=body, trap_filled=False)
    assert result.status == Comment.Status.SPAM or result.flag != Comment.Flag.NONE
    assert any(reason.startswith("situs berisi promosi") for reason in result.reasons)


@pytest.mark.parametrize(
    "website",
    [
        "https://blogbudi.wordpress.com",
        "https://andi88.blogspot.com",
        "https://www.jasamarga.co.id",
        "https://www.kompas.com",
    ],
)
def test_a_reader_s_own_website_holds_nothing(website):
    body = "<p>Setuju dengan penulis, pemerintah harus tegas.</p>"
    result = screen(name="Budi", url=website, body_html=body, trap_filled=False)
    assert (result.status, result.flag) == (Comment.Status.PENDING, Comment.Flag.NONE), website


@pytest.mark.parametrize(
    "spam",
    [
        "Main di situsslotgacor.com sekarang",
        "Yang mau cuan cek bandartogelresmi.net",
        "Info lengkap di obatkuatpria.shop",
    ],
)
def test_a_link_whose_address_glues_a_trade_s_words_is_held(spam):
    result = _screen(f"<p>{spam}</p>")
    assert result.status == Comment.Status.SPAM or result.flag != Comment.Flag.NONE, spam
    assert any(reason.split(":")[0] in ("judol", "obat") for reason in result.reasons)


def test_a_pitch_with_a_link_that_impersonates_a_courier_goes_to_spam():
    result = _screen(
        "<p>Paket anda tertahan di gudang karena alamat tidak lengkap, segera "
        "konfirmasi alamat di kurir-id.top agar dikirim hari ini</p>"
    )
    assert result.status == Comment.Status.SPAM
    assert any("tautan tiruan" in reason for reason in result.reasons)


def test_a_link_that_impersonates_an_agency_holds_a_polite_comment():
    result = _screen("<p>Cek status bantuan sosial anda di bansos-kemensos.site ya</p>")
    assert (result.status, result.flag) == (Comment.Status.PENDING, Comment.Flag.LIKELY_SPAM)


@pytest.mark.parametrize(
    "text",
    [
        "Hati-hati, link bri-layanan.online itu palsu, jangan klik! Yang resmi hanya bri.co.id",
        "Awas penipuan, saya dapat SMS paket tertahan dengan link kurir-id.top, itu hoaks",
    ],
)
def test_a_warning_naming_an_impersonating_link_is_never_binned(text):
    result = _screen(f"<p>{text}</p>")
    assert result.status == Comment.Status.PENDING
    assert not any("tautan tiruan" in reason for reason in result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Infonya lengkap, saya cek juga di bpjs-kesehatan.go.id dan kemensos.go.id",
        "Toko saya di tokopedia, mampir ya kak: tokopedia.com/tokoku",
        "Rekening BRI saya aman, transaksi lewat bri.co.id saja",
    ],
)
def test_the_institutions_own_addresses_hold_nothing(text):
    result = _screen(f"<p>{text}</p>")
    assert (result.status, result.flag) == (Comment.Status.PENDING, "")


@pytest.mark.parametrize(
    "spam",
    [
        "Jual emas murah 24 karat, yang minat japri aja ya kak",
        "Ready stock masker medis, harga grosir, bisa COD seluruh Indonesia, minat inbox",
    ],
)
def test_a_seller_asking_to_be_messaged_privately_is_held(spam):
    result = _screen(f"<p>{spam}</p>")
    assert result.status == Comment.Status.SPAM or result.flag == Comment.Flag.LIKELY_SPAM


@pytest.mark.parametrize(
    "ham",
    [
        "Saya mau jual motor murah saja daripada kena pajak progresif",
        "Harga cabai di pasar dijual murah sekali minggu ini, petani rugi",
        "Yang minat ikut donor darah bisa hubungi PMI setempat",
    ],
)
def test_talk_of_selling_and_a_call_for_volunteers_is_not_held(ham):
    result = _screen(f"<p>{ham}</p>")
    assert (result.status, result.flag) == (Comment.Status.PENDING, "")


@pytest.mark.parametrize(
    "spam",
    [
        "Artikel yang sangat bermanfaat, terima kasih admin. Oh iya, buat yang suka main game"
        " bisa coba di gaspol168 ya",
        "Terima kasih infonya, sangat membantu. Mampir juga ke blog saya ya:"
        " resepnusantara.blogspot.com",
        "Min, boleh titip lapak? Jual akun netflix premium 1 bulan 25rb, garansi full",
        "Jangan lewatkan promo gila-gilaan! Cashback 100% untuk pemain baru di GARUDA77",
    ],
)
def test_advertising_declared_as_such_is_held_whatever_its_polite_words(spam):
    result = _screen(f"<p>{spam}</p>")
    assert result.status == Comment.Status.SPAM or result.flag == Comment.Flag.LIKELY_SPAM, spam
    assert any(reason.startswith("iklan") for reason in result.reasons)


@pytest.mark.parametrize(
    "warning",
    [
        "Waspada penipuan obat kuat tahan lama yang dijual online, cek izin di"
        " https://cekbpom.pom.go.id",
        "Iklan slot gacor anti rungkad di Instagram makin banyak, Kominfo tolong blokir."
        " Aduan di https://aduankonten.id",
        "Hati-hati SMS pinjaman cair tanpa jaminan, itu modus. Laporkan ke"
        " https://konsumen.ojk.go.id",
    ],
)
def test_a_warning_that_points_to_an_official_site_is_a_warning(warning):
    result = _screen(f"<p>{warning}</p>")
    assert result.status == Comment.Status.PENDING, warning
    assert any(reason.startswith("nada kritis") for reason in result.reasons)


@pytest.mark.parametrize(
    "warning",
    [
        "Pinjol ilegal menawarkan pinjaman tanpa BI checking lewat SMS dari nomor"
        " 0857 1234 5678, sudah saya laporkan",
        "Bapak saya hampir tertipu bansos palsu, disuruh klaim saldo dana lewat link"
        " bansos-dana.xyz, untung tidak jadi",
    ],
)
def test_a_warning_that_gives_the_scammer_s_number_or_link_waits_for_a_moderator(warning):
    result = _screen(f"<p>{warning}</p>")
    assert result.status == Comment.Status.PENDING, warning


@pytest.mark.parametrize(
    ("link", "official"),
    [
        ("https://konsumen.ojk.go.id/pengaduan", True),
        ("www.kemenkes.go.id", True),
        ("ui.ac.id", True),
        ("https://aduankonten.id", True),
        ("ojk.go.id.naga88.com", False),
        ("https://naga88.com/?ref=ojk.go.id", False),
        ("bri-layanan.online", False),
        ("fakego.id", False),
    ],
)
def test_official_sites_are_the_state_s_own(link, official):
    assert is_official(link) is official


@pytest.mark.parametrize(
    "ham",
    [
        "Yang mau daftar relawan banjir Demak bisa WA koordinator kami di 0857-2222-3333",
        "Kehilangan dompet di KRL Bogor, isinya KTP dan SIM, bagi yang menemukan hubungi"
        " 0821 4444 5555, ada imbalan",
        "Dicari anak hilang bernama Rizki, 8 tahun, kalau ada yang lihat tolong hubungi"
        " 0812-3456-7890",
    ],
)
def test_a_number_and_a_call_outside_the_trades_never_go_to_spam_unseen(ham):
    assert _screen(f"<p>{ham}</p>").status == Comment.Status.PENDING, ham


@pytest.mark.parametrize(
    "spam",
    [
        "Pelanggan PLN yth, klaim subsidi token listrik di pln-subsidi2025[.]com sebelum kuota"
        " habis",
        "Yth nasabah BCA, tarif transfer naik, isi formulir penolakan di bca-tarif.com",
        "Hutang pinjol 25jt saya beres tanpa teror berkat bantuan Bu Sinta, WA 0812 6666 1313",
        "Kerja paruh waktu cuma like video di rumah, beneran dibayar 50rb per tugas, daftar di"
        " kerjalike.site",
        "Main toto macau paling gacor, link s.id/totojp",
        "Dicari mitra reseller, untung 15% per bulan dijamin, modal 5 juta, WA 0857 4444 9090",
    ],
)
def test_lures_on_look_alike_addresses_debt_fixers_and_task_scams_are_caught(spam):
    result = _screen(f"<p>{spam}</p>")
    assert result.status == Comment.Status.SPAM or result.flag == Comment.Flag.LIKELY_SPAM, spam


@pytest.mark.parametrize(
    "ham",
    [
        'Investasi kripto silakan, tapi jgn lewat "admin" WA atau grup Telegram',
        "Robot trading itu banyak yg ketangkep, masih aja ada yg percaya profit 5% per hari",
        "Yang nawarin gaji 5jt tanpa pengalaman tanpa ijazah itu patut curiga",
        "Promo resmi BRI cuma ada di bri.co.id, jangan percaya situs lain",
        "Saya pakai BCA mobile dan klikbca.com, aman-aman saja selama ini",
        "Streaming resmi Liga 1 ada di Vidio, bayar sedikit gak apa-apa daripada nonton ilegal",
    ],
)
def test_warnings_in_informal_writing_and_brands_own_addresses_are_not_spam(ham):
    assert _screen(f"<p>{ham}</p>").status == Comment.Status.PENDING, ham
