"""The spam filter reads disguised text as what it says."""

import pytest

from comments.spam.features import _PHONE, link_count
from comments.spam.normalize import compact, normalize


@pytest.mark.parametrize(
    "disguised",
    [
        "𝗦𝗟𝗢𝗧 𝗚𝗔𝗖𝗢𝗥",  # mathematical sans-serif bold
        "𝓈𝓁𝑜𝓉 𝑔𝒶𝒸𝑜𝓇",  # mathematical script
        "ｓｌｏｔ ｇａｃｏｒ",  # fullwidth
        "ѕlоt gасоr",  # Cyrillic lookalikes
        "ѕⅼοτ gαсοr",  # Greek and Cyrillic mixed
        "sl\u200bot ga\u200dc\u2060or",  # zero-width characters
        "s\u00adlot gacor",  # soft hyphen
        "sl\u3164ot ga\uffa0cor",  # Hangul fillers, blank letters
        "SLOT GACOR",
        "sl0t g4c0r",  # leetspeak
        "5l07 g4c0r",
        "s1ot g4c0r",  # 1 for l
        "SℓΦT GΛCΦR",  # Greek capitals phi and lambda
        "ṡḷöṫ ġäċöṙ",  # combining marks
        "s-l-o-t g.a.c.o.r",
        "slooot gacoooor",
        "s🎰l🎰o🎰t g🎰a🎰c🎰o🎰r",  # emoji between the letters
        "ꜱʟᴏᴛ ɢᴀᴄᴏʀ",  # small capitals
        "🇸🇱🇴🇹 gacor",  # regional indicator symbols
        "".join(chr(0x1F150 + ord(c) - 97) for c in "slot") + " gacor",  # negative circled
        "".join(chr(0x1F170 + ord(c) - 97) for c in "slot") + " gacor",  # negative squared
        "$lot g@cor",
        "$|ot 6@c0r",  # a pipe for l, 6 for g
        "5|0t 9@c0r",  # a symbol between leetspeak digits
        "s l 0 t  g 4 c 0 r",  # spaced leetspeak
        "sIot gacor",  # a capital I for l
        "ѕⅼօt ɡаϲօг",  # the lunate sigma for c
        "SLOT-GACOR",
        "slot_gacor",
        "ѕӏоt gacor",  # Cyrillic palochka for l
        "𝕤𝕝𝕠𝕥 𝕘𝕒𝕔𝕠𝕣",  # double-struck
        "s\u00a0l\u00a0o\u00a0t gacor",  # no-break spaces
        "s̶l̶o̶t̶ g̶a̶c̶o̶r̶",  # combining strokes
        "ʂlɵʈ ɠɑƈɵɽ",  # Latin letters with hooks and bars
        "słøt ġąčöř",  # with strokes
        "ΣLΟΤ GΑCΟR",  # Greek capitals, a sigma for S
        "ᏚᏞᎾᎢ ᏀᎪᏟᎾᏒ",  # Cherokee lookalikes
        "\u202erocag tols\u202c",  # a right-to-left override shows it reversed
        "s l o o t g a a c o r",  # spaced, a letter doubled
        "s.l-o t g_a.c-o r",  # separators mixed
        "s l.o t g-a c.o r",
        "⒮⒧⒪⒯ ⒢⒜⒞⒪⒭",  # parenthesised
        "🅂🄻🄾🅃 🄶🄰🄲🄾🅁",  # squared
        "ˢˡᵒᵗ ᵍᵃᶜᵒʳ",  # superscripts
        "".join(c + "\U000e0041" for c in "slot") + " gacor",  # tag characters
        "".join(c + "\ufe0f" for c in "slot") + " gacor",  # variation selectors
        "s\u0301\u0317l\u0350o\u0301t g\u0317a\u0350cor",  # stacked marks (Zalgo)
        "s  l  o  t   g  a  c  o  r",  # two spaces between letters, three between words
    ],
)
def test_disguises_read_as_slot_gacor(disguised):
    assert normalize(disguised) == "slot gacor"


def test_i_and_l_swapped_and_shouting_hide_nothing():
    assert normalize("pinjoI cair, PlNJOL CEPAT") == "pinjol cair, pinjol cepat"
    assert normalize("slot gac0r!!1!") == "slot gacor!"
    assert normalize("Wow!!! keren, iPhone XI, Apollo 11!") == "wow!!! keren, iphone xi, apollo 11!"


def test_a_one_is_read_as_l_only_where_that_alone_makes_a_word():
    assert normalize("1ink alternatif, 1agi maxw1n") == "link alternatif, lagi maxwin"
    assert normalize("p1nj0l j0k1 ha1o") == "pinjol joki haio"


def test_letters_separated_by_spaces_are_joined():
    assert compact(normalize("daftar di s l o t g a c o r sekarang")) == (
        "daftardislotgacorsekarang"
    )
    assert "slot" in normalize("s l o t")


def test_numbers_and_brands_keep_their_digits():
    assert normalize("Depo 25rb, WD 100rb di tahun 2024") == "depo 25rb, wd 100rb di tahun 2024"
    assert normalize("NAGA303 slot88") == "naga303 slot88"
    assert normalize("SULTAN4D toto4d") == "sultan4d toto4d"


def test_a_trade_word_split_at_random_is_joined():
    assert normalize("Main sl ot ga cor, pin jol c air") == "main slot gacor, pinjol cair"
    assert normalize("Ke rja on lin e") == "kerja online"
    assert normalize("sl.ot ga.cor") == "slot gacor"
    assert normalize("kenal GA COR365 sejak itu") == "kenal gacor365 sejak itu"
    assert normalize("hubungi 0812 3004 5566") == "hubungi 0812 3004 5566"


def test_ordinary_words_next_to_each_other_stay_apart():
    text = "foto gelap di rumah, mau kerja lagi, ada lah"
    assert normalize(text) == text


def test_capital_i_in_names_and_brands_is_left_alone():
    assert normalize("PT Indofood, iPhone, McDonald") == "pt indofood, iphone, mcdonald"


def test_symbols_in_addresses_and_numbers_are_left_alone():
    assert normalize("@admin 10@5000 1|2") == "@admin 10@5000 1|2"


def test_ordinary_indonesian_is_left_alone():
    text = "Pemerintah harus memblokir situs judi online, kata warga di Bandung."
    assert normalize(text) == text.lower()


def test_greek_and_latin_epsilon_read_as_e():
    assert normalize("dεpo bɛrhadiah") == "depo berhadiah"


def test_different_emoji_between_the_letters_are_dropped():
    assert normalize("g🔥a💰c🎰o⚡r") == "gacor"
    # Emoji between words part them, and hide nothing.
    assert normalize("Mantap 🔥🔥 beritanya") == "mantap beritanya"


def test_emoji_that_glue_words_together_part_them():
    assert normalize("Slot🔥gacor🔥maxwin🔥hari🔥ini") == "slot gacor maxwin hari ini"
    assert normalize("Mantap🔥🔥beritanya") == "mantap beritanya"
    assert normalize("sl🔥ot ga💰cor") == "slot gacor"


@pytest.mark.parametrize(
    "text",
    [
        "cek linktr.ee/gacor88",
        "main di naga88.lol",
        "hoki (dot) bet",
        "daftar.click",
        "slotgacor[.]com",
        "naga88{dot}vip",
        "naga88 titik com",
        "bantuan - umkm (titik) click",
        "www naga88 com",
        "s.id/gacor",
        "t.me/gacorvip",
        "hxxps://naga88.top",
    ],
)
def test_links_on_the_domains_spammers_use_count(text):
    assert link_count(normalize(text)) == 1


@pytest.mark.parametrize("text", ["Terima kasih. Salam", "jam 10.30 di rumah", "di kantor.Lalu"])
def test_sentences_and_times_are_not_links(text):
    assert link_count(normalize(text)) == 0


@pytest.mark.parametrize(
    "disguised",
    [
        "Sllot gaacoorr",  # letters doubled
        "slotgacor",  # glued
        "sl*t g*c*r",  # masked
        "s#ot gac#r",
        "ɹoɔɐƃ ʇols",  # upside down
        "¡ɹoɔɐƃ ʇols",
    ],
)
def test_broken_trade_words_read_whole(disguised):
    assert normalize(disguised).strip("!") == "slot gacor"


def test_glued_words_come_apart_only_into_the_trade_s_words():
    assert normalize("daftar situsslotgacor88") == "daftar situs slot gacor88"
    assert normalize("bandartogelonline resmi") == "bandar togel online resmi"
    assert normalize("agenslot terbaru") == "agen slot terbaru"
    # Words of ordinary speech, or glue words alone, stay as written.
    text = "kebanyakan hariini pemberantasan rumahnya"
    assert normalize(text) == text
    # An address stays whole, for the link to be counted as one.
    assert normalize("di perkasaherbal.shop") == "di perkasaherbal.shop"
    assert link_count(normalize("di https://slotgacor.lol")) == 1


def test_doubled_letters_are_single_only_in_the_trade_s_words():
    assert normalize("Juual akunn murrah") == "jual akun murah"
    text = "maaf saat itu jumat yang taat, tidak sengaja"
    assert normalize(text) == text


def test_a_reader_s_own_censoring_stays_censored():
    text = "b*ngs*t, a*jing, k*mpr*t, dasar t*i"
    assert normalize(text) == text
    # A mask only one of the trade's words fits is read as that word.
    assert normalize("j*di online") == "judi online"
    assert normalize("**penting** #slot") == "**penting** #slot"


def test_upside_down_text_is_turned_back_and_the_rest_left_alone():
    assert normalize("Mantap! ¡uıʍxɐɯ ʇols ɹɐʇɟɐp") == "mantap! daftar slot maxwin!"
    # Ordinary words made of letters that look alike upside down stay.
    assert normalize("so no do lol, pos") == "so no do lol, pos"


@pytest.mark.parametrize(
    "text",
    [
        "0812-3456-7890",
        "+62 812 3456 7890",
        "(0812) 3456 7890",
        "hubungi wa0812345678",  # glued to a word
        "O812345678",  # a letter O for the zero
        "08l23456789",  # an l for a one
    ],
)
def test_phone_numbers_are_read_as_phone_numbers(text):
    assert _PHONE.search(normalize(text))


@pytest.mark.parametrize(
    "text",
    ["buka jam 08.00-16.00 WIB", "tanggal 08-12-2026 pukul 10.00", "NIK 3208123456789012"],
)
def test_hours_dates_and_ids_are_not_phone_numbers(text):
    assert not _PHONE.search(normalize(text))


def test_the_trade_s_words_without_vowels_are_read_whole():
    assert normalize("dftr slt gcr mxwn") == "daftar slot gacor maxwin"
    assert normalize("dpst pnjl cpt") == "deposit pinjol cepat"
    # Abbreviations that ordinary writing uses for other words stay.
    text = "yg dgn tgl akn jdl sts dmn bng utk tdk"
    assert normalize(text) == text


def test_text_written_backwards_is_also_read_the_other_way():
    reading = normalize("moc.88agan id rocag tols ratfad ayas ,ini ulal")
    written, backward = reading.split("\n")
    assert backward == "lalu ini, saya daftar slot gacor di naga88.com"
    assert written.endswith("id rocag tols ratfad ayas ,ini ulal")
    # The trade's everyday words count too: bocoran, pola, merapat.
    pitch = "Bocoran pola Sweet Bonanza cuma di DEWAHOKI, buruan merapat"
    assert normalize(pitch[::-1]).split("\n")[1] == normalize(pitch)


@pytest.mark.parametrize(
    "text",
    [
        "Sumber: kompas.co.id, detik.id, tempo.co.id dan antaranews.id",
        "Otot kaki kuat berkat latihan, kata pelatih di Solo",
        "Apa ini? Kasur? Ada radar di katak? Malam, kakak!",
        "Mantap",
    ],
)
def test_ordinary_text_is_read_one_way_only(text):
    assert "\n" not in normalize(text)


def test_words_added_to_turn_a_text_around_hide_nothing():
    spam = "daftar slot gacor maxwin di naga88.com " + "nad gnay kited " * 10
    reading = normalize(spam)
    assert "daftar slot gacor maxwin" in reading


@pytest.mark.parametrize(
    "text",
    ["hub O8I2-3456-7890 ya", "wa: 0812 3456 789O", "wa o8l2.3456.7890", "+62 8l2 3456 7890"],
)
def test_a_phone_number_with_letters_for_digits_is_a_phone_number(text):
    assert _PHONE.search(normalize(text))


@pytest.mark.parametrize(
    "fancy",
    [
        "丂ㄥㄖㄒ Ꮆ卂匚ㄖ尺",
        "丂乚口丅 厶卂匚口尺",
        "ᔕᒪOT GᗩᑕOᖇ",
        "ነረoፕ ኗልርoዪ",
        "ᏕᏝᎧᏖ ᎶᏗፈᎧᏒ",
        "รl๏Շ ﻮคς๏г",
        "ѕℓσт gα¢σя",
        "ƧᄂӨƬ GΛᄃӨЯ",
        "₴lo₮ ₲₳₵or",
        "丂ﾚのｲ ムﾑᄃの尺",  # ム is a and g in this alphabet
    ],
)
def test_fancy_text_generators_alphabets_read_as_latin(fancy):
    assert normalize(fancy) == "slot gacor"


def test_a_fancy_letter_with_two_readings_is_read_as_the_trade_s_word():
    # 刀 is d in one alphabet and n in another; ム a or g.
    assert normalize("りﾑ刀ﾑ ﾌひりﾉ の刀ﾚﾉ刀乇") == "dana judi online"
    assert normalize("ムﾑᄃの尺 丂乇ズﾑ尺ﾑ刀ム") == "gacor sekarang"


@pytest.mark.parametrize(
    "text",
    [
        "我们在山上工作，口号是从下到上",  # Chinese with 山 工 口 从 下
        "日本の山川さん",  # Japanese with の and 山
        "สวัสดีครับ",  # Thai
        "ሰላም ነው",  # Amharic
    ],
)
def test_other_scripts_writing_stays_as_written(text):
    assert not any(char.isascii() and char.isalpha() for char in normalize(text))


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("main di NAGA🐉777 aja", "naga777"),  # a name and its number stay one
        ("jangan samp41 nyesel", "sampai"),  # a word, not a brand's number
        ("gabung t . me / grupcuan", "t.me/grupcuan"),
        ("bayar via s . id/ tagihan", "s.id/tagihan"),
        ("hubungi nol delapan satu tiga, dua dua empat, satu sembilan lima, tujuh", "08132241957"),
    ],
)
def test_names_numbers_and_short_links_written_apart_read_whole(written, read):
    assert read in normalize(written)


def test_a_short_link_written_apart_is_a_link():
    assert link_count(normalize("join grup t . me / misicuan_id")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Skor akhir 2🔥1 untuk tuan rumah",
        "Satu dua tiga, ayo nyanyi bersama",
        "Nol besar: satu dua tiga empat lima enam",
        "Skor nol satu / dua kartu merah / tiga kali offside",
        "Kode pos 40115 / RT 02 / RW 08",
    ],
)
def test_ordinary_numbers_and_counting_stay_as_written(text):
    assert not _PHONE.search(normalize(text))


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("hub Pak Anwar 0813 nol tujuh dua sembilan 4415", "081307294415"),
        ("hub LPK 0822 satu tiga 77 delapan 4O1", "082213778401"),
        # Groups apart by slashes, and digits glued to the words.
        ("nomornya nol delapan satu dua / tiga empat lima enam / tujuh delapan", "0812345678"),
        ("hub wa: nol8 satu2 8899 tujuh tiga empat", "08128899734"),
        ("hub wa: nol8 satu2 8899 7lima empat", "0812889975 4".replace(" ", "")),
    ],
)
def test_a_phone_number_partly_in_words_is_read_as_digits(written, read):
    assert read in normalize(written)
    assert _PHONE.search(normalize(written))


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("🕋✈️ umroh 🕌 promo 12,9jt", "umroh promo 12,9jt"),
        ("nonton 🎞️ film 🆓 tanpa iklan", "nonton film gratis tanpa iklan"),
        ("keren!🔥🔥", "keren!"),
    ],
)
def test_emoji_standing_apart_part_nothing(written, read):
    assert normalize(written) == read


def test_dotted_words_set_apart_by_spaces_stay_apart():
    assert normalize("J.u.a.l a.k.u.n N.e.t.f.l.i.x p.r.e.m.i.u.m") == "jual akun netflix premium"
    assert normalize("d.e.p.o 1.0.r.b w.d.s.l.o.t.8.8 .c.o.m") == "depo 10rb wdslot88 .com"
    # One letter apart is still a spaced word.
    assert normalize("s.l-o t") == "slot"


def test_a_line_with_a_space_after_every_letter_reads_as_its_words():
    spaced = "M a u   c u a n ?   p r o f i t   3 0 %   j o i n   @ c u a n m a k s i m a l"
    assert normalize(spaced) == "mau cuan? profit 30% join @cuanmaksimal"
    # Two spaces between the words are as wide a gap.
    assert normalize("d e p o  1 0 r b  l a n g s u n g  w d") == "depo 10rb langsung wd"
    # Wide gaps elsewhere are one space: a short link written apart reads whole.
    assert "t.me/grupcuan" in normalize("join t  me/grupcuan")
    assert "bit.ly/cuan" in normalize("daftar bit  .  ly/cuan")


@pytest.mark.parametrize(
    "text",
    [
        "Setuju.  Pemerintah harus tegas.",  # two spaces after a full stop
        "Nilai A  dan B  sama saja",
        "1 2 3",
        "a  b  c",
        "A\nB",
    ],
)
def test_ordinary_wide_gaps_change_nothing(text):
    assert normalize(text) == normalize(" ".join(text.split()))
