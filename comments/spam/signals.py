"""Built-in signs of Indonesian comment spam, scored on the normalised text.

Four trades fill Indonesian comment sections: online gambling ("judol"),
illegal loans ("pinjol"), "obat kuat" and investment scams. Their words
alone are not spam (readers discuss judi online and pinjol critically, and
"slot", "deposito" and "bonus" have everyday meanings), so a trade's words
weigh little on their own and much with a call to act: a link, a phone
number, "daftar sekarang". The classifier (``classifier``) learns the rest
from moderators.
"""

import re
from dataclasses import dataclass

from .features import ARABIC_AND, DOMAIN_DOT
from .trade_words import address_words

_B = r"(?<![a-z0-9])"
# A seller's name to search for instead of a link: "ketik di google NONTONKUY21".
_SEARCH_POINTER = (
    r"(?:ketik|cari|search)\s?(?:aja\s?|saja\s?)?"
    r"(?:nama(?:nya)?\s?(?:beliau|dia|mereka|saya|kami)?\s?)?"
    # The name itself between, quoted or a brand's: "cari aja 'pohon4d' di google".
    r"(?:(?:['\"‘’“”][a-z0-9]{3,}['\"‘’“”]|[a-z]{3,}(?:88|77|99|303|777|138|168|4d|hoki|jp))"
    r"\s?(?=di\s?))?(?:di\s?)?"
    r"(?:google|gugel|youtube|shopee|tokopedia|tiktok\s?shop|lazada)"
)
# A seller's profile to open instead of a link: "cek bio", "link di bio".
_PROFILE_POINTER = (
    r"(?:cek|klik|lihat)\s?(?:bio|profil)|(?:link|info)\s?(?:ada\s?)?(?:di\s?)?(?:bio|profil)"
    r"|di\s?link\s?(?:di\s?)?(?:bio|profil)"
    # "cek ig aku", "DM ig @jerseyku".
    r"|(?:cek|dm|follow|folow|kunjungi|mampir\s?ke)\s?(?:ig|insta|instagram|tiktok|akun)"
    r"\s?(?:aku|saya|kami|ku|kita|@[a-z0-9_.]{3,})"
)
_E = r"(?![a-z0-9])"
# A brand to play at, its number apart or not ("main di pandora 88"); not Densus 88.
_PLAY_AT = (
    r"(?:main|daftar|gabung|join|login)\s?(?:di|ke)\s?[a-z]{3,}\s?(?:88|77|99|303|777|138|168|4d)"
    r"(?!\s?(?:kali|x|menit|jam|hari|tahun|orang|persen)(?![a-z]))"
)
# A gambling brand's name: a word and its number or lucky word (naga88, sultan4d).
_BRAND_NAME = r"[a-z]{3,}(?:88|77|99|303|777|138|168|4d|hoki|jp)"
# A name built of the trade's own words (juaraparlay, gacorjp88, sbomantul,
# royalspin): no reader's nickname, and a name to search for. Not the word
# with a suffix of speech (gacornya, parlaynya).
_TRADE_BRAND = (
    r"[a-z]{3,}(?:gacor|maxwin|parlay|casino|kasino|jackpot|togel)\d*"
    r"|(?:gacor|maxwin|parlay|casino|kasino|jackpot|togel)(?!nya|lah|kah|an(?![a-z]))[a-z]{2,}\d*"
    r"|sbo[a-z]{3,}\d*|[a-z]{4,}spin\d*"
    # A bookmaker's: kampungbet (not alphabet, alfabet).
    r"|(?!alphabet|alfabet|sorbet)[a-z]{4,}bet\d*"
)


# An app file to install, or a short link to one read without its hyphens
# (bit.ly/undangan-nikah-apk).
_APP_LINK = (
    r"[a-z0-9-]+\.apk"
    r"|(?:bit\.ly|s\.id|t\.me|tinyurl\.com|cutt\.ly)/[a-z0-9]+(?: [a-z0-9]+){0,3} apk"
)


def _terms(*patterns: str, suffix: str = "") -> re.Pattern:
    return re.compile("|".join(f"{_B}(?:{p}){suffix}{_E}" for p in patterns))


# A help desk and whose it says it is: "cs resmi bca", "halo bri", "ovo care".
_HELP_BRAND = (
    r"(?:bank\s?)?(?:bca|bri|bni|mandiri|bsi|btn|cimb(?:\s?niaga)?|danamon|permata|ocbc"
    r"|maybank|jenius|seabank|dana|ovo|gopay|shopeepay|shopee|linkaja|livin|brimo|tokopedia"
    r"|lazada|akulaku|kredivo|jne|j&t|jnt|pln|bpjs)"
)
_HELP_WORD = (
    r"cs|call\s?cent(?:er|re)|customer\s?(?:service|care)|layanan\s?(?:pelanggan|nasabah)"
    r"|halo|admin|pengaduan|care"
)
_HELP_DESK = (
    rf"(?:{_HELP_WORD})\s?(?:resmi\s?)?{_HELP_BRAND}|{_HELP_BRAND}\s?(?:resmi\s?)?(?:{_HELP_WORD})"
)


@dataclass(frozen=True)
class Trade:
    name: str
    terms: re.Pattern
    # Phrases only a promotion uses: they weigh like a call to act.
    pitches: re.Pattern


TRADES = [
    Trade(
        "judol",
        _terms(
            r"slot\s?gacor",
            r"gacor",
            # Tipsters: "bocoran skor Liga 1 … kemarin 4 dari 5 tepat".
            r"bocoran\s?(?:skor|bola|parlay|angka)|(?:prediksi|ramalan)\s?(?:skor|parlay|jitu)",
            r"(?:yang|yg)\s?suka\s?(?:pasang|taruhan|main\s?parlay)",
            r"\d\s?dari\s?\d\s?(?:tepat|tembus|jp)",
            r"maxwin",
            r"max\s?win",
            r"togel",
            r"toto",
            r"scatter",
            r"deposit\s?pulsa",
            r"depo",
            r"link\s?alternatif",
            r"rtp",
            r"jackpot",
            r"jp",
            r"bandar(?!\s?(?:narkoba|narkotika|sabu|lampung|udara|baru|seri))",
            r"zeus",
            r"olympus",
            r"mahjong(?:\s?ways)?",
            r"pragmatic",
            r"wd",
            r"withdraw",
            r"situs\s?slot",
            r"slot\s?online",
            r"slot\d+",
            r"[a-z]{3,}4d",
            r"[a-z]{3,}(?:88|77|99|303|777|138|168)",
            r"[a-z]{4,}(?:hoki|jp)",
            r"starlight\s?princess",
            r"sweet\s?bonanza",
            r"sabung\s?ayam",
            r"judi\s?bola",
            r"sbobet",
            r"casino",
            r"kasino",
            r"parlay",
            r"toto\s?(?:macau|sgp|hk|sydney|sdy)",
            r"mix\s?parlay",
            r"free\s?spin",
            r"(?:depo|deposit)\s?(?:via\s?)?(?:qris|dana|ovo|gopay|e[\s-]?wallet)",
            r"mpo\d+",
        ),
        _terms(
            r"anti\s?rungkad",
            # A site sold as out of the state's reach: "aman dan gak bisa diblokir".
            r"(?:anti|bebas)\s?blokir|aman\s?(?:dan\s?)?(?:gak|ga|nggak|tidak|tak)\s?bisa\s?diblokir",
            r"(?:pasti|dijamin)\s?(?:jp|wd|maxwin|menang|cuan)",
            r"(?:buat|untuk)\s?(?:yang|yg)\s?(?:mau|ingin|pengen)\s?(?:maxwin|jp|jackpot|wd|cuan)",
            r"gampang\s?(?:jp|menang|maxwin|wd)",
            r"bocoran\s?(?:slot|rtp|pola)",
            r"pola\s?gacor",
            r"tembus\s?(?:\d\s?(?:d|angka)|togel|angka)",
            r"rtp\s?live",
            r"bonus\s?(?:new\s?member|member\s?baru|deposit|harian|100)",
            r"new\s?member",
            r"member\s?baru",
            r"min(?:imal)?\s?depo(?:sit)?",
            r"depo\s?\d+",
            r"\d+\s?(?:rb|k)\s?(?:jadi|jd)\s?\d+",
            r"modal\s?receh",
            r"situs\s?(?:terpercaya|gacor)",
            # "Situs resmi" alone is also a reader's pointer to an agency's site.
            rf"situs\s?resmi\s?(?:slot|togel|judi|casino|kasino|toto|{_BRAND_NAME})",
            rf"{_BRAND_NAME}\s?situs\s?resmi",
            # A player's own site: "aku dari situs joker123 udah bisa bayar kontrakan".
            rf"(?:dari|di|lewat|pakai|main|kenal|nemu|ketemu)\s?situs\s?"
            rf"(?:{_BRAND_NAME}|[a-z]{{3,}}(?:123|388|toto))",
            # A player's winnings: "udah WD berkali-kali", "dapet 500rb dari scatter".
            r"(?:udah|sudah|dah|sering)\s?wd\s?(?:berkali|terus|mulu|lancar)|wd\s?berkali\s?kali",
            r"(?:dapet|dapat|dpt)\s?\d+\s?(?:rb|ribu|jt|juta|k)\s?(?:dari|di|pakai|lewat)\s?"
            r"(?:scatter|slot|togel|spin|situs)",
            r"hari\s?ini\s?gacor",
            # "Lagi gacor" alone is also a striker's or a songbird's good form.
            r"(?:slot|situs|server|olympus|zeus|mahjong|bonanza"
            rf"|{_BRAND_NAME})\s?(?:lagi|sedang)\s?gacor",
            r"(?:lagi|sedang)\s?gacor\s?(?:nih\s?|banget\s?|parah\s?)?di",
            r"win\s?rate",
            r"wd\s?(?:lancar|cepat|aman|berapapun|pasti\s?dibayar)",
            r"cashback\s?(?:kalah|\d+\s?%)",
            r"(?:depo|deposit)\s?(?:kecil|receh|murah|ringan)|wd\s?(?:gede|gedhe|besar|jutaan)",
            _PLAY_AT,
            _TRADE_BRAND,
        ),
    ),
    Trade(
        "pinjol",
        _terms(
            r"pinjol",
            r"pinjaman\s?(?:online|cepat|dana|tunai)",
            r"dana\s?cepat",
            r"dana\s?tunai",
            # Not the aid readers wait for: "bansos cair lagi", "BLT belum cair".
            r"(?<!bansos )(?<!blt )(?<!bantuan )(?<!pkh )(?<!bsu )(?<!thr )(?<!gaji )(?<!subsidi )"
            r"(?<!desa )cair",
            r"pencairan",
            r"kta",
            r"limit",
            r"tenor",
            r"bunga\s?rendah",
            r"galbay",
            r"gadai\s?(?:bpkb|sertifikat)",
            r"slik\s?ojk",
            r"take\s?over\s?(?:semua\s?)?(?:hutang|utang|kredit|cicilan|kartu\s?kredit)",
        ),
        _terms(
            r"tanpa\s?(?:bi\s?checking|bi|slik|jaminan|agunan|survei|survey|ribet)",
            r"bi\s?checking",
            r"cair\s?(?:cepat|dalam|hari\s?ini|\d+\s?(?:menit|jam)|langsung)",
            r"langsung\s?cair",
            r"acc\s?cepat",
            r"pasti\s?(?:acc|cair|di\s?acc)",
            r"hanya\s?(?:ktp|modal\s?ktp)",
            r"cukup\s?ktp",
            r"modal\s?ktp",
            r"proses\s?(?:cepat|mudah|kilat)",
            r"hapus\s?(?:data\s?)?(?:slik|bi\s?checking)",
            # A seller's service, not the policy readers debate ("pemutihan SLIK
            # buat UMKM", "pemerintah hapus debt collector").
            r"(?:jasa|bantu|membantu|melayani|terima)\s?(?:pemutihan\s?(?:data|nama|slik|bi)"
            r"|hapus\s?(?:data\s?)?(?:dc|debt\s?collector))",
            r"galbay\s?aman",
            # A debt "erased" for a fee: "proses penghapusan data 1x24 jam".
            r"proses\s?penghapusan\s?data",
            r"tanpa\s?teror",
            r"lepas\s?dari\s?(?:jerat\s?)?(?:hutang\s?|utang\s?)?pinjol",
            r"(?:solusi|cara)\s?(?:lunasi|lunas|bebas|lepas)\s?(?:dari\s?)?(?:hutang\s?|utang\s?)?pinjol",
            r"(?:lunas|lunasi|beres)\s?(?:\w+\s)?tanpa\s?bayar",
            # "Kami bantu hapus data & stop teror DC": the service, not a reader's wish.
            r"(?:kami|saya|kita|tim\s?kami)\s?(?:bisa\s?|siap\s?)?bantu\s?"
            r"(?:hapus|blokir|lunasi|tutup|selesaikan|hentikan|stop)",
            r"stop\s?teror\s?(?:dc|debt\s?collector)",
            # "hutang bisa di hapus total, gausah bayar lagi".
            r"(?:hutang|utang)(?:nya)?\s?(?:bisa|dapat|langsung)\s?(?:di\s?)?hapus",
            r"(?:gausah|gak\s?usah|ga\s?usah|nggak\s?usah|tidak\s?perlu|gak\s?perlu)\s?"
            r"(?:bayar|byar|bayarin|lunasi|nyicil)\s?lagi",
        ),
    ),
    Trade(
        "obat",
        _terms(
            r"obat\s?kuat",
            r"vimax",
            r"viagra",
            r"cialis",
            r"pembesar",
            r"perkasa",
            r"stamina\s?(?:pria|suami)",
            r"ejakulasi",
            r"obat\s?pelangsing",
            r"pelangsing",
            r"peninggi(?:\s?badan)?",
            r"penggemuk(?:\s?badan)?",
            # Weight put on by the week, as a range a seller promises ("naik 3-5 kg
            # per minggu"); a reader tells their own single figure.
            r"(?:naik|nambah|tambah)\s?\d+\s?-\s?\d+\s?kg\s?(?:per|dalam|tiap|se)\s?(?:\d+\s?)?"
            r"(?:hari|minggu)",
            r"obat\s?herbal",
            r"klg",
            r"kapsul",
            r"loyo",
            r"pemutih",
            r"krim\s?racik",
            r"serum",
            r"detoks|detox",
            r"obat\s?(?:aborsi|penggugur|telat\s?bulan)|cytotec|gastrul",
            r"telat\s?(?:datang\s?)?(?:bulan|haid|mens)",
            r"pengencang(?:\s?payudara)?",
            r"program\s?hamil\s?herbal|promil",
            r"ramuan",
        ),
        _terms(
            r"tahan\s?lama",
            r"(?:100|seratus)\s?%\s?(?:ampuh|asli|original|herbal)",
            r"ampuh",
            r"(?:sudah|aman|terdaftar|lolos)\s?bpom",
            r"tanpa\s?efek\s?samping",
            r"hasil\s?permanen",
            r"(?:pesan|order)\s?(?:sekarang|via|di|lewat)",
            r"cod\s?(?:seluruh|se)\s?indonesia",
            r"kirim\s?(?:rahasia|aman)",
            r"(?:cepat|tuntas|aman)\s?(?:dan|&)\s?rahasia|(?:rahasia|privasi)\s?(?:terjamin|dijamin)",
            r"sekali\s?minum",
            r"turun\s?(?:dari\s?\d+\s?(?:ke|jadi)\s?)?\d+\s?kg\s?"
            r"(?:(?:dalam\s?\d+\s?|se)(?:hari|minggu|bulan)\s?)?"
            r"(?:tanpa\s?(?:diet|olahraga)|berkat|pakai|cuma\s?minum|hanya\s?minum|minum|konsumsi)",
            r"tanpa\s?(?:diet|olahraga)\s?(?:dan\s?|&\s?)?(?:tanpa\s?)?(?:olahraga|diet)",
            r"aman\s?(?:untuk\s?)?(?:busui|bumil)",
            r"(?:nambah|tambah|naik)\s?tinggi\s?\d+\s?cm",
            # A cure's promise, not "tanpa operasi (kompatibilitas ke belakang)".
            r"sembuh\s?total|tanpa\s?operasi(?!\s?\()|\d+\s?pasien\s?(?:sudah\s?)?sembuh",
            r"(?:gula\s?darah|darah\s?tinggi|kolesterol|asam\s?urat)(?:nya)?\s?(?:langsung\s?|jadi\s?)?"
            r"(?:normal|turun|stabil)",
            r"\d+\s?(?:hari|minggu)\s?(?:langsung\s?)?sembuh",
            # A cure a doctor could not explain: "dokter pun heran".
            r"dokter\s?(?:pun\s?|aja\s?|saja\s?|sampai\s?)?(?:heran|bingung|kaget|angkat\s?tangan)",
            r"sembuh\s?(?:total\s?)?dari\s?(?:kanker|diabetes|stroke|tumor|kista|hipertensi"
            r"|gagal\s?ginjal|jantung)(?:\s\w+){0,4}\s(?:cuma|hanya|berkat|dengan)\s?(?:minum|pakai|konsumsi)",
            r"(?:putih|glowing|langsing|cerah)\s?(?:dalam\s?)?\d+\s?(?:hari|minggu)",
            r"(?:hilang|sembuh|normal)\s?(?:total\s?)?(?:dalam\s?)?\d+\s?(?:hari|minggu)",
            r"\d+\s?kg\s?(?:→|->|jadi|ke)\s?\d+\s?kg",
            r"[\d.]+\s?(?:bunda|pasien|pasangan)\s?(?:sudah\s?)?(?:berhasil|sembuh|hamil)",
            r"(?:gak|ga|nggak|tidak|gk)\s?nyesel\s?(?:beli|pesan|order|pakai)",
            r"\d+\s?(?:hari|minggu)\s?(?:wajah|kulit|badan|perut)?\s?(?:langsung\s?)?"
            r"(?:putih|glowing|cerah|langsing|mulus|kinclong)",
        ),
    ),
    Trade(
        "investasi",
        _terms(
            r"investasi",
            r"(?:modal|uang|dana)\s?(?:balik|kembali)\s?(?:dobel|double|2x|\d+\s?x|\d+\s?kali)",
            r"profit",
            r"cuan",
            r"robot\s?trading",
            r"trading",
            r"forex",
            r"crypto",
            r"kripto",
            r"binary\s?option",
            r"passive\s?income",
            r"penghasilan\s?tambahan",
            r"kerja\s?dari\s?rumah",
            r"mentor",
            r"saham\s?gorengan",
            r"presale",
            r"(?:dicari|cari)\s?mitra|mitra\s?reseller",
            r"(?:koin|token)\s?baru",
            r"arisan\s?(?:\w+\s?)?(?:online|menurun|getok)",
            r"tabungan\s?(?:umroh|umrah|haji)",
            r"airdrop|connect\s?wallet|baru\s?listing",
            r"(?:kelas|grup|group)\s?(?:saham|trading|kripto|crypto|forex)",
            r"titip\s?dana|robot\s?(?:emas|xauusd|forex|ea)",
            r"kavling\s?syariah",
            r"kode\s?(?:referral|referal|reff?|undangan)",
            r"(?:nonton|lihat)\s?iklan\s?(?:dapat|dapet|dibayar)|dari\s?nonton\s?iklan",
            r"tambahan\s?penghasilan",
        ),
        _terms(
            r"(?:bunga|return|imbal\s?hasil)\s?\d+\s?%\s?(?:per|tiap|se|/)\s?(?:bulan|minggu|hari)",
            r"modal\s?\d+\s?(?:rb|ribu|k|jt|juta)\s?(?:balik|jadi|jd)\s?\d",
            r"balik\s?modal\s?(?:dalam\s?)?\d+\s?(?:hari|minggu|bulan)|(?:buka|terima)\s?mitra\s?baru",
            r"profit\s?(?:masuk\s?)?(?:harian|\d+\s?%|per\s?hari|pasti|konsisten|tiap\s?hari)",
            r"auto\s?(?:profit|cuan|wd)",
            r"modal\s?(?:kecil|minim|\d+)",
            r"(?:tanpa|anti)\s?(?:rugi|loss|resiko|risiko)",
            r"(?:dijamin|pasti|garansi)\s?(?:untung|profit|cuan|balik\s?modal)",
            r"balik\s?modal",
            # Income promised, not a reader's own ("penghasilan 3 juta sebulan ga cukup"):
            # online, on the side, by the day or week, from home.
            r"penghasilan\s?(?:online|tambahan|sampingan)\s?"
            r"(?:jutaan|puluhan\s?juta|\d+\s?(?:jt|juta|rb|ribu|k)?)",
            # Millions by the day or week: a day labourer's "50 ribu per hari" is no pitch.
            r"penghasilan\s?(?:jutaan|puluhan\s?juta|\d+\s?(?:jt|juta))\s?"
            r"(?:/|per|tiap|se)\s?(?:hari|minggu)",
            r"penghasilan\s?(?:jutaan|puluhan\s?juta|\d+)(?:\s[\w/]+){0,3}\sdari\s?(?:rumah|hp)",
            r"penghasilan\s?puluhan\s?juta",
            r"cuan\s?(?:harian|tiap\s?hari|jutaan)",
            r"join\s?(?:grup|group|komunitas)",
            r"gabung\s?(?:grup|group|komunitas)",
            r"bimbingan\s?mentor",
            r"berkat\s?(?:sinyal|arahan|bimbingan)\s?(?:trading|investasi|forex|kripto|crypto|saham)",
            r"(?:potensi|mau|bisa|naik|target|dijamin)\s?\d+\s?x",
            r"(?:gratis\s?)?\d+\s?(?:usdt|usd|dollar)\s?(?:gratis|untuk\s?\d+\s?pendaftar)",
            r"untung\s?\d+\s?%\s?(?:per|tiap|se)\s?(?:bulan|hari|minggu)",
            r"admin\s?amanah",
            r"modal\s?(?:hp|jempol|kuota)",
            r"(?:reseller|dropship(?:per)?|mitra|bisnis|usaha)\s?(?:[\w,]+\s){0,3}?tanpa\s?modal",
            # Not the market's "investor ambil profit".
            r"(?:tiap|setiap)\s?\d+\s?hari\s?(?:narik|tarik|cair|dapat|dapet)\s?profit"
            r"|profit\s?(?:tiap|setiap)\s?\d+\s?hari",
            r"(?:dapat|dapet|dpt|hasilkan)\s?\d+\s?(?:jt|juta|rb|ribu|k)\s?(?:sehari|per\s?hari|tiap\s?hari)",
            r"sinyal\s?(?:\d+\s?%\s?)?(?:akurat|jitu|pasti)",
            r"tanpa\s?(?:bank|riba)\s?(?:dan\s?|&\s?)?tanpa\s?(?:bank|riba|bi\s?checking)",
            r"setor\s?\d+\s?(?:rb|ribu|k|jt|juta)\s?(?:per|/|tiap)\s?(?:hari|minggu|bulan)",
            r"(?:kirim|transfer|setor|deposit)\s?[0-9.,]+\s?(?:btc|eth|usdt|bnb|sol)\s?(?:dan\s?)?"
            r"(?:terima|dapat|dapatkan|balik|jadi)",
            r"(?:bitcoin|btc|crypto|kripto|usdt)\s?doubler",
            r"setor\s?\d+\s?(?:rb|ribu|k|jt|juta)\s?(?:balik|jadi|dapat|terima)\s?\d",
        ),
    ),
    # Services no honest seller offers in a news site's comments.
    Trade(
        "jasa",
        _terms(
            r"joki\s?(?:skripsi|tesis|cpns|nilai|tugas|jurnal|kuliah|rank|game|akademik|sidang)",
            # A school place sold: "bisa ubah titik koordinat rumah supaya masuk zonasi".
            r"(?:ubah|geser|pindah|pindahkan)\s?titik\s?koordinat",
            r"(?:dijamin|pasti|100\s?%)\s?(?:masuk|lolos|diterima)\s?(?:zonasi|sekolah|negeri|ppdb)",
            # A place in the civil service sold: "jalur sisipan", "biaya pemberkasan 4,5jt".
            r"jalur\s?sisipan|formasi\s?sisipan|biaya\s?(?:pemberkasan|pelicin)",
            r"jasa\s?(?:joki|pembuatan|buka\s?blokir|ghostwriter|penagihan|hapus\s?data|pasang"
            r"|seo|backlink|review|rating|like|views?|tambah|naikkan|iklan"
            r"|recovery|pulihkan|sadap|hack(?:er)?)",
            r"jual\s?(?:akun|followers|likes?|views?|viewers|subscribers?|data(?:\s?nasabah|base)?"
            r"|ktp|kk|rekening|ijazah)",
            r"sewa(?:kan)?\s?(?:akun|rekening|e\s?wallet)",
            r"rekening(?:\s[\w/]+){0,3}\s(?:yang\s)?(?:nganggur|menganggur|pasif|tidak\s?terpakai)",
            r"akun\s?(?:wa|ig|fb|whatsapp|instagram|facebook)(?:\s?(?:atau|/)\s?(?:wa|ig|fb))?"
            r"\s?(?:dibajak|kena\s?hack|di\s?hack)",
            r"database\s?(?:nomor|no|nasabah|pelanggan|hp)",
            r"(?:hacker|peretas)\s?(?:bayaran|profesional)",
            r"bobol\s?(?:akun|rekening|wa|whatsapp|ig|server)",
            r"sadap\s?(?:hp|wa|whatsapp)",
            r"hapus\s?catatan\s?kredit",
            r"(?:jasa|bikin|pembuatan|butuh|need)\s?ijazah",
            r"ijazah\s?(?:asli|resmi|s1|s2|s3|sma|smk|d3)",
            r"bantu\s?(?:ngerjain|mengerjakan|bikin)\s?(?:skripsi|tesis|tugas)",
            r"(?:pembuatan|bikin)\s?(?:ijazah|sim|stnk|paspor|ktp|sertifikat)",
            r"followers",
            r"backlinks?",
            r"guest\s?post",
            r"artikel\s?berbayar",
            r"dofollow",
            r"pbn",
            r"domain\s?expired",
            r"(?:subscriber|jam\s?tayang|monetisasi)",
            r"top\s?up\s?(?:diamond|uc|dm)",
            r"voucher\s?game",
            r"(?:rating|ulasan)\s?google",
            r"(?:boost|naikkan|naikin|dongkrak)\s?(?:rating|ulasan|review)|ulasan\s?(?:asli\s?)?bintang\s?5",
            r"surat\s?(?:keterangan\s?)?(?:sehat|sakit|dokter|bebas\s?narkoba)",
            r"stempel\s?(?:klinik|rumah\s?sakit|rs|puskesmas|dokter)",
            r"sertifikat\s?vaksin",
            r"ktp\s?dummy",
            r"nomor\s?virtual",
            r"jalur\s?titipan",
            r"recovery\s?akun|(?:tim|jasa)\s?recovery",
            # Money "recovered" by a hacker: "uangku kembali berkat bantuan … Hacker Mr. Dimas".
            r"(?:pengacara|lawyer)\s?(?:&|dan|\+)?\s?(?:hacker|peretas)",
            r"(?:hacker|peretas)\s?(?:mr|mas|pak|bang|om)\b",
            r"(?:uang|dana|saldo)(?:ku|nya|\s?saya)?\s?(?:bisa\s?)?(?:kembali|balik)(?:\s\w+){0,3}\s"
            r"(?:berkat|dibantu|lewat)\s?(?:bantuan\s?)?(?:pengacara|hacker|peretas|mr)",
            r"hacker\s?@|(?:dibantu|di\s?bantu|bantuan)\s?(?:sama\s?|oleh\s?)?(?:hacker|peretas)",
            # Numbers sold ready to register anything: "nomor kosong + jasa registrasi NIK".
            r"nomor\s?kosong|sedia\s?nomor|jasa\s?(?:registrasi|otp|verifikasi\s?otp)",
            r"kartu\s?perdana\s?(?:teregistrasi|aktif|siap\s?pakai)|nomor\s?(?:otp|verifikasi)\s?murah",
            r"(?:lost|hacked)\s?(?:your\s?)?(?:instagram|facebook|ig|fb|whatsapp|wa)\s?account",
            r"restore\s?(?:it|your\s?account)|no\s?upfront\s?(?:payment|fee)",
            r"(?:leak|bocoran)\s?data|sample\s?gratis|(?:full|lengkap)\s?kolom",
            r"umroh\s?cicil|cicil(?:an)?\s?umroh|(?:umroh|umrah|haji|cicil(?:an)?)\s?tanpa\s?riba",
            r"(?:pakai|pake|lewat|ikut)\s?travel(?:\s[\w'-]+){1,3}\s?,?\s?(?:amanah|terpercaya|murah)",
            r"(?:live|nonton|streaming|replay)\s?(?:semua|all)\s?(?:liga|pertandingan|channel)",
            r"replay\s?full\s?match|(?:gratis|free)\s?join|\d+\s?\+?\s?channel",
            r"hack\s?(?:akun|wa|whatsapp|ig|instagram|fb|facebook)",
            r"(?:diamond|uc)\s?gratis",
            r"umroh\s?(?:murah|hemat|tanpa\s?(?:antri|antre|antrian)|promo)",
            r"paket\s?(?:umroh|haji)\s?(?:promo|murah|hemat)",
            r"umroh(?:\s?plus\s?\w+)?\s?(?:cuma\s?|hanya\s?|mulai\s?)?\d+\s?(?:jt|juta)",
            r"(?:live|streaming|nonton)\s?(?:motogp|f1|bola|liga|epl|ucl|timnas)\s?(?:\w+\s?)?gratis",
            r"(?:bisa|bantu|jasa)\s?buka\s?blokir",
            # Pirated films and matches.
            r"nonton\s?(?:film|bola|drakor|anime)\s?(?:sub\s?indo\s?)?(?:gratis|online\s?gratis)",
            r"lk21|indoxxi|rebahin|iptv",
            r"(?:nonton|streaming)\s?gratis|(?:full\s?)?hd\s?sub\s?indo",
            r"gratis\s?(?:hd|full\s?hd)?\s?tanpa\s?iklan",
            r"live\s?streaming\s?(?:gratis|bola|semua)",
            r"nobar\s?(?:online\s?)?gratis",
            r"nonton(?:\s[\w&]+){1,5}\sgratis",
            r"rekening\s?(?:atas\s?nama|an)\s?orang\s?lain",
            r"(?:cyber\s?|crypto\s?|fund\s?)?recovery\s?(?:pros?|team|experts?|specialists?|services?)",
            r"hack\s?recovery|biro\s?jasa|plat\s?(?:nomor\s?)?cantik|follback|folback|follow\s?back",
            r"(?:watch|stream)\s?(?:every|all)?(?:\s\w+){0,3}\s(?:match|matches|games|movies)\s?(?:for\s?)?free",
            r"nonton\s?film(?:\s\w+){0,3}\s?(?:full\s?hd|hd)\s?tanpa\s?iklan",
            r"akun\s?(?:streaming\s?|netflix\s?|spotify\s?|youtube\s?|canva\s?)?premium(?:\s[\w&]+){0,4}"
            r"\s(?:murah|termurah|(?:cuma|hanya|mulai)\s?(?:rp\s?)?\d+\s?(?:rb|ribu|k|jt)?)",
            r"(?:apk|aplikasi)\s?mod|unlock\s?(?:semua\s?)?fitur",
            r"(?:jual\s?)?kuota\s?(?:internet\s?)?murah|jual\s?kuota",
        ),
        _terms(
            r"tanpa\s?(?:tes|antre|antri|ujian)",
            r"(?:dibantu|bantu)\s?(?:sampai|sampe|hingga)\s?(?:lulus|lolos|jadi)",
            r"dijamin\s?(?:lulus|lolos|acc|berhasil|asli|pulih)",
            r"pasti\s?(?:lulus|lolos|pulih|berhasil|tembus)",
            r"jalur\s?(?:khusus|orang\s?dalam)",
            r"orang\s?dalam",
            r"harga\s?(?:mahasiswa|bersahabat|nego|paling\s?murah)",
            r"(?:traffic|trafik|da\s?(?:pa)?)\s?(?:tinggi|naik|besar)",
            r"(?:naikkan|naikin|tingkatkan)\s?(?:traffic|trafik|ranking|followers)",
            r"bantu\s?(?:masuk|lulus|lolos)\s?(?:polisi|tni|cpns|seleksi|sekolah|pns|bumn)",
            r"halaman\s?(?:1|satu|pertama)\s?google",
            r"garansi\s?(?:lulus|lolos)",
            r"siap\s?iklan",
            r"bisa\s?legalisir|asli\s?bukan\s?scan|terdaftar\s?(?:di\s?)?(?:pddikti|dikti|forlap)",
            r"ijazah\s?asli\s?terdaftar",
            r"(?:followers|likes|subscriber|viewers|views)\s?(?:real|aktif|permanen|indo|organik)",
            r"(?:followers|likes|subscriber|viewers|views)\s?(?:indonesia\s?|indo\s?)?"
            r"(?:murah|cepat|termurah)",
            r"jual\s?(?:followers|follower|likes|subscriber|viewers)",
            # A price per count: "100k views cuma 25rb".
            r"\d+\s?k?\s?(?:views|likes|followers|subscribers?|viewers)(?:\s\w+){0,2}?\s?"
            r"(?:cuma|hanya|mulai|only)\s?(?:rp\s?)?\d",
            r"(?:jasa\s?|proses\s?)?centang\s?biru|verifikasi\s?(?:centang|badge)",
            r"(?:jasa\s?)?(?:bikin|buat)\s?(?:ijazah|transkrip)|ijazah\s?\+?\s?transkrip",
            r"tanpa\s?(?:buffering|langganan)",
            r"bayar\s?setelah\s?(?:jadi|selesai|beres|berhasil)|bukti\s?dulu\s?(?:baru\s?)?bayar",
            r"(?:bisa\s?)?cicil(?:an)?\s?tanpa\s?(?:dp|bunga)|tanpa\s?dp",
            r"(?:uang|dana)\s?(?:anda|kamu)\s?(?:bisa\s?)?(?:kembali|balik)",
            r"(?:lacak|tarik|balikin|kembalikan)\s?(?:dan\s?tarik\s?)?(?:kembali\s?)?(?:dana|uang)",
            r"(?:nggak|gak|ga|tidak|tanpa)\s?perlu\s?(?:antri|antre|tes|ujian)",
            r"bisa\s?(?:dipulihkan|dikembalikan)",
            r"disewa(?:kan)?\s?\d+(?:[.,]\d+)?\s?(?:rb|ribu|jt|juta|k)",
            r"(?:permanen|no|anti|gak|tidak)\s?drop",
            r"\d+\s?(?:jt|juta)\s?all\s?in",
            r"garansi\s?full|seat\s?terbatas",
            r"(?:kami|saya|kita)\s?bisa\s?(?:bantu\s?)?(?:pulihkan|memulihkan|kembalikan|mengembalikan)",
            r"\d+\s?%\s?(?:berhasil|sukses|kembali)",
            r"got\s?(?:all\s?)?(?:of\s?)?my\s?(?:usdt|btc|bitcoin|money|funds|crypto|coins?)\s?back",
            r"(?:in|within)\s?hd,?\s?no\s?(?:signup|sign\s?up|registration|ads)|free\s?in\s?hd",
        ),
    ),
    # Dukun: charms, spells and "uang gaib" sold to the desperate.
    Trade(
        "dukun",
        _terms(
            r"dukun",
            r"santet",
            r"pelet",
            r"pengasihan",
            r"penglaris",
            r"susuk",
            r"pemikat",
            r"pesugihan",
            r"(?:di|kena\s?)?guna\s?guna",
            r"tumbal",
            r"ruwatan",
            r"jimat",
            r"paranormal",
            r"guru\s?spiritual",
            r"(?:uang|bank|dana)\s?ga?ib",
            r"ritual\s?(?:dengan|sama|bersama|dari)\s?(?:mbah|aki|ki|eyang|gus|nyai)",
            r"pagar\s?gh?aib",
            r"buang\s?sial",
            # A testimonial: "hutang saya lunas berkat bantuan Mbah Joyo".
            r"(?:hutang|utang)\s?(?:saya\s?)?(?:\d+\s?(?:jt|juta)\s?)?(?:lunas|terbayar|beres)",
            r"berkat\s?(?:bantuan|mantra|amalan|doa|ritual)\s?(?:mbah|aki|ki|eyang|gus|beliau|@[a-z0-9_.]+)",
            r"(?:mau|ingin)\s?balikan|balikan\s?(?:sama|dengan)\s?(?:pasangan|mantan|suami|istri)",
            r"(?:terima\s?kasih|makasih)\s?(?:banyak\s?)?(?:mbah|aki|eyang)",
            r"angka\s?(?:togel\s?)?(?:jitu|ritual|ga?ib|gh?aib|mistik|keramat)",
            r"ahli\s?(?:hikmah|spiritual|supranatural|metafisika)",
            r"(?:dibantu|ditolong)\s?(?:oleh\s?)?(?:mbah|aki|ki|eyang|gus)",
            r"doa\s?khusus|(?:suami|istri|pasangan)\s?kembali\s?(?:sayang|setia|pulang)",
            r"(?:lunasi|melunasi)\s?(?:semua\s?)?(?:hutang|utang)",
            r"(?:batu\s?)?mustika|keris\s?bertuah|bertuah|benda\s?pusaka",
            r"(?:bikin|buat|membuat)\s?(?:dia|suami|istri|pasangan|mantan|doi)\s?"
            r"(?:balik|kembali|tunduk|sujud|bertekuk|klepek)",
        ),
        _terms(
            r"tanpa\s?tumbal",
            r"(?:menggandakan|gandakan|penggandaan|pengganda)\s?(?:uang|duit|harta|rezeki)",
            r"(?:powerful\s?)?love\s?spells?|spell\s?caster",
            r"(?:get|bring|return)\s?(?:your\s?)?(?:ex|lost)\s?(?:lover|husband|wife|partner)?\s?back",
            r"(?:pelet|santet|pengasihan|ruqyah|rukyah|pengobatan|terapi)\s?(?:foto\s?)?jarak\s?jauh",
            r"(?:bisa\s?)?(?:melihat|lihat|tahu|menerawang)\s?siapa\s?pelakunya",
            r"mahar\s?(?:terjangkau|ringan|murah|seikhlasnya)",
            r"buka\s?aura",
            r"(?:buka|membuka)\s?jodoh",
            r"terbukti\s?(?:ampuh|manjur|berhasil)",
            r"(?:mahar|bayar)\s?(?:setelah|kalau|jika)\s?(?:tembus|berhasil|jp|terbukti)",
            r"(?:hubungi|kontak|hub|wa)\s?(?:beliau|mbah|aki|eyang|gus|ki)",
            r"(?:beliau|mbah|ustaz|ustadz|kyai)\s?bisa\s?dihubungi",
            r"pembalik\s?sukma|penyatu\s?hati|penyatuan\s?hati|semar\s?mesem|jaran\s?goyang",
            r"(?:beliau|mbah|aki|ki|eyang|nyai)\s?(?:\w+\s)?(?:benar|bener|beneran|sungguh|memang)"
            r"(?:\s?2)?\s?sakti",
        ),
    ),
    # Fake jobs: typing data, liking videos, "kerja santai" for pay per task.
    Trade(
        "loker",
        _terms(
            r"loker",
            r"ketik\s?data",
            r"input\s?data",
            r"freelance",
            r"kerja(?:an)?\s?sampingan",
            r"part\s?time",
            r"tugas\s?harian",
            r"like\s?(?:dan|&)?\s?subscribe",
            r"like\s?(?:video|konten|postingan)",
            r"kerja\s?paruh\s?waktu",
            r"lowongan",
            r"program\s?magang",
            r"(?:review|rating|ulasan)\s?(?:hotel|produk|restoran|google\s?maps|bintang\s?5)",
            r"kerja\s?online|gaji\s?harian",
            r"(?:kerja|lowongan\s?kerja|lowongan|loker)\s?(?:di\s?)?(?:kamboja|myanmar|laos)",
            r"(?:kerja|loker|lowongan)(?:\s\w+){0,3}\s(?:luar\s?negeri|luarnegeri)",
            r"(?:kerja|magang|loker|lowongan)\s?(?:di|ke)\s?(?:jepang|korea|taiwan|hongkong|australia"
            r"|jerman|eropa|malaysia|singapura|dubai)",
        ),
        _terms(
            r"tanpa\s?pengalaman",
            r"(?:beneran|benar|langsung)\s?dibayar",
            r"gaji\s?\d+\s?(?:juta|jt|rb|ribu)\s?(?:per|se)\s?(?:hari|minggu)",
            r"dibutuhkan\s?segera\s?(?:admin|operator|karyawan|pekerja)",
            r"kerja\s?santai\s?(?:dari\s?rumah|gaji)",
            r"\d+\s?jam\s?kerja\s?dapat",
            r"dibayar\s?\d+\s?(?:rb|ribu|k)\s?(?:per|/)",
            r"komisi\s?(?:langsung|harian|per\s?tugas|tiap\s?tugas)",
            r"(?:tiket|visa|paspor)(?:\s?(?:dan|&)\s?(?:tiket|visa|paspor|akomodasi|mess|makan|asrama))?"
            r"\s?(?:ditanggung|gratis|dibayarkan)",
            r"gaji\s?(?:\$|usd|rm)\s?\d+",
            r"komisi\s?\d+\s?%\s?(?:tiap|per|setiap)",
            r"\d+\s?(?:rb|ribu|k)\s?(?:/|per)\s?(?:task|tugas|video|like|misi)",
            r"(?:ibu\s?rumah\s?tangga|irt)\s?(?:dan|&)\s?(?:pelajar|mahasiswa)",
            r"gaji\s?mingguan",
            r"kirim\s?cv\s?(?:ke|via|lewat)",
            r"tanpa\s?(?:bahasa|ijazah|skill)",
            r"berangkat\s?\d+\s?(?:bulan|minggu)|info\s?pendaftaran",
            r"(?:dapat|dapet)\s?komisi",
        ),
    ),
    # Sellers: goods offered in the comments, to be ordered privately.
    Trade(
        "dagang",
        _terms(
            r"(?:jual|dijual|menjual)\s?\w+\s?(?:murah|termurah|harga\s?miring)",
            r"(?:jual|dijual|menjual)(?:\s\w+){2,4}\s(?:murah|termurah|harga\s?miring)",
            r"ready\s?stock",
            r"open\s?(?:order|po|reseller)",
            r"harga\s?(?:grosir|reseller|miring)",
            r"bisa\s?cod",
            r"cod\s?(?:seluruh|se)\s?indonesia",
            r"dropship(?:per)?",
            r"stok\s?(?:\w+\s?)?terbatas",
            r"(?:mobil|motor)\s?lelang|lelang\s?(?:leasing|bank)",
            r"tiket\s?(?:pesawat\s?)?promo",
            r"bnib",
            r"(?:jual|dijual|wts)\s?(?:tiket|laptop|hp|iphone|handphone|mobil|motor|akun|emas|logam\s?mulia)",
            r"paket\s?(?:wisata|tour|tur|liburan|honeymoon|bulan\s?madu)",
            r"ex\s?kantor|rekber",
            r"tiket(?:\s\w+){0,3}\s(?:kategori|cat)\s?\d",
        ),
        _terms(
            r"(?:yang\s?)?(?:minat|berminat)\s?(?:bisa\s?|silakan\s?|silahkan\s?)?"
            r"(?:japri|inbox|dm|pm|wa|chat|order)",
            r"order\s?sekarang",
            r"(?:di\s?)?bawah\s?(?:harga\s?)?pasaran",
            r"harga\s?pabrik|booking\s?fee|(?:transfer|tf)\s?dp\s?(?:dulu|dahulu)|issued\s?cepat",
            r"lebih\s?murah\s?dari\s?(?:aplikasi|toko|pasaran|harga\s?normal)",
            r"(?:di|ke)\s?toko\s?(?:online\s?)?(?:kami|saya)",
            r"ready\s?banyak",
            r"beli\s?\d+\s?gratis\s?\d+",
            r"(?:transfer|tf|bayar)\s?(?:dulu|dahulu)\s?(?:baru\s?)?(?:dikirim|kirim)",
        ),
    ),
    # Advertising declared as such: asking leave to promote, sending readers to
    # the writer's own site, or to a gambling brand to try.
    Trade(
        "iklan",
        _terms(
            r"(?:numpang|titip|nitip|izin|ijin|permisi)\s?(?:promo|promosi|lapak|iklan|jualan)",
            # An address to put together: "p l n - d i s k o n . f u n (hapus spasi)".
            r"(?:hapus|tanpa|hilangkan)\s?spasi(?:nya)?",
        ),
        _terms(
            r"(?:kunjungi|mampir|cek|main|singgah)\s?(?:juga\s?)?(?:ke\s?|di\s?)?"
            r"(?:website|blog|situs|web|toko|channel|lapak)\s?(?:saya|kami|aku|ku|ane|gue|gw|kita)",
            r"(?:(?:coba|main|gabung|daftar|mampir|kunjungi)\s?(?:aja\s?|saja\s?)?)?(?:di|ke)\s?"
            + _BRAND_NAME,
            r"(?:cek|coba)\s?(?:aja\s?|saja\s?)?" + _BRAND_NAME,
            # The writer's own site: "mampir juga ke pusatfollowers(dot)id".
            rf"(?:mampir|kunjungi|singgah)\s?(?:juga\s?)?(?:ke|di)\s?[a-z0-9-]{{3,}}{DOMAIN_DOT}[a-z]{{2,6}}",
            r"(?:visit|check\s?out)\s?my\s?(?:site|blog|website|web|page|shop|store|channel)",
        ),
    ),
    # Drugs sold in euphemism.
    # Donations for a disaster in the news, sent to a person's account.
    Trade(
        "donasi",
        _terms(
            r"(?:buka|membuka|salurkan|kirim|terima|galang|menggalang)\s?donasi",
            r"donasi\s?(?:untuk|bagi|buat)\s?(?:korban|pengungsi|saudara|anak|warga)",
            r"donasi\s?(?:darurat|mandiri|kemanusiaan|bencana|banjir|gempa)",
            r"(?:transfer\s?)?(?:se\s?)?ikh?lasnya",
            r"qris",
            r"bukti\s?(?:penyaluran|transfer)",
        ),
        _terms(
            r"(?:salurkan|kirim|transfer)(?:\s\w+){0,3}\s(?:ke\s?)?(?:rek(?:ening)?|norek|bri|bca|bni"
            r"|mandiri|bsi|dana|ovo|gopay)",
            r"konfirmasi\s?(?:via|lewat|ke)\s?(?:wa|whatsapp)",
            # To a person rather than a relief body: "rekening pribadi saya",
            # "donasi bisa lewat saya dulu, nanti saya salurkan".
            r"rek(?:ening)?\s?pribadi\s?(?:saya|aku|kami|ku)",
            r"(?:donasi|bantuan|sumbangan)(?:nya)?\s?(?:bisa\s?)?(?:lewat|via|melalui)\s?(?:saya|aku)",
            r"nanti\s?(?:saya|aku)\s?(?:yang\s?)?salurkan",
            r"kirim\s?bukti\s?(?:transfer\s?|tf\s?)?(?:ke|via|lewat)\s?(?:dm|wa|inbox|pm)",
            r"(?:mendapat|dapat|dapatkan)\s?doa\s?(?:dari\s?)?anak\s?yatim",
        ),
    ),
    Trade(
        "narkoba",
        _terms(
            r"(?:snack|permen|vitamin|gula|kapsul|obat)\s?(?:bahagia|happy|tenang|fly|tidur)",
            r"tembakau\s?(?:sintetis|gorila)|happy\s?five|ekstasi|sabu",
        ),
        _terms(r"cod\s?(?:aman|rapi)", r"kirim\s?rapi", r"ready\s?(?:barang|stok|stock)"),
    ),
    # Escorts, in the euphemisms of their adverts.
    Trade(
        "prostitusi",
        _terms(
            r"open\s?bo|openbo|vcs|real\s?pict|full\s?service|pijat\s?plus",
            r"pijat\s?(?:sensual|ples|\+\+)|sensual\s?massage|terapis\s?(?:muda|cantik|seksi)",
            r"(?:ditemenin|ditemani|nemenin)\s?(?:cewek|cewe|ce|wanita|tante)",
            r"(?:agensi|jasa)\s?teman\s?(?:ngobrol|jalan|kencan)|teman\s?ngobrol\s?malam",
            r"teman\s?kencan|kencan\s?dewasa|cewek\s?panggilan|tante\s?girang",
            # "lagi kesepian nih, bisa diajak jalan, temenin makan".
            r"lagi\s?kesepian|(?:bisa|mau|siap)\s?diajak\s?(?:jalan|kencan|ketemuan|ngamar|nginep)",
            r"(?:cewek|cewe|tante|janda)\s?kesepian"
            r"|vid(?:eo)?\s?call\s?(?:sexy|seksi|hot|dewasa|private|berbayar)",
            r"(?:butuh|cari|nyari|perlu)\s?teman\s?(?:jalan|malam|tidur|kencan|liburan)",
            r"(?:temenin|nemenin|temani)\s?(?:makan|malam|tidur|ngamar|nginep|karaoke)",
            r"sugar\s?(?:baby|daddy|dady|mommy)",
            r"no\s?sensor|bokep|full\s?durasi|video\s?(?:viral\s?)?(?:full|lengkap)\s?(?:durasi|version|versi|ver)",
        ),
        _terms(
            r"(?:list|cek)\s?(?:&\s?|dan\s?)?tarif",
            r"booking\s?:?\s?(?:via|lewat|di|ke|wa|w\s?a|whatsapp)",
            r"(?:no|anti|bukan)\s?tipu(?:\s?tipu)?",
            r"open\s?bo\s?(?:murah|aman|trusted|real|ready|24\s?jam|jakarta|surabaya|bandung|medan"
            r"|bali|jogja|semarang|malang|depok|bekasi|tangerang|bogor|makassar)",
            r"video\s?syur(?:\s\w+){0,5}\s(?:full|link|tonton|nonton)",
            r"open\s?bo(?:[\s,]+\w+){0,3}[\s,]+(?:chat|wa|dm|japri|pm)",
            r"kenalan\s?(?:yuk|yok|yuks|dong)(?:[\s,]+\w+){0,6}[\s,]+(?:cek|klik|lihat)\s?"
            r"(?:profil|bio|link)",
            # The romance scam's English: "single lady looking for a serious friend".
            r"(?:i\s?am|i'?m)\s?(?:a\s?)?(?:beautiful|lonely|single|sexy)\s?(?:single\s?)?"
            r"(?:lady|girl|woman)(?:\s\w+){0,3}\s?looking\s?for",
            r"(?:write|email|contact|text)\s?me\s?(?:on|at|to|via)\s?(?:my\s?)?"
            r"(?:e\s?mail|whatsapp|telegram|instagram|[a-z0-9._]+@)",
            r"send\s?you\s?my\s?(?:pictures|photos|pics|picture|photo)",
        ),
    ),
    # Phishing: a prize, a blocked account, a parcel, and a link or file to open.
    Trade(
        "phishing",
        _terms(
            r"verifikasi\s?data",
            r"klaim\s?hadiah",
            r"pemenang\s?giveaway",
            r"(?:hadiah|menang|memenangkan)\s?undian",
            r"rekening\s?(?:anda\s?)?(?:terblokir|diblokir)",
            r"akun\s?(?:anda\s?)?(?:terblokir|diblokir)",
            r"(?:akun|rekening|kartu|nomor)(?:\s\w+){0,2}\s(?:anda|kamu)\s?akan\s?"
            r"(?:di|ter)(?:blokir|nonaktifkan|bekukan)",
            _APP_LINK,
            r"kuota\s?gratis|hadiah\s?kuota",
            r"internet\s?gratis",
            r"kode\s?otp",
            r"(?:akun|whatsapp|rekening)\s?anda\s?(?:akan\s?)?(?:dihapus|dibajak|dinonaktifkan)",
            r"tagihan\s?\w+\s?(?:anda\s?)?(?:belum\s?dibayar|tertunggak|menunggak)",
            r"(?:nomor|akun|no\s?hp)\s?(?:anda|kamu)\s?(?:terpilih|memenangkan|mendapatkan)",
            r"pemenang\s?(?:undian|hadiah|giveaway|kuis|quiz)",
            r"pengiriman\s?hadiah",
            r"(?:paket|kiriman)\s?(?:anda\s?)?tertahan",
            r"tarif\s?transfer",
            r"bea\s?cukai",
            r"saldo\s?(?:dana|gratis|bansos)",
            r"giveaway",
            r"dana\s?kaget",
            r"tunggakan\s?pajak",
            r"token\s?(?:listrik|pln)\s?gratis",
            r"akun\s?(?:kamu|anda)\s?(?:bermasalah|dibekukan|terblokir|diblokir)",
            r"transaksi\s?mencurigakan",
            r"bantuan\s?saldo",
            r"penghapusan\s?(?:utang|hutang)|hapus\s?(?:utang|hutang)",
            r"dear\s?(?:valued\s?)?(?:customer|user|member)",
            r"restitusi\s?pajak",
            r"(?:has\s?been|is)\s?(?:temporarily\s?)?(?:blocked|suspended|locked|deactivated)",
            r"bantuan\s?(?:resmi\s?)?(?:pemerintah|bencana)\s?rp\s?\d+",
            r"(?:verifikasi|konfirmasi|validasi)\s?(?:nasabah|akun|data|rekening)\s?\.\s?[a-z]{2,6}",
        ),
        _terms(
            r"selamat\s?anda\s?(?:terpilih|mendapatkan|memenangkan|menang)",
            r"segera\s?(?:verifikasi|klaim|buka|unduh|isi)",
            # Asked of the reader, not the contents of a record ("menerangkan isi data").
            r"(?<!menerangkan )(?<!dengan )(?<!seluruh )isi\s?data(?!\s?(?:yang|ini|itu|tersebut))",
            r"unduh\s?(?:file|aplikasi)",
            r"cek\s?(?:nama|resi)\s?(?:kamu|anda)?",
            _APP_LINK,
            r"(?:kirim|kirimkan|berikan|sebutkan)\s?(?:kode\s?)?otp",
            r"perubahan\s?tarif",
            r"(?:download|unduh|install)\s?(?:file|apk|sekarang)",
            r"buka\s?file",
            r"klaim\s?(?:saldo|hadiah|bantuan|kuota|token|voucher|subsidi|dana)",
            r"hindari\s?denda",
            r"klaim\s?sekarang|verifikasi\s?segera",
            r"akan\s?hangus|amankan\s?akun|upgrade\s?(?:gratis|ke\s?premium)",
            r"anda\s?berhak\s?(?:atas|mendapatkan|menerima|mendapat)",
            r"anda\s?(?:mendapatkan|mendapat|memenangkan|berhak)\s?(?:voucher|hadiah|saldo|uang)",
            r"anda\s?terpilih\s?(?:sebagai\s?\w+\s?)?(?:menerima|mendapatkan|mendapat)",
            r"tukarkan\s?(?:melalui|di|lewat|ke)\s?(?:link|tautan|situs)",
            # A number or an account to be "registered again" before it is cut off.
            r"(?:daftar|daftarkan|registrasi)\s?ulang\s?(?:nomor|kartu|sim|akun)",
            r"(?:sebelum|agar\s?tidak|supaya\s?tidak|sblm)\s?(?:nomor|akun|kartu|rekening|sim)"
            r"(?:\s?(?:anda|kamu|hp))?\s?(?:dinonaktifkan|diblokir|ditutup|hangus|terblokir)",
            r"(?:enter|update|confirm|verify)\s?your\s?(?:card|account|bank|personal|login)"
            r"(?:\s?(?:details|data|information|info))?|to\s?reactivate",
            # Not what a lost wallet held: "isinya KTP, SIM, kartu ATM".
            r"(?:daftarkan|masukkan|masukan|input|kirim|kirimkan|isi)\s?(?:nomor\s?|no\s?)?(?:nik|ktp)"
            r"(?!\s?[,&/]?\s?(?:dan\s?)?(?:sim|kartu|atm|npwp|stnk|uang|bpjs|atas\s?nama)(?![a-z]))",
            r"verifikasi\s?(?:ulang\s?)?(?:di|lewat|melalui)",
            r"(?:biaya|uang)\s?(?:seleksi|pendaftaran|administrasi|admin)\s?(?:hanya\s?|cuma\s?)?rp",
            # Data harvested as a benefit's only condition: "syarat hanya foto KTP
            # dan nomor rekening" (a reader's "syaratnya cuma KTP" asks for neither).
            r"syarat\s?(?:nya\s?)?(?:hanya|cuma|cukup)\s?(?:kirim\s?)?foto\s?ktp\s?(?:dan|&|\+)"
            r"\s?(?:nomor|no)\s?rek(?:ening)?",
            r"(?:masukkan|masukan|input|isi)\s?(?:nomor\s?)?(?:pin|otp|cvv|password|kata\s?sandi)",
            # "Masukkan username, password, dan kode 2FA".
            r"(?:masukkan|masukan|input|isi)(?:\s?\w+\s?,){1,3}\s?(?:dan\s?)?"
            r"(?:password|kata\s?sandi|(?:kode\s?)?2fa|otp|pin)",
            r"(?:hubungi|hub|kontak|telepon|telpon)\s?\.?\s?(?:panitia|kantor\s?pusat"
            r"|pihak\s?penyelenggara)",
            r"cek\s?(?:denda\s?)?tilang\s?(?:kamu|anda)",
            r"syarat\s?(?:nya\s?)?follow",
            r"share\s?ke\s?\d+\s?(?:grup|group|teman|orang)",
            r"verifikasi\s?(?:sekarang|ulang|akun)",
            r"(?:segera\s?)?konfirmasi\s?(?:alamat|data|akun|pembayaran)",
            r"(?:update|perbarui)\s?data\s?(?:anda|kamu)",
            r"(?:agar|supaya)\s?(?:kartu|akun|rekening|nomor)\s?(?:anda\s?|kamu\s?)?"
            r"(?:tidak|tak|gak|ga)\s?(?:di|ter)(?:blokir|nonaktifkan|bekukan|hapus)",
        ),
    ),
    # A bank's, a wallet's or a courier's help desk on a mobile number: theirs
    # are short numbers (Halo BCA 1500888), never an 08… to message.
    Trade(
        "cs palsu",
        # Its name alone is a reader's too ("Halo BCA 1500888 itu yang resmi").
        re.compile(r"(?!)"),
        # The number close after the desk's name, given as the desk's: not a
        # reader's "ngaku call center BRI dari nomor 0857…" or "nomornya".
        _terms(
            rf"(?<!ngaku )(?<!mengaku )(?:{_HELP_DESK})"
            r"(?:(?!dari\s?nomor|ngaku|mengaku|nomornya|kok\s)[^\n]){0,100}?"
            r"(?<![0-9])(?:wa\.me/)?(?:\+?62\s?|0)8[0-9]+"
        ),
    ),
]

# Someone urged to act: to sign up, click, message.
CALLS = _terms(
    r"daftar\s?(?:sekarang|disini|di\s?sini|langsung|segera)",
    r"daftar",
    r"klik\s?(?:link|tautan|disini|di\s?sini|bio|profil)",
    r"cek\s?(?:link|ig|instagram|tiktok)",
    _PROFILE_POINTER,
    rf"(?:hubungi|kontak|chat|wa{ARABIC_AND}|whatsapp|hub)\s?(?:kami|admin|sekarang|segera|cs)?",
    r"info\s?lengkap",
    r"fast\s?(?:respon|respons|response|resp)",
    r"booking\s?:",
    # Link bait: "liat sendiri: tinyurl…", "cek ini, video asli …", "harus login FB dulu".
    r"(?:liat|lihat)\s?sendiri\s?:|cek\s?(?:ini|disini|di\s?sini)|(?:harus|wajib)\s?login",
    # "Info: 0813 …", "info pemesanan 0819 …": a number to call.
    r"info(?:rmasi)?(?:\s?(?:lebih\s?lanjut|pemesanan|order|pendaftaran))?"
    r"(?=\s?:?\s?(?:\+?62|0)\s?8)",
    r"buruan",
    r"kunjungi",
    r"mampir\s?(?:ke|di)",
    r"japri",
    r"yang\s?(?:butuh|mau|minat|berminat)\s?(?:silakan\s?|silahkan\s?|bisa\s?)?(?:hubungi|wa|chat|japri|kontak)",
    r"(?:dm|inbox|pm)\s?(?:admin|aja|saja|kami|kak|sekarang|saya|aku)",
    r"pindah\s?ke",
    r"main\s?di",
    r"gabung\s?sekarang",
    r"join\s?sekarang",
    r"jangan\s?(?:sampai|sampe)\s?(?:ketinggalan|nyesel|menyesal|kehabisan|kelewatan)",
    _SEARCH_POINTER,
    r"minat\s?(?:list|dm|japri|wa|chat)",
    r"(?:dm|chat|wa)\s?(?:for|untuk)\s?(?:pricelist|price|harga|info|order)|pricelist",
    r"sebelum\s?(?:kuota\s?)?(?:habis|telat|terlambat)",
    r"(?:yang|yg)\s?butuh\s?(?:bisa\s?)?(?:pesan|order|dm)",
    r"cek\s?harga",
    # A testimonial's turn: "awalnya ragu, ternyata …".
    r"awalnya\s?(?:saya\s?|aku\s?)?ragu",
    r"terbatas",
    r"promo",
    r"gratis",
)

# Readers warning about or condemning a trade; a promotion never does. They
# lower the score only in a comment with no link and no phone number to act
# on; with one (the scammer's number, posted to warn others), they still keep
# the comment from going to Spam unseen: a moderator decides.
# Words take the suffixes of speech: modusnya, laporin, bohonglah.
CRITICAL = _terms(
    r"ilegal",
    # Not the seller's "(bukan penipuan)".
    r"(?<!kira )(?<!dikira )(?<!bukan )penipuan",
    r"penipu",
    r"(?<!no )(?<!anti )(?<!bukan )tipu",
    # Not a testimonial's "dikira penipuan, ternyata asli".
    r"tertipu",
    # Not the victims of a disaster, of which a spammer's opening sentence speaks.
    # Nor those a reader helps ("yang mau bantu korban").
    r"(?<!bantu )(?<!membantu )"
    r"korban(?!\s?(?:gempa|banjir|bencana|longsor|kebakaran|erupsi|tsunami|kecelakaan|jiwa"
    r"|meninggal|tewas|luka|selamat|perang|konflik|phk|diberi|diberikan|dapat|segera|tabah"
    r"|ditemukan))"
    # Nor a recruiter's question: "korban pinjol ilegal? hutang bisa dihapus".
    r"(?!(?:\s\w+){0,2}\s?\?)"
    # Nor a recruiter's call: "korban pinjol merapat".
    r"(?!(?:\s\w+)?\s?merapat)",
    # Not a seller's "anti blokir".
    r"(?<!anti )(?<!bebas )(?:mem)?blokir",
    # Not a notice's threat: "akun anda akan diblokir".
    r"(?<!akan )(?<!telah )(?<!sementara )(?<!anda )(?<!kamu )(?<!bisa )(?<!stnk )(?<!sim )"
    # Nor the notice's deadline: "amankan akun Anda sebelum diblokir".
    r"(?<!sebelum )(?<!sblm )"
    r"(?<!= )diblokir(?!\s?sementara)",
    r"berantas",
    r"memberantas",
    r"diberantas",
    r"waspada",
    r"hati\s?hati",
    r"(?:jangan|jgn)\s?(?:percaya|tergiur|tergoda|mudah|beli|ikut|main|klik|lewat|transfer"
    r"|ditransfer|install|instal|unduh|download|buka|isi|kasih|kirim)",
    r"phishing|phising",
    r"modus",
    r"scam",
    # Not the pitch's own denial: "investasi bodong? bukan!".
    r"bodong(?!\s?\?\s?(?:bukan|no|tidak)(?![a-z]))",
    # Not a charity's "laporan penyaluran".
    r"lapor(?:kan|an)?(?!\s?(?:penyaluran|keuangan|donasi|kegiatan))",
    r"report",
    r"(?<!bukan )(?<!no )(?<!anti )spam(?:mer)?",
    r"(?:komen|akun)\s?bot",
    # A bank's or an agency's own warning: "Bank tidak pernah minta OTP".
    r"(?:tidak|gak|nggak|ga|gk|tdk|tak)\s?pernah\s?(?:minta|meminta|menghubungi|mengirim|kirim)",
    # A reader asking: "itu asli gak?", "saya belum klik".
    r"(?:itu|ini)\s?asli\s?(?:gak|nggak|ga|gk|tidak|bukan|atau\s?(?:palsu|hoaks|hoax|penipuan))\s?\?",
    r"belum\s?(?:saya\s?|aku\s?)?(?:klik|diklik|buka|dibuka)",
    # Not the seller's own claim: "koperasi resmi OJK", "legal diawasi OJK".
    r"(?:(?<=tidak berizin )|(?<=tidak diawasi )"
    r"|(?<!resmi )(?<!legal )(?<!diawasi )(?<!berizin ))ojk",
    # Not a goal: "syarat tinggi badan polisi", "lolos polisi".
    r"(?<!badan )(?<!lolos )(?<!tes )(?<!daftar )(?<!jadi )(?<!masuk )(?<!calon )polisi",
    r"satgas",
    r"kominfo",
    r"kecanduan",
    r"miris",
    r"tragis",
    r"berbahaya",
    r"bahaya",
    r"merusak",
    r"hancur",
    r"terjerat",
    r"hoaks",
    r"hoax",
    r"(?:jangan|jgn)\s?(?:disebar|disebarkan|sebar|dibuka|diklik)",
    r"ternyata(?!\s?(?:asli|beneran|bener|benar|terbukti|amanah|nyata|resmi))",
    r"(?:di|ter)gadai",
    r"ngeri",
    r"ketipu",
    r"hati2",
    r"bohong",
    r"(?<!masjidil )haram",
    r"palsu",
    r"(?:jangan|jgn)\s?(?:pernah|mau)",
    r"(?:patut\s?)?curiga",
    r"(?:di|ter)tangkap|ketangkep",
    # Not an invitation: "buat yang percaya silakan hubungi beliau".
    r"(?:yg|yang)\s?(?:masih\s?)?percaya"
    r"(?!\s?(?:silakan|silahkan|bisa|boleh|langsung|hubungi|wa|japri|dm|chat|monggo))",
    r"(?:ga|gak|nggak|tidak|tak)\s?(?:ada\s?)?(?:izin|terdaftar)",
    r"pasti\s?(?:kalah|minus|rugi|boncos|bangkrut)",
    r"total\s?(?:rugi|kerugian|kalah)",
    # Regret, not the pitch's "dijamin gak nyesel" or "jangan sampai nyesel".
    r"(?<!sampai )(?<!sampe )(?<!gak )(?<!ga )(?<!tidak )(?<!nggak )(?<!bakal )"
    r"(?:nyesel|menyesal|kapok)",
    r"(?:gak|ga|tidak|nggak|ngga)\s?ada\s?(?:yg|yang)\s?namanya",
    r"(?:stop|berhenti|tobat)\s?(?:main|judi|judol|slot)",
    r"judol",
    r"buntung",
    # Mockery: "pinjol cair 5 menit, utangnya lunas 5 turunan".
    r"(?:utang|hutang|lunas|cicil|nyicil)\w*(?:\s\w+){0,2}\s(?:\d+|tujuh)\s?turunan",
    r"(?:depo|deposit)\s?\d+\s?(?:rb|k|jt)?\s?wd\s?(?:0|nol)",
    # A reader seeing through a scheme: "itu ponzi", "mustahil", "admin kabur".
    r"mustahil|ponzi|skema\s?piramida|money\s?game|bubar|be\s?careful",
    # A borrower's regret: "bunganya mencekik", "utang dobel", "pelajaran mahal".
    # Not a pitch's opening question ("Utang dobel gara-gara pinjol? Tenang, …").
    r"(?:ogah|emoh|(?<!lain )mencekik|pelajaran\s?(?:mahal|berharga)(?=\s?[.!]|\s?$)"
    r"|(?:utang|hutang)(?:nya)?\s?(?:jadi\s?)?(?:dobel|double|numpuk|menumpuk|berlipat)"
    r"|denda\s?(?:telat|keterlambatan))(?!(?:\s\w+){0,3}\s?\?)",
    # "semua itu jebakan. Bandar nggak pernah rugi. Sadar woy!"
    r"(?<!lain itu )(?<!lain )(?:jebakan|menjebak)(?!(?:\s\w+){0,3}\s?\?)"
    r"|(?:bandar|admin|bos)(?:nya)?\s?(?:nggak|gak|ga|tidak|tak|gk)\s?pernah"
    r"\s?(?:rugi|kalah)|sadar\s?(?:woy|woi|dong|lah|bro|gan|wey)",
    r"(?:ga|gak|nggak|tidak|tak)\s?masuk\s?akal|kabur\s?(?:bawa|membawa)",
    r"(?:yang|yg)\s?(?:kaya|untung|cuan|menang)\s?(?:cuma\s?|hanya\s?|ya\s?)?(?:admin|bandar|owner|bos)",
    r"(?:ribuan|ratusan|banyak|jutaan)\s?orang\s?(?:rugi|jadi\s?korban|tertipu)",
    suffix="(?:nya|lah|kah|in)?",
)
# A commenter's name is a person's name or a nickname (Toto, Zeus, Andi88);
# one holding a trade's name or a seller's word is an advertisement.
PROMOTING_NAME = _terms(
    r"(?:slot|gacor|maxwin|togel)[a-z0-9]*",
    r"vid\s?call",
    r"sabung\s?ayam",
    r"pemutih",
    r"nonton\s?(?:film|bola)\s?gratis|lk21",
    r"recovery\s?akun",
    r"scatter",
    r"casino|kasino",
    r"sbobet",
    r"judi\s?(?:online|bola|slot)",
    r"pinjol",
    r"pinjaman\s?(?:online|cepat|dana|tunai)",
    r"obat\s?(?:kuat|pelangsing|pembesar)",
    r"pelangsing",
    r"vimax",
    r"jasa\s?(?:seo|backlink|joki|pembuatan|pinjaman|followers|recovery)",
    r"joki",
    r"jual\s?(?:akun|followers|obat|rekening)",
    r"(?:agen|situs|bandar)\s?(?:slot|togel|judi|bola|pinjol|resmi|gacor|terpercaya)",
    r"backlinks?",
    r"lowongan\s?kerja|loker",
    r"pelet|pesugihan|dukun|santet",
    r"klaim\s?saldo|saldo\s?dana",
    r"gadai\s?bpkb|cepat\s?cair",
    r"investasi\s?(?:bitcoin|crypto|kripto|online|untung)",
    r"(?:followers|subscribers?|likes|views)\s?(?:id|indo|indonesia|murah|real|aktif|termurah)",
    r"recovery\s?(?:specialists?|experts?|team|pros?)|hacker",
    # A shop's keywords for a name: "Sewa Mobil Jogja Murah", "Jual Besi Beton Terpercaya".
    r"(?:sewa|rental|jasa|jual|grosir|distributor|supplier)(?:\s\w+){0,4}\s"
    r"(?:murah|termurah|terpercaya|terbaik|berkualitas|bergaransi)",
)
NAME_POINTS = 3.0
# "Korban Pinjol", "Anti Judi Online": a reader's stand, not an advertisement.
AGAINST = _terms(
    r"anti", r"stop", r"tolak", r"lawan", r"gerakan", r"mantan", r"hentikan", r"berantas"
)
CRITICAL_POINTS = -2.0
CRITICAL_CAP = -4.0
TERM_POINTS = 1.5
TERM_CAP = 4.5
PITCH_POINTS = 3.0
PITCH_CAP = 6.0
CALL_POINTS = 1.0
LINK_POINTS = 2.0
CONTACT_POINTS = 2.5
OUTSIDE_PHONE_POINTS = 2.0
# With the link's own point and a call ("liat sendiri", "daftar"), a comment
# with a short link is held; a reader's link to a petition alone is not.
SHORT_LINK_POINTS = 1.0


_BRAND_SHAPED = re.compile(_BRAND_NAME)
# A way to the seller without a link or a number: a name to search for, a
# profile to open, a brand built of the trade's words.
_NAMED_WAY = re.compile(
    f"{_SEARCH_POINTER}|{_PROFILE_POINTER}|{_B}(?:{_TRADE_BRAND}|{_PLAY_AT}){_E}"
)
# The turn from the news to the pitch ("btw yang lagi butuh …", "daripada
# pusing mending …"): followed by a trade's words, what came before it is
# cover, and its warning words are no reader's.
_TURN = _terms(
    r"(?:btw|by\s?the\s?way|oh\s?iya?|ngomong\s?ngomong)\s(?:\w+\s){0,2}?"
    r"(?:yang|yg|bagi|kalau|kalo|buat|untuk)\s?(?:lagi\s?|sedang\s?|masih\s?)?"
    r"(?:butuh|perlu|cari|nyari|mencari|pengen|ingin|mau|suka|hobi)",
    r"daripada\s?(?:pusing|stres|stress|galau|bingung|sedih|emosi|kesel|kesal)"
    r"(?:\s\w+){0,2}?\s?(?:mending|mendingan|lebih\s?baik)",
    r"kebetulan\s?(?:sekarang\s?)?(?:saya|aku|kami|toko\s?kami)\s?(?:ada\s?|lagi\s?|juga\s?)?"
    r"(?:jual|jualan|buka|distributor|agen|reseller|sampingan|menyediakan|nyediain)",
    r"sekalian\s?(?:promo|promosi|nawarin|jualan|numpang)",
    # From the victims in the news to a lender or a site of the seller's:
    # "makanya pinjam yang resmi aja kayak Dana Kilat".
    r"(?:makanya|mending|mendingan|lebih\s?baik)\s?(?:pinjam|pinjem|main|invest|beli|daftar|gabung)"
    r"\s?(?:di\s?)?(?:yang|yg)\s?(?:resmi|legal|aman|terpercaya|amanah)\s?(?:aja\s?|saja\s?)?"
    r"(?:kayak|kaya|seperti|spt|di|ke|yaitu)"
    # A lender of the seller's, not a reader's "seperti bank".
    r"(?!\s?(?:bank|pegadaian|koperasi|bpr|kur|ojk)(?![a-z]))",
    r"sekalian\s?info\s?,?\s?(?:kami\s?|saya\s?|aku\s?)?(?:jual|jualan|menjual|buka|terima|ready|open)",
    r"(?:nitip|titip)\s?(?:ya\s?|yah\s?)?(?:min|admin|gan)",
    # From a warning to the "check": "untuk cek apakah rekening kamu aman, silakan …".
    r"(?:untuk|buat)\s?(?:cek|mengecek|memastikan)\s?(?:apakah\s?)?(?:rekening|akun|saldo|data)"
    r"\s?(?:kamu|anda|bapak|ibu|kalian)?\s?(?:masih\s?)?aman",
    # A testimonial's hero: "akhirnya di bantu sama hacker @…", "tapi uangku
    # kembali berkat bantuan … Hacker Mr. Dimas".
    r"akhirnya\s?(?:di\s?)?bantu\s?(?:sama|oleh)",
    r"(?:tapi|tp|namun|alhamdulillah)\s?(?:uang|dana|saldo)(?:ku|nya|\s?saya)?\s?(?:bisa\s?)?"
    r"(?:kembali|balik)(?:\s\w+){0,2}?\s?(?:berkat|dibantu|lewat)",
    # "untung gak percaya. Tapi kalo yang ini beneran resmi kok".
    r"(?:tapi|tp|namun)\s?(?:kalau|kalo|yang|yg)\s?(?:yang\s?|yg\s?)?(?:ini|satu\s?ini)\s?"
    r"(?:beneran|benar|bener|asli|resmi|terbukti)",
    # "kalau rekening kalian nganggur mending disewakan aja ke saya".
    r"(?:mending|mendingan|lebih\s?baik)\s?(?:di)?(?:sewakan|sewain|jual|jualin)\s?"
    r"(?:aja\s?|saja\s?)?(?:ke|sama|pada|kepada)\s?(?:saya|aku|kami|kita)",
    # From the crackdown in the news to the site sold as escaping it ("…
    # diberantas, tapi tenang, masih ada situs yg aman"; not a reader's "masih
    # ada ribuan situs slot yang belum").
    r"(?:tapi|tp|tpi)\s?(?:tenang|santai)\s?(?:aja|saja)?\s?,?\s?(?:masih\s?|tetap\s?)?ada"
    r"\s?(?:situs|link|tempat|web)\s?(?:yang\s?|yg\s?)?(?:aman|gacor|resmi|terpercaya|anti)",
)
# An aside ("btw", "kebetulan", "eh iya"): followed by a way to reach a
# seller, it turns to a pitch too.
_ASIDE = _terms(r"btw|by\s?the\s?way|ngomong\s?ngomong|(?:eh|oh)\s?iya?|kebetulan|sekalian")
# A testimonial handing the reader on to its hero's number ("yang senasib bisa
# hubungi mereka 0813…", "ini nomornya bagi yang butuh: 0821…"): after a
# trade's words, a pitch too. Outside a trade it is a helpline's or a
# shelter's ("bagi yang butuh bantuan hubungi posko 0812…").
_REFERRAL = _terms(
    r"(?:bagi\s?|buat\s?|untuk\s?)?(?:yang|yg)\s?(?:senasib|bernasib\s?sama|butuh|membutuhkan|perlu"
    r"|punya\s?masalah(?:\s?(?:yang\s?|yg\s?)?sama)?|mengalami\s?hal\s?(?:yang\s?|yg\s?)?sama)"
    r"\s?(?:bisa\s?|silakan\s?|silahkan\s?|boleh\s?|langsung\s?)?(?:hubungi|kontak|wa|chat|japri"
    r"|telepon|telpon)\s?(?:mereka|beliau|dia|saya|aku|kami)?",
    r"(?:kalau|kalo|jika|bila)?\s?(?:ada\s?)?(?:yang|yg)\s?mau\s?(?:tanya|info|daftar|gabung)"
    r"(?:\s?tanya|\s?2)?\s?(?:bisa\s?|boleh\s?|silakan\s?|langsung\s?)?(?:hubungi|wa|chat|kontak|japri)"
    r"\s?(?:\w+\s?){0,2}?(?:di|ke)?",
    r"(?:ini\s?)?(?:nomornya|nomor\s?(?:beliau|mereka|wa\s?nya))\s?(?:bagi|buat|untuk)\s?(?:yang|yg)"
    r"\s?(?:butuh|perlu|senasib|mau|membutuhkan)",
)
_OFFICIAL_WORDS = _terms(r"resmi|official|pemerintah|kementerian|lbh|ylki|komnas")
_NUMBER_NEXT = re.compile(r"[\s:,.\-]{0,4}(?:\+?62|0)\s?8\d")
# What a seller says with a number: a reader's number after an aside is a
# shelter's or a helpline's ("btw posko di balai desa, hubungi 0812…").
_SELLING = _terms(
    r"jual|jualan|dijual|promo|diskon|order|harga|reseller|beli|murah|ongkir|ready|cod",
    r"\d+\s?(?:rb|ribu|k|jt|juta)|rp\s?\d+",
)
# A business speaking of itself ("kami menyediakan", "dealer kami") is a
# pitch only with a trader's words: volunteers and public services speak so
# too ("kami menyediakan dapur umum", "puskesmas melayani pemasangan KB").
_BUSINESS_SELF = _terms(
    r"kami\s?(?:menyediakan|melayani|menerima\s?(?:pesanan|order|pemesanan)|menjual)",
    r"salam\s?kenal\s?dari\s?kami(?!\s?(?:warga|keluarga|para|ibu|bapak|petani|nelayan|guru"
    r"|mahasiswa|siswa|rt|rw|komunitas|relawan))",
    r"(?:dealer|showroom|bengkel|workshop|outlet|gerai|butik)\s?kami",
    r"(?:untuk|buat)\s?kebutuhan(?:\s\w+){1,4}\s?,?\s?kami\s?siap",
    r"melayani\s?(?:jasa\s?)?(?:bangun|renovasi|perbaikan|pemasangan|pengiriman|service"
    r"|servis|pesanan|pemesanan|sewa|rental)",
)
_COMMERCE = _terms(
    r"harga|murah|termurah|dp|cicilan|kredit|bergaransi|garansi|terpercaya|order|pesan(?:an)?"
    r"|promo|diskon|sewa|rental|lepas\s?kunci|ongkir|cod|terjangkau|bersahabat|berkualitas"
    r"|jual|dijual|properti",
    r"rp\s?\d+|\d+\s?(?:rb|ribu|jt|juta)",
)
# What a number is offered with when it sells: goods, a service, an income.
# A shelter's or a union's number ("yang senasib bisa hubungi serikat buruh
# di 0813 …") comes with none of them.
GAIN = re.compile(
    _SELLING.pattern
    + "|"
    + _terms(
        r"bisnis|penghasilan|income|cuan|profit|modal|jasa|garansi|bergaransi",
        r"(?:hutang|utang)\s?(?:\w+\s?)?lunas",
    ).pattern
)
# Also the slang of a striker's, a gamer's or a songbird's good form.
_SLANG = frozenset({"gacor", "maxwin", "jackpot", "jp", "rungkad"})
# A fan's talk of a match, a game or a songbird contest: there, that slang is praise.
_FANS_TALK = _terms(
    r"gol|laga|hat\s?trick|assist|striker|timnas|kiper|penalti|pelatih|skuad|klasemen|liga",
    r"tendangan|umpan|gelandang|winger|pertandingan|turnamen|savage|mvp|kicau|burung",
)
FANS_POINTS = -2.0
_APP_FILE = re.compile(rf"(?:{_APP_LINK})(?![a-z0-9])")
# Trades whose pitches no reader writes, whatever else a comment says.
_ADVERT_ALONE = frozenset({"prostitusi", "narkoba"})


@dataclass(frozen=True)
class Signals:
    points: float
    reasons: list[str]
    # A reader's warning (``CRITICAL``): it may quote a pitch word for word,
    # or the scammer's number, so it is never binned unseen.
    critical: bool = False
    # A sign no reader's comment carries: advertising declared as such (the
    # "iklan" trade), an app file to install (undangan.apk), a link that
    # impersonates a bank or an agency.
    blatant: bool = False
    # Something of a known trade (its words, its pitches, an impersonating
    # link): outside them, a number and a call may be a reader's own
    # ("hubungi keluarga di 0813 …"), and hold a comment at most.
    in_trade: bool = False
    # A known trade's pitch, two of its words, or its words with a way to act
    # on them (a call, a link, a number): one word of each of two trades
    # ("cuan", "withdraw") may be a reader's, and holds a comment at most.
    acts: bool = False
    # A known trade's words with a link, a number, a name to search for or a
    # profile to open.
    reachable: bool = False
    # A phrase only a trade's promotion uses (``Trade.pitches``).
    pitch: bool = False
    # A short link (bit.ly/…), which hides where it goes.
    hidden: bool = False
    # A fan's talk ("gacor banget Marselino, maxwin performa"): the slang is praise.
    fans: bool = False


def signals(normalized: str, *, links: int, contact: bool, phone: bool) -> Signals:
    """Points and reasons for what ``normalized`` carries of a known spam trade.

    ``contact``: a phone number or a chat app named; ``phone``: a number.
    """
    impersonating = _impersonating_links(normalized)
    points = impersonating.points
    reasons = list(impersonating.reasons)
    in_trade = pitched = worded = fans = False
    # Trades whose pitch the comment makes (not a shop's everyday offer, "promo
    # beli 2 gratis 1", which readers pass on).
    pitch_trades: set[str] = set()
    all_terms: set[str] = set()
    # Where the last of a trade's words ends.
    trade_end = -1
    blatant = bool(_APP_FILE.search(normalized) or impersonating.points)
    for trade in TRADES:
        # Not what names an official site ("mampir ke bmkg.go.id").
        term_matches, pitch_matches = (
            [m for m in words.finditer(normalized) if not is_official(m.group())]
            for words in (trade.terms, trade.pitches)
        )
        terms = {m.group().replace(" ", "") for m in term_matches}
        pitches = {m.group() for m in pitch_matches}
        trade_end = max([trade_end, *(m.end() for m in term_matches + pitch_matches)])
        if terms:
            points += min(TERM_CAP, TERM_POINTS * len(terms))
            reasons.append(f"{trade.name}: {', '.join(sorted(terms)[:3])}")
        if pitches:
            points += min(PITCH_CAP, PITCH_POINTS * len(pitches))
            reasons.append(f"{trade.name}: {', '.join(sorted(pitches)[:3])}")
        in_trade = in_trade or bool(terms or pitches)
        all_terms |= terms | pitches
        # Two words of one trade ("withdraw", "naga88") say more than a reader's
        # one; not the two that are also slang for good form ("gacor", "maxwin").
        if pitches and trade.name != "dagang":
            pitch_trades.add(trade.name)
        pitched = pitched or bool(pitches) or len(terms - _SLANG) >= 2
        # More than a name shaped like a gambling brand's (andi88 is also a nickname).
        worded = worded or bool(pitches) or any(not _BRAND_SHAPED.fullmatch(t) for t in terms)
        blatant = blatant or (trade.name == "iklan" and bool(terms or pitches))
    business = sorted({m.group() for m in _BUSINESS_SELF.finditer(normalized)})
    if business and _COMMERCE.search(normalized):
        points += PITCH_POINTS
        reasons.append(f"dagang: {', '.join(business[:2])}")
        in_trade = pitched = worded = True
    calls = {m.group() for m in CALLS.finditer(normalized)}
    short = sorted({m.group().rstrip("/ ") for m in _SHORT_LINK.finditer(normalized)})
    if short:
        points += SHORT_LINK_POINTS
        reasons.append(f"tautan pendek: {', '.join(short[:2])}")
    # A link, a phone number, a call to act count when the text is in a trade.
    if in_trade:
        if calls:
            points += CALL_POINTS * min(3, len(calls))
            reasons.append(f"ajakan: {', '.join(sorted(calls)[:3])}")
        if links:
            points += LINK_POINTS * min(2, links)
            reasons.append("tautan")
        if contact:
            points += CONTACT_POINTS
            reasons.append("nomor kontak")
    else:
        # Outside the known trades, a way to reach the seller still counts.
        if links:
            points += 1.0 * min(3, links)
            reasons.append("tautan")
        if phone:
            points += OUTSIDE_PHONE_POINTS
            reasons.append("nomor kontak")
        if calls and (links or phone):
            points += CALL_POINTS * min(2, len(calls))
            reasons.append(f"ajakan: {', '.join(sorted(calls)[:3])}")
    way = bool(links or contact)
    turn, cover = _turn(normalized, trade_end, links=bool(links), contact=contact)
    if turn:
        points += PITCH_POINTS
        reasons.append(f"beralih ke promosi: {turn.group()}")
    critical = {m.group() for m in CRITICAL.finditer(normalized, cover)}
    if critical and not links and not phone:
        points += max(CRITICAL_CAP, CRITICAL_POINTS * len(critical))
        reasons.append(f"nada kritis: {', '.join(sorted(critical)[:3])}")
    if (
        all_terms
        and all_terms <= _SLANG
        and not (links or contact)
        and _FANS_TALK.search(normalized)
    ):
        # "Haaland mode maxwin, hattrick dalam 20 menit": praise, not a pitch.
        points += FANS_POINTS - TERM_POINTS * len(all_terms)
        reasons.append("bahasa penggemar")
        fans = True
    in_trade = in_trade or bool(impersonating.points)
    reachable = bool(turn) or (
        (worded or bool(impersonating.points)) and bool(way or _NAMED_WAY.search(normalized))
    )
    acts = pitched or blatant or reachable or (in_trade and bool(calls))
    # A pitch that is an advert by itself ("open BO Surabaya aman"), or any
    # trade's pitch with a call or a way to act on it: no reader's words.
    pitch = bool(pitch_trades & _ADVERT_ALONE) or (bool(pitch_trades) and bool(calls or way))
    return Signals(
        points,
        reasons,
        critical=bool(critical),
        blatant=blatant,
        in_trade=in_trade,
        acts=acts,
        reachable=reachable,
        pitch=pitch,
        hidden=bool(short),
        fans=fans,
    )


def _turn(
    normalized: str, trade_end: int, *, links: bool, contact: bool
) -> tuple[re.Match | None, int]:
    """Where the comment turns from the news to a pitch, and where its cover text ends.

    A turn (``_TURN``) followed by a trade's words or a way to reach the
    seller: the words before it are cover. An aside (``_ASIDE``) followed
    by a way to reach the seller: a pitch too, but the words before it may
    be a reader's warning ("waspada … btw nomor penipunya 0812…"). A way
    is a link, a handle or a shop to look for, or a number with a seller's
    word after the turn.
    """

    def way_after(start: int) -> bool:
        return bool(
            links
            or _NAMED_WAY.search(normalized, start)
            or (contact and _SELLING.search(normalized, start))
        )

    turn = _TURN.search(normalized)
    if turn and (trade_end > turn.end() or way_after(turn.end())):
        return turn, turn.start()
    referral = _REFERRAL.search(normalized)
    if (
        referral
        and 0 <= trade_end
        and _NUMBER_NEXT.match(normalized, referral.end())
        # Not a reader passing on a helpline: "… WA 0811…, itu kontak resmi OJK".
        and not CRITICAL.search(normalized, referral.start())
        and not _OFFICIAL_WORDS.search(normalized, referral.start())
    ):
        return referral, referral.start()
    aside = _ASIDE.search(normalized)
    if aside and way_after(aside.end()):
        return aside, 0
    return None, 0


# Government, school and army sites (only the state registers under
# go.id, ac.id, sch.id, mil.id, desa.id) and the state's complaint sites:
# a link there sends a reader to report or check, never to a seller.
_OFFICIAL = re.compile(
    # or.id, like go.id, is registered only with an organisation's deed.
    r"(?:^|\.)(?:(?:go|ac|sch|mil|desa|or)\.id|aduankonten\.id|aduannomor\.id|patrolisiber\.id"
    r"|turnbackhoax\.id"
    # Relief bodies' own sites, as their accounts (features.ACCOUNT).
    r"|dompetdhuafa\.org|rumahzakat\.org|lazismu\.org|nucare\.id)$"
)


def is_official(link: str) -> bool:
    """Whether ``link`` (as ``features.link_targets`` finds it) is on an official site."""
    host = re.sub(r"^(?:https?|hxxps?)://", "", link).split("/")[0].split(":")[0].rstrip(".,;!?)")
    return bool(_OFFICIAL.search(host))


# The cheap domains spam and phishing sites move to, which no bank, agency
# or newspaper uses.
CHEAP_DOMAINS = r"(?:lol|bet|win|vip|top|xyz|site|online|icu|cfd|sbs|click|buzz|fun|live|pro|club)"
# A website on those domains, named for a brand (naga88.lol).
_BRAND_SITE = re.compile(rf"(?<![a-z0-9]){_BRAND_NAME}\.{CHEAP_DOMAINS}(?![a-z0-9])")
# A link on those domains naming a bank, an agency, a courier or a wallet
# (bri-layanan.online, kurir-id.top, read "kurir id.top"): the page
# impersonates them.
# On other domains, the name joined by a hyphen to a lure (bri-tarif.com,
# gopay-promo.com, read "bri tarif.com"): none of them uses such an address.
_BRAND_WORDS = (
    r"(?:bri|bca|bni|mandiri|btn|bsi|bpjs|kemensos|bansos|pln|pajak|djp|ojk"
    r"|polri|kemenkes|prakerja|jne|jnt|sicepat|anteraja|kurir|paket|ovo|gopay|shopee"
    r"|tokopedia|lazada|telkomsel|indihome|pertamina|dana|linkaja|samsat|dukcapil|kemenkeu"
    r"|etle|korlantas|komdigi|kominfo|kemenag|kemkes|bumn|satgas|bpom|bkn|kemnaker|bapenda"
    r"|tsel|indosat|im3|xl|axis|smartfren|byu|meta|instagram|facebook|whatsapp|livin|brimo)"
)
_BRANDS = _B + _BRAND_WORDS
# An address's dot, never a sentence's full stop before a space.
_TIGHT_DOT = r"(?:\.(?! )|\s?[(\[{](?:dot|titik|\.)[)\]}]\s?| dot | titik )"
# Names only the state's sites carry (its own are on go.id).
_AGENCIES = (
    r"(?:kemensos|bansos|prakerja|dukcapil|kemenkes|kemkes|kemenag|kemnaker|kemenkeu|korlantas"
    r"|komdigi|kominfo|bapenda|pkh|blt|bsu|bpum)"
)
# The common domains, and the cheap ones; a domain ends at a space, a comma,
# or a full stop that ends the sentence.
_ANY_DOMAIN = (
    rf"(?:com|net|org|info|biz|co|cc|me|tv|id|app|web|page|dev|shop|store|link|help|support|cloud"
    rf"|space|website|tech|digital"
    rf"|{CHEAP_DOMAINS})"
)
_DOMAIN_END = r"(?![a-z0-9]|\.[a-z0-9])"
_LURES = (
    r"(?:promo|tarif|subsidi|konfirmasi|verifikasi|hadiah|undian|bonus|cashback|layanan|login"
    r"|update|klaim|poin|reward|kaget|resmi|tagihan|denda|bayar|cek|diskon|tilang|bantuan"
    r"|secure|premium|cs|rekrutmen|gratis|hapus|sehat|daftar|pendaftaran|formulir|form"
    r"|support|help|helpdesk|appeal|center|care|recovery|prioritas|upgrade|resi|alamat|lacak"
    r"|tracking|umkm)"
)
_IMPERSONATING = re.compile(
    rf"{_BRANDS}(?:[ .-][a-z0-9]+){{0,2}}{DOMAIN_DOT}{CHEAP_DOMAINS}{_DOMAIN_END}"
    rf"|{_BRANDS}(?: ?- ?| ){_LURES}[a-z0-9-]*(?:[ -][a-z0-9]+){{0,2}}(?:{DOMAIN_DOT}[a-z0-9-]+)?"
    rf"{DOMAIN_DOT}{_ANY_DOMAIN}{_DOMAIN_END}"
    # The lure first: rekrutmen-bumn-online.com, umroh-subsidi-kemenag.com.
    rf"|(?<![a-z0-9])(?:[a-z0-9]+[ -])?{_LURES}[a-z]*[ -]{_BRANDS}(?:[ -][a-z0-9]+)?"
    rf"{DOMAIN_DOT}{_ANY_DOMAIN}{_DOMAIN_END}"
    # Glued: rekrutmenbumn-2026.site.
    rf"|(?<![a-z0-9]){_LURES}{_BRAND_WORDS}(?:[ -][a-z0-9]+)?"
    rf"{DOMAIN_DOT}{_ANY_DOMAIN}{_DOMAIN_END}"
    # An address that reads as .com but is not: secure-banknusa.com-verify.id.
    rf"|(?<![a-z0-9])[a-z0-9-]+{DOMAIN_DOT}com[ -](?:{_LURES}|verify|account|id)[a-z0-9-]*"
    rf"{DOMAIN_DOT}{_ANY_DOMAIN}{_DOMAIN_END}"
    # A help desk's account that is not its own: @bni.care.center49.
    rf"|(?<![a-z0-9])@{_BRAND_WORDS}[._]{_LURES}(?:[._]?(?:{_LURES}|[0-9]++))+(?![a-z0-9])"
    # A short link named for one: s.id/djp-tagihan.
    rf"|(?<![a-z0-9])(?:s\.id|bit\.ly|t\.me|tinyurl\.com|cutt\.ly)/{_BRANDS}[ -]?{_LURES}"
    # go.id in the middle of an address: karierkemenkeu-go.id.web.app.
    rf"|(?<![a-z0-9])[a-z0-9-]+[ -]go{DOMAIN_DOT}id{DOMAIN_DOT}[a-z0-9-]+"
    # A ministry's or an aid programme's name outside go.id: bansos-kemensos2026.com
    # (a dot with no space after it: "Cek status bansos. Info …" ends a sentence).
    rf"|(?<![a-z0-9]){_AGENCIES}[a-z0-9]*(?:[ -][a-z0-9]+){{0,2}}"
    rf"{_TIGHT_DOT}{_ANY_DOMAIN}{_DOMAIN_END}"
)


# A short link hides where it goes: a reader links the page itself.
_SHORTENERS = (
    "bit ly", "bitly com", "s id", "tinyurl com", "cutt ly", "shorturl at", "rebrand ly",
    "is gd", "rb gy", "t ly", "ow ly", "tiny cc", "heylink me",
)  # fmt: skip
_SHORT_LINK_HOSTS = "|".join(name.replace(" ", r"\.") for name in _SHORTENERS)
_SHORT_LINK = re.compile(
    r"(?<![a-z0-9.])(?:"
    + "|".join(name.replace(" ", DOMAIN_DOT) for name in _SHORTENERS)
    + r")\s?/\s?[a-z0-9][a-z0-9_-]*"
)


# The agencies among ``CRITICAL``'s words.
_AGENCY_NAMED = re.compile(r"(?:kominfo|komdigi|ojk|satgas|polisi)(?:nya|lah|kah|in)?")


def _impersonating_links(normalized: str) -> Signals:
    """Points for links that impersonate a bank, an agency or a courier.

    None for a reader warning of such a link ("itu palsu, jangan klik"):
    it names the link to keep others away from it.
    """
    found = sorted(
        {
            m.group()
            for m in _IMPERSONATING.finditer(normalized)
            if not is_official(m.group().replace(" ", "-"))
        }
    )
    # The agency the link names is the scam's sender, not a reader's appeal
    # ("subsidi kuota dari Kominfo, klaim di kominfo-kuota[.]com").
    warned = any(
        not _AGENCY_NAMED.fullmatch(m.group().replace(" ", ""))
        for m in CRITICAL.finditer(normalized)
    )
    if not found or warned:
        return Signals(0.0, [])
    return Signals(PITCH_POINTS, [f"phishing: tautan tiruan {', '.join(found[:2])}"])


# A website no reader has of their own: a short link or a chat link hides
# where it goes; a domain named like a gambling brand (mawarmerah88.com,
# pohonmangga4d.net: not a nickname's blog, andi88.blogspot.com).
_AD_HOST = re.compile(
    rf"^(?:w{{1,3}}\.)?(?:{_SHORT_LINK_HOSTS}|t\.me|wa\.me)$"
    r"|(?:^|\.)(?:[a-z]{6,}(?:88|77|99|303|777|138|168|4d|hoki|jp)"
    rf"|{_TRADE_BRAND})\.[a-z]{{2,24}}(?:\.[a-z]{{2}})?$"
)
# A domain named for a shop's keywords (sewamobiljogja.co.id,
# laundrykiloan-tangerang.com): a small business's own site, an
# advertisement only under praise that says nothing of the news.
_SHOP_HOST = re.compile(
    r"(?:^|[.-])(?:sewa|rental|jasa(?!raharja|marga|tirta)|jual|kontraktor|laundry"
    r"|grosir|distributor|supplier|bengkel|murah|sedot|harga|renovasi|besi|beton|konveksi"
    r"|sablon|percetakan|katering|catering|servis|service|obat|herbal|klinik|skincare|tiket"
    r"|promo|properti|dijual)[a-z0-9-]*\.[a-z]"
)
# Praise that fits any page, the cover of a link in the website field: a few
# words of thanks and nothing of the news ("Nice info gan, sangat membantu
# sekali"; not "artikel tentang BPJS ini sangat membantu pasien kami").
_PRAISE_WORDS = frozenset(
    """terima kasih terimakasih makasih mksh thanks thank you nice great good awesome article
    post info infonya informasi informasinya artikel artikelnya berita beritanya tulisan
    tulisannya sangat sangatlah bermanfaat membantu informatif menginspirasi inspiratif menarik
    bagus keren mantap mantab mantul lengkap jelas mudah dipahami sekali banget bgt gan sis kak
    min admin redaksi atas yang dan ini itu nya sudah telah udah berbagi sharing for the this
    ditunggu selanjutnya berikutnya update updatenya lagi sukses selalu terus salam kenal dari
    kami saya sy aku wah wow semoga bagi semua pembaca kita ya yah deh nih sih dong jadi tahu
    tau paham lebih baik very much so really""".split()
)


def _praise_only(text: str) -> bool:
    """Whether ``text`` (normalised) is a few words of praise that fit any page."""
    words = re.findall(r"[a-z0-9]+", text)
    return 0 < len(words) <= 25 and all(word in _PRAISE_WORDS for word in words)


def website_signals(normalized_url: str, body: str = "") -> Signals:
    """Points for a commenter's website that advertises: a trade in its address, or a brand's.

    The address's words are read apart where they are glued (situsslotgacor.com).
    A shop's site counts when its ``body`` (normalised) is praise for any page.
    """
    address = address_words(normalized_url)
    if AGAINST.search(address) or CRITICAL.search(address):
        # A petition's address: change.org/p/hentikan-judi-online.
        return Signals(0.0, [])
    found = sorted({m.group() for m in PROMOTING_NAME.finditer(address)})
    found += [m.group() for m in _BRAND_SITE.finditer(normalized_url)]
    host = re.sub(r"^[a-z]+://", "", normalized_url.strip()).replace(" ", "-").split("/")[0]
    shop = _SHOP_HOST.search(host) and _praise_only(body)
    if not found and (_AD_HOST.search(host) or shop):
        found = [host]
    if not found:
        return Signals(0.0, [])
    return Signals(NAME_POINTS, [f"situs berisi promosi: {', '.join(found[:3])}"])


# A name that is a shop's keywords: "Sedot WC Jakarta", "Harga Besi Beton"
# (not a shop's own name: "Toko Kue Bu Ani" may speak of the news).
_SHOP_NAME = re.compile(
    r"(?:jasa(?!\s?(?:marga|raharja|tirta))|sedot\s?wc|harga(?!\s?mati)|sewa|rental|distributor"
    r"|supplier|kontraktor|grosir|jual|agen\s?properti)"
    r"(?:\s[a-z0-9]+){1,5}"
)


def name_signals(normalized_name: str) -> Signals:
    """Points for a commenter's name that advertises (``PROMOTING_NAME``, a shop's keywords)."""
    found = sorted({m.group() for m in PROMOTING_NAME.finditer(normalized_name)})
    if not found and _SHOP_NAME.fullmatch(normalized_name.strip()):
        found = [normalized_name.strip()]
    if not found or CRITICAL.search(normalized_name) or AGAINST.search(normalized_name):
        return Signals(0.0, [])
    return Signals(NAME_POINTS, [f"nama berisi promosi: {', '.join(found[:3])}"])
