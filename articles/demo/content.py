"""Demo newsroom content: categories, sources, bylines and articles.

Dates are local (Asia/Jakarta). Bodies are plain paragraphs; the loader
wraps them in <p> elements.
"""

CATEGORIES = [
    ("Internasional", "internasional", "Berita dari berbagai penjuru dunia."),
    ("Nasional", "nasional", "Peristiwa dan kebijakan di tanah air."),
    ("Ekonomi", "ekonomi", "Bisnis, keuangan, dan pasar."),
    ("Teknologi", "teknologi", "Perkembangan teknologi dan dunia digital."),
    ("Olahraga", "olahraga", "Kabar dari lapangan dan arena."),
]

SOURCES = [
    ("Medcom.id", "medcom-id", "https://www.medcom.id"),
    ("Anadolu Agency", "anadolu-agency", "https://www.aa.com.tr"),
    ("Redaksi Kabar", "redaksi-kabar", ""),
]

# username, first name, last name, initials
BYLINES = [
    ("wil", "Wildan", "Hakim", "WIL"),
    ("rul", "Nurul", "Aini", "RUL"),
    ("dhi", "Andhika", "Pratama", "DHI"),
]

SEED = {
    "key": "seed",
    "title": "NATO: Rusia Serang Kota-Kota Ukraina karena Kalah di Medan Perang",
    "slug": "nato-rusia-serang-kota-kota-ukraina-karena-kalah-di-medan-perang",
    "lead": (
        "Sekjen NATO Jens Stoltenberg menilai rentetan serangan Rusia ke kota-kota Ukraina "
        "merupakan tanda kelemahan karena Moskow kalah di medan perang."
    ),
    "dateline": "Brussels",
    "published_at": (2022, 10, 11, 14, 5),
    "category": "internasional",
    "tags": ["NATO", "Rusia", "Ukraina"],
    "source": "medcom-id",
    "original_url": "https://www.medcom.id/internasional/eropa/nato-rusia-serang-kota-kota-ukraina",
    "byline": "wil",
    "related": ["baca"],
}

ARTICLES = [
    {
        "key": "baca",
        "title": "Enggak Pake Lama, Ukraina Langsung Daftar NATO Usai 4 Wilayahnya Dianeksasi Rusia",
        "slug": "enggak-pake-lama-ukraina-langsung-daftar-nato-usai-4-wilayahnya-dianeksasi-rusia",
        "lead": (
            "Ukraina mengajukan permohonan percepatan keanggotaan NATO beberapa jam setelah "
            "Rusia mengumumkan aneksasi empat wilayahnya."
        ),
        "dateline": "Kiev",
        "published_at": (2022, 9, 30, 21, 40),
        "category": "internasional",
        "tags": ["NATO", "Ukraina", "Rusia"],
        "source": "medcom-id",
        "byline": "wil",
        "body": [
            "Presiden Ukraina Volodymyr Zelensky mengumumkan bahwa negaranya mengajukan "
            "permohonan keanggotaan NATO melalui jalur percepatan.",
            "Langkah itu diambil tak lama setelah Moskow menggelar upacara aneksasi empat "
            "wilayah Ukraina, yakni Donetsk, Luhansk, Zaporizhzhia, dan Kherson.",
            "Negara-negara Barat menyatakan tidak akan mengakui aneksasi tersebut dan "
            "menyebutnya melanggar hukum internasional.",
        ],
    },
    {
        "key": "pipa",
        "title": "Eropa Perketat Pengamanan Infrastruktur Energi Bawah Laut",
        "lead": "Sejumlah negara Eropa menambah patroli di sekitar jaringan pipa dan kabel bawah laut.",
        "dateline": "Oslo",
        "published_at": (2022, 10, 12, 9, 30),
        "category": "internasional",
        "tags": ["NATO", "Energi"],
        "source": "anadolu-agency",
        "byline": "wil",
        "body": [
            "Pemerintah di kawasan Laut Utara menambah patroli laut dan udara di sekitar "
            "instalasi energi setelah kebocoran pipa gas Nord Stream.",
            "Operator jaringan diminta melaporkan setiap aktivitas kapal yang mencurigakan.",
            "Para analis menilai pengamanan infrastruktur bawah laut akan menjadi agenda "
            "utama pertemuan aliansi dalam beberapa bulan ke depan.",
        ],
    },
    {
        "key": "pbb",
        "title": "Majelis Umum PBB Gelar Sidang Darurat Bahas Aneksasi",
        "lead": "Negara anggota PBB akan memungut suara atas resolusi yang menolak aneksasi.",
        "dateline": "New York",
        "published_at": (2022, 10, 10, 20, 15),
        "category": "internasional",
        "tags": ["Ukraina", "PBB"],
        "source": "anadolu-agency",
        "byline": "rul",
        "body": [
            "Majelis Umum Perserikatan Bangsa-Bangsa menggelar sidang darurat untuk membahas "
            "aneksasi wilayah Ukraina.",
            "Rancangan resolusi meminta semua negara untuk tidak mengakui perubahan status "
            "wilayah tersebut.",
        ],
    },
    {
        "key": "banjir",
        "title": "Banjir Rendam Ratusan Rumah di Pesisir Utara Jawa",
        "lead": "Hujan deras sejak malam membuat sungai meluap dan merendam permukiman warga.",
        "dateline": "Semarang",
        "published_at": (2022, 10, 9, 7, 45),
        "category": "nasional",
        "tags": ["Cuaca", "Bencana"],
        "source": "redaksi-kabar",
        "byline": "rul",
        "body": [
            "Ratusan rumah di kawasan pesisir terendam banjir setinggi 30 hingga 70 sentimeter "
            "setelah hujan deras mengguyur sejak malam.",
            "Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak ke posko pengungsian.",
            "Badan penanggulangan bencana setempat mengimbau warga tetap waspada karena hujan "
            "diperkirakan masih turun dalam beberapa hari ke depan.",
        ],
    },
    {
        "key": "sekolah",
        "title": "Pemerintah Perluas Program Makan Siang di Sekolah Dasar",
        "lead": "Program akan menjangkau lebih banyak sekolah di daerah tertinggal mulai tahun depan.",
        "dateline": "Jakarta",
        "published_at": (2022, 10, 8, 10, 0),
        "category": "nasional",
        "tags": ["Pendidikan"],
        "source": "redaksi-kabar",
        "byline": "dhi",
        "body": [
            "Pemerintah berencana memperluas program makan siang bergizi di sekolah dasar.",
            "Perluasan diprioritaskan untuk sekolah di daerah tertinggal, terdepan, dan terluar.",
            "Pengelola sekolah diminta menyiapkan data siswa dan sarana dapur sebelum program "
            "dimulai.",
        ],
    },
    {
        "key": "mudik",
        "title": "Jalur Kereta Selatan Jawa Kembali Normal Setelah Perbaikan Rel",
        "lead": "Perjalanan kereta jarak jauh kembali sesuai jadwal setelah perbaikan tiga hari.",
        "dateline": "Yogyakarta",
        "published_at": (2022, 10, 7, 16, 20),
        "category": "nasional",
        "tags": ["Transportasi"],
        "source": "redaksi-kabar",
        "byline": "dhi",
        "body": [
            "Operator kereta menyatakan jalur selatan Jawa kembali dapat dilalui dengan "
            "kecepatan normal.",
            "Penumpang yang terdampak keterlambatan dapat mengajukan pengembalian dana di "
            "stasiun keberangkatan.",
        ],
    },
    {
        "key": "inflasi",
        "title": "Inflasi Oktober Diperkirakan Melandai",
        "lead": "Harga pangan yang mulai stabil menahan laju inflasi bulanan.",
        "dateline": "Jakarta",
        "published_at": (2022, 10, 11, 8, 10),
        "category": "ekonomi",
        "tags": ["Inflasi", "Pangan"],
        "source": "medcom-id",
        "byline": "rul",
        "body": [
            "Ekonom memperkirakan inflasi bulan ini melandai seiring stabilnya harga beras "
            "dan cabai di sejumlah pasar.",
            "Meski demikian, harga energi global masih menjadi risiko bagi daya beli masyarakat.",
            "Pemerintah daerah diminta menjaga pasokan pangan menjelang akhir tahun.",
        ],
    },
    {
        "key": "rupiah",
        "title": "Rupiah Bergerak Terbatas di Tengah Penguatan Dolar",
        "lead": "Pelaku pasar menanti data ekonomi Amerika Serikat pekan ini.",
        "dateline": "Jakarta",
        "published_at": (2022, 10, 10, 16, 0),
        "category": "ekonomi",
        "tags": ["Rupiah", "Pasar Keuangan"],
        "source": "medcom-id",
        "byline": "dhi",
        "body": [
            "Nilai tukar rupiah ditutup bergerak terbatas terhadap dolar Amerika Serikat.",
            "Analis menyebut pasar masih menunggu arah kebijakan suku bunga bank sentral "
            "negara maju.",
        ],
    },
    {
        "key": "umkm",
        "title": "UMKM Didorong Masuk Rantai Pasok Industri Besar",
        "lead": "Kemitraan dinilai membuka akses pasar dan pembiayaan bagi usaha kecil.",
        "dateline": "Surabaya",
        "published_at": (2022, 10, 6, 13, 30),
        "category": "ekonomi",
        "tags": ["UMKM"],
        "source": "redaksi-kabar",
        "byline": "wil",
        "body": [
            "Pelaku usaha mikro, kecil, dan menengah didorong untuk bermitra dengan industri "
            "besar sebagai pemasok.",
            "Kemitraan itu diharapkan membuka akses pasar sekaligus pembiayaan yang lebih murah.",
        ],
    },
    {
        "key": "satelit",
        "title": "Satelit Internet Baru Jangkau Desa-Desa di Indonesia Timur",
        "lead": "Ribuan titik layanan publik kini tersambung ke internet cepat.",
        "dateline": "Jayapura",
        "published_at": (2022, 10, 5, 11, 0),
        "category": "teknologi",
        "tags": ["Internet", "Telekomunikasi"],
        "source": "redaksi-kabar",
        "byline": "dhi",
        "body": [
            "Sekolah, puskesmas, dan kantor desa di wilayah timur Indonesia mulai menikmati "
            "layanan internet berbasis satelit.",
            "Pemerintah menargetkan seluruh titik layanan publik tersambung dalam dua tahun.",
        ],
    },
    {
        "key": "data",
        "title": "Aturan Pelindungan Data Pribadi Mulai Berlaku, Ini yang Perlu Diketahui",
        "lead": "Perusahaan diberi masa transisi untuk menyesuaikan cara mereka mengolah data.",
        "dateline": "Jakarta",
        "published_at": (2022, 10, 4, 9, 0),
        "category": "teknologi",
        "tags": ["Privasi", "Internet"],
        "source": "medcom-id",
        "byline": "rul",
        "body": [
            "Undang-undang pelindungan data pribadi mewajibkan pengendali data meminta "
            "persetujuan yang jelas dari pemilik data.",
            "Warga berhak meminta salinan, perbaikan, dan penghapusan data pribadinya.",
            "Pelanggaran dapat dikenai sanksi administratif hingga denda.",
        ],
    },
    {
        "key": "kecerdasan",
        "title": "Kampus Buka Program Studi Kecerdasan Artifisial",
        "lead": "Minat calon mahasiswa terhadap ilmu data dan kecerdasan artifisial terus naik.",
        "dateline": "Bandung",
        "published_at": (2022, 10, 3, 15, 45),
        "category": "teknologi",
        "tags": ["Pendidikan"],
        "source": "redaksi-kabar",
        "byline": "wil",
        "body": [
            "Sejumlah perguruan tinggi membuka program studi kecerdasan artifisial mulai "
            "tahun ajaran depan.",
            "Kurikulum disusun bersama industri agar lulusan siap bekerja.",
        ],
    },
    {
        "key": "bulutangkis",
        "title": "Ganda Putra Indonesia Melaju ke Final Turnamen Eropa",
        "lead": "Pasangan Indonesia menang dua gim langsung di semifinal.",
        "dateline": "Odense",
        "published_at": (2022, 10, 11, 23, 0),
        "category": "olahraga",
        "tags": ["Bulu Tangkis"],
        "source": "anadolu-agency",
        "byline": "dhi",
        "body": [
            "Ganda putra Indonesia memastikan tempat di final setelah menang dua gim langsung.",
            "Di final, mereka akan menghadapi unggulan pertama turnamen.",
        ],
    },
    {
        "key": "liga",
        "title": "Kompetisi Liga Sepak Bola Nasional Dilanjutkan dengan Protokol Baru",
        "lead": "Penonton wajib membeli tiket daring dan kapasitas stadion dibatasi.",
        "dateline": "Jakarta",
        "published_at": (2022, 10, 2, 19, 0),
        "category": "olahraga",
        "tags": ["Sepak Bola"],
        "source": "redaksi-kabar",
        "byline": "rul",
        "body": [
            "Operator liga memastikan kompetisi kembali bergulir dengan protokol keamanan "
            "yang diperketat.",
            "Setiap stadion wajib memiliki rencana evakuasi yang disetujui aparat keamanan.",
        ],
    },
    {
        "key": "maraton",
        "title": "Ribuan Pelari Ikuti Maraton Internasional di Bali",
        "lead": "Lomba lari tahunan kembali digelar dengan peserta dari 40 negara.",
        "dateline": "Gianyar",
        "published_at": (2022, 9, 28, 6, 30),
        "category": "olahraga",
        "tags": ["Lari"],
        "source": "redaksi-kabar",
        "byline": "wil",
        "body": [
            "Ribuan pelari dari dalam dan luar negeri mengikuti lomba maraton di Bali.",
            "Panitia menyiapkan pos medis setiap dua kilometer di sepanjang rute.",
        ],
    },
]
