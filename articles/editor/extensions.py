"""The editor's extensions, toolbar and Indonesian interface texts.

The toolbar is what the newsroom asked for: paragraph and h2 to h4, bold,
italic, links, bullet and numbered lists, block quotes and photos from the
photo library. ``ArticlePhoto``, ``ArticlePaste`` (Word's lists) and
``ArticleToolbar`` are this project's own extensions (``static/js/editor/``),
registered in
``settings.DJANGO_PROSE_EDITOR_EXTENSIONS`` as the package documents.
``ArticleLink`` is the package's ``Link`` with a prompt that checks the
address; it writes the same markup, and the widget loads its module
(``OWN_MODULES``).
"""

from django.utils.translation import gettext_lazy as _
from django_prose_editor.config import add_tags_and_attributes

# How a photo sits in a body: the photo library's markup, kept by ArticlePhoto.
PHOTO_MARKUP = {
    "tags": ["figure", "img", "figcaption"],
    "attributes": {"figure": ["data-photo"], "img": ["src", "alt", "width", "height", "loading"]},
}

MENU_GROUPS = [
    {"group": "blockType -lists", "type": "dropdown", "minItems": 2},
    {"group": "marks"},
    {"group": "link"},
    {"group": "lists"},
    {"group": "nodes -blockType -lists"},
    {"group": "photo"},
    {"group": "history"},
]

# Tooltips and screen-reader names of the toolbar buttons, by menu item name.
TOOLBAR_LABELS = {
    "paragraph": _("Paragraf"),
    "heading2": _("Subjudul (H2)"),
    "heading3": _("Subjudul kecil (H3)"),
    "heading4": _("Subjudul terkecil (H4)"),
    "bold": _("Tebal"),
    "italic": _("Miring"),
    "link": _("Sisipkan tautan"),
    "unlink": _("Hapus tautan"),
    "bulletList": _("Daftar berbutir"),
    "orderedList": _("Daftar bernomor"),
    "blockquote": _("Kutipan"),
    "history:undo": _("Urungkan"),
    "history:redo": _("Ulangi"),
}
# The block-type list's button while no type in it applies (a photo is chosen).
OTHER_BLOCK_LABEL = _("Jenis blok")

# The package's own dialog texts (it translates them with the admin's
# JavaScript catalog, which has no Indonesian for them).
DIALOG_TEXTS = {
    "URL": _("Alamat (URL)"),
    "Title": _("Judul tautan"),
    "Edit Link": _("Tautan"),
    "Update": _("Simpan"),
    "Cancel": _("Batal"),
}

# The link prompt's refusals (static/js/editor/link.js), by problem.
LINK_TEXTS = {
    "empty": _("Tulis alamat tautan, mis. https://www.kompas.com/berita."),
    "unsafe": _(
        "Alamat ini tidak dapat dipakai sebagai tautan: hanya alamat yang diawali "
        "https://, http:// atau mailto: yang diterima."
    ),
    "unknown": _(
        "Alamat ini tidak dikenali sebagai tautan. Tulis alamat lengkap, "
        "mis. https://www.kompas.com/berita."
    ),
}

# Modules of our extensions that settings.DJANGO_PROSE_EDITOR_EXTENSIONS does
# not list (they write no markup of their own); ArticleBodyWidget loads them.
OWN_MODULES = {"ArticleLink": "js/editor/link.js"}

PHOTO_TEXTS = {
    "button": _("Foto"),
    "buttonTitle": _("Sisipkan foto dari pustaka foto"),
    "dialogTitle": _("Pilih foto"),
    "search": _("Cari foto"),
    "searchHint": _("Judul, keterangan atau kredit"),
    "loading": _("Memuat foto…"),
    "empty": _("Tidak ada foto yang cocok."),
    "failed": _("Pustaka foto tidak dapat dimuat. Coba lagi."),
    "close": _("Batal"),
    "library": _("Pustaka foto"),
    "upload": _("Unggah foto baru"),
    "uploadHint": _("Seret foto ke sini, tempel dari papan klip (Ctrl+V), atau pilih berkas."),
    "chooseFile": _("Pilih berkas foto"),
    "alt": _("Teks alternatif (wajib)"),
    "altHint": _("Apa yang terlihat di foto, untuk pembaca yang tidak dapat melihatnya."),
    "altNeeded": _("Isi teks alternatif dulu: apa yang terlihat di foto."),
    "caption": _("Keterangan"),
    "credit": _("Kredit"),
    "creditHint": _("Mis. Antara/Nama Fotografer; tampil sebagai “(Foto: …)”."),
    "send": _("Unggah dan pakai"),
    "sending": _("Mengunggah…"),
    "cancelUpload": _("Batal unggah"),
    "uploadFailed": _("Foto tidak dapat diunggah. Coba lagi."),
    "notImage": _("Berkas itu bukan foto JPEG, PNG atau WebP."),
}


# The featured-photo field's own words (articles/photos/widgets.py).
FEATURED_PHOTO_TEXTS = {
    "featuredTitle": _("Pilih foto utama"),
    "pick": _("Pilih dari pustaka"),
    "uploadButton": _("Unggah foto baru"),
    "dropHint": _("Atau seret foto ke kolom ini, atau tempel dari papan klip (Ctrl+V)."),
    "none": _("Belum ada foto utama."),
}


def picker_texts() -> dict:
    """The photo picker's and featured field's words, as plain strings (for JSON)."""
    return {name: str(text) for name, text in {**PHOTO_TEXTS, **FEATURED_PHOTO_TEXTS}.items()}


def editor_extensions(
    *, photo_picker_url: str | None, label: str, photo_upload_url: str | None = None
) -> dict:
    """The ``extensions`` configuration of the article body's editor."""
    return {
        # Reporters write Indonesian: the browser's spell check stays on,
        # in Indonesian (ArticleToolbar sets spellcheck and lang="id").
        "NoSpellCheck": False,
        "HardBreak": True,
        "Heading": {"levels": [2, 3, 4]},
        "Bold": True,
        "Italic": True,
        # Not autolink: with it, text typed right after a link joins the link.
        "ArticleLink": {"enableTarget": False, "autolink": False, "texts": LINK_TEXTS},
        "BulletList": True,
        "OrderedList": {"enableListAttributes": False},
        "ListItem": True,
        "Blockquote": True,
        "ArticlePhoto": {
            "pickerUrl": photo_picker_url,
            "uploadUrl": photo_upload_url,
            "texts": PHOTO_TEXTS,
        },
        "ArticlePaste": True,
        "ArticleToolbar": {
            "labels": TOOLBAR_LABELS,
            "otherBlockLabel": OTHER_BLOCK_LABEL,
            "editorLabel": label,
        },
        "Menu": {"groups": MENU_GROUPS},
    }


# Processors for settings.DJANGO_PROSE_EDITOR_EXTENSIONS: the markup each of
# our extensions writes. The body's sanitizer is still articles.sanitize.
def photo_markup(config, shared_config):
    add_tags_and_attributes(shared_config, PHOTO_MARKUP["tags"], PHOTO_MARKUP["attributes"])


def no_markup(config, shared_config):
    """ArticlePaste and ArticleToolbar write no markup of their own."""
