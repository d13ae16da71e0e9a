"""A commenter's email leaks nowhere a reader can see."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse

from comments.models import Comment
from tests.comments.factories import make_comment, post_comment
from tests.factories import make_article, make_source, make_tag

pytestmark = pytest.mark.django_db

EMAIL = "pembaca.rahasia.q7x9@kotakpos-unik.example"
LOCAL_PART = EMAIL.split("@")[0]


def public_responses(article, comment):
    """Every public URL of the site, fetched as an anonymous reader.

    Extend this list when a new public page appears: each entry is
    ``(what, response)``.
    """
    reader = Client()
    article_url = article.get_absolute_url()
    category = article.category
    pages = [
        ("home", reverse("articles:home")),
        ("article", article_url),
        ("article comments page 2", f"{article_url}?page=2"),
        ("article reply form", f"{article_url}?balas={comment.pk}"),
        ("category", category.get_absolute_url()),
        ("tag", article.tags.get().get_absolute_url()),
        ("source", article.source.get_absolute_url()),
        ("feed", reverse("discovery:feed")),
        ("category feed", reverse("discovery:category-feed", args=[category.slug])),
        ("sitemap", reverse("discovery:sitemap")),
        ("news sitemap", reverse("discovery:news-sitemap")),
        ("robots", reverse("discovery:robots")),
        ("search by title", f"{reverse('discovery:search')}?q=Privasi"),
        # Searching for the email itself would echo the query back: search
        # for the comment's words instead.
        ("search by comment text", f"{reverse('discovery:search')}?q=rahasia"),
    ]
    responses = [(what, reader.get(url)) for what, url in pages]
    # Another reader's form, refused: it holds only what that reader typed.
    other = post_comment(reader, article, name="Lain", email="salah", body="Balasan", parent="")
    responses.append(("another reader's invalid form", other))
    return responses


def test_an_approved_commenters_email_appears_on_no_public_page(client, settings):
    settings.COMMENTS_PER_PAGE = 1
    article = make_article(
        title="Privasi pembaca", source=make_source(), tags=[make_tag()], lead="Privasi."
    )
    post_comment(client, article, name="Penulis", email=EMAIL, body="Komentar rahasia saya.")
    comment = Comment.objects.get(email=EMAIL)
    Comment.objects.update(status=Comment.Status.APPROVED)
    make_comment(article=article, parent=comment)
    make_comment(article=article)  # a second thread, so there is a page 2

    responses = public_responses(article, comment)
    # Every page answers 200; the refused form is the one 400.
    refused = "another reader's invalid form"
    assert {what: r.status_code for what, r in responses} == {
        what: 400 if what == refused else 200 for what, _ in responses
    }
    article_html = dict(responses)["article"].content.decode()
    assert "Komentar rahasia saya." in article_html  # the comment itself is public
    for what, response in responses:
        text = response.content.decode().lower()
        assert EMAIL.lower() not in text, what
        assert LOCAL_PART.lower() not in text, what


def test_the_authors_pending_view_hides_their_email(client, article):
    post_comment(client, article, name="Penulis", email=EMAIL, body="Menunggu persetujuan.")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Menunggu persetujuan." in html
    assert "Komentar Anda sedang menunggu moderasi" in html
    assert LOCAL_PART not in html


def test_only_the_form_being_filled_holds_the_typed_email(client, article):
    response = post_comment(client, article, email=EMAIL, body="")
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.find(id="form-komentar").extract()
    assert form.find("input", {"name": "email"})["value"] == EMAIL
    assert LOCAL_PART not in str(soup)
    # Kept by no cache, shared or the browser's.
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_comment_markup_never_renders_email_even_in_attributes(client, article):
    comment = make_comment(article=article, email=EMAIL, url="https://situs.contoh.id/")
    html = client.get(article.get_absolute_url()).content.decode()
    assert comment.anchor in html
    assert LOCAL_PART not in html
    assert "gravatar" not in html  # a hash of the email would identify it too


@pytest.mark.parametrize(
    "name",
    [
        EMAIL,
        f"Budi ({EMAIL})",
        "budi@mail.example",
        "Nama saya budi.s+x@kantor.co.id",
        "budi\u200b@mail.example",
        "budi\uff20mail.example",
        "budi @ mail.example",
        "budi\u2065@mail.example",
        "budi@mail\ua4f8example",
        # The object replacement character, which shows nothing, and a mark on the @.
        "budi@\ufffcmail.example",
        "budi@\u0301mail.example",
        # Any sign for the dot; the @ spelled out, of anyone's address.
        "budi@mail\u00b7example",
        "budi@mail\u0660example",
        "sari et kabarpos.example",
        "sari keong kabarpos.example",
        "sari (di) kabarpos (titik) example",
        # Shown as typed, markup and all: it hides no address.
        "budi.santoso<wbr>@contoh.id",
        "budi.santoso<!-- x -->@contoh.id",
        "budi<i>.</i>santoso<b>@</b>contoh<i>.</i>id",
    ],
)
def test_a_name_holding_an_email_address_is_refused_and_the_form_kept(client, article, name):
    response = post_comment(client, article, name=name, email=EMAIL, body="Komentar saya.")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Nama tampil untuk umum: tuliskan nama Anda, bukan alamat email." in html
    assert "Komentar saya." in html
    assert not Comment.objects.exists()


@pytest.mark.parametrize("field", ["body", "url"])
def test_the_commenter_s_own_email_in_the_comment_or_website_is_refused(client, article, field):
    # A website address may carry a user name before an @: here, the email.
    typed = {"body": f"Kabari saya di {EMAIL.upper()} ya.", "url": f"https://{EMAIL}/"}[field]
    fields = {"body": "Komentar saya.", field: typed}
    response = post_comment(client, article, name="Budi", email=EMAIL, **fields)
    assert response.status_code == 400
    assert "Alamat email Anda tidak akan dipublikasikan: hapus" in response.content.decode()
    assert not Comment.objects.exists()


# " (dot) " with a Cyrillic "о", and in bold mathematical letters.
CYRILLIC_O_DOT = " (d\u043et) "
BOLD_DOT = " (\U0001d41d\U0001d428\U0001d42d) "


def _disguised(email: str) -> list[str]:
    """``email`` written so that the page would still show it: markup, references, look-alikes."""
    local, _, domain = email.partition("@")
    return [
        f"{local}&#64;{domain}",
        f"{local}&#x40;{domain}",
        f"{local}&commat;{domain}",
        f"{local}&amp;#64;{domain}",
        f"{local}<b></b>@{domain}",
        f"<i>{local}</i>@<i>{domain}</i>",
        f"{local}<!-- -->@{domain}",
        f"{local}\u200b@\u200b{domain}",
        f"{local}\uff20{domain}",
        f"{local} @ {domain}",
        f"{local}\u034f@{domain}",
        f'<a href="mailto:{local}&#64;{domain}">surel saya</a>',
        f'<a href="mailto:{local}%40{domain}">surel saya</a>',
        f'<a href="https://contoh.example/" title="{local}&#64;{domain}">situs</a>',
        # Elements the sanitizer drops whole, text and all.
        f"{local}<script>x</script>@{domain}",
        f"{local}<svg><desc>z</desc></svg>@{domain}",
        f"{local}<style>p{{}}</style>@{domain}",
        f"{local}<template>t</template>@{domain}",
        # Look-alike letters and dots.
        f"{local.replace('a', chr(0x430), 1)}@{domain}",  # a Cyrillic "а"
        f"{local}@{domain.replace('.', chr(0x3002))}",
        f"{local}@{domain.replace('.', chr(0xA4F8))}",  # Lisu "ꓸ"
        # Escaped brackets stay text on the page, and empty markup splits nothing.
        f"&lt;{local}<!---->@{domain}&gt; ya",
        f"&lt;{local}<span></span>@{domain}&gt;",
        # Ignorable characters not yet assigned, and marks on every letter.
        f"{local}\u2065@{domain}",
        f"{local}@{domain}".replace("@", "@&#xFFF0;"),
        "".join(char + "\u0332" for char in f"{local}@{domain}"),
        f"{local}@{domain}".upper().replace("I", "\u0130"),
        # A link with an empty password, which a browser drops.
        f'<a href="https://{local}:@{domain}">situs saya</a>',
        # The object replacement character, typed or as a reference; unassigned
        # and private-use characters; a mark of no combining class (Lao).
        f"{local}\ufffc@{domain}",
        f"{local}&#xFFFC;@{domain}",
        f"{local}\ufb37@{domain}",
        f"{local}\ue000@{domain}",
        f"{local}\u0eb1@{domain}",
        # Spelled out for people to put together.
        f"{local} (at) {domain.replace('.', ' (dot) ')}",
        f"{local}[at]{domain.replace('.', '[titik]')}",
        f"{local} at {domain.replace('.', ' dot ')}",
        f"{local} \uff08\uff41\uff54\uff09 {domain.replace('.', CYRILLIC_O_DOT)}",
        f"{local} (a\u200bt) {domain.replace('.', BOLD_DOT)}",
        # A quoted local part shows the mailbox too.
        f'"{local}"@{domain}',
        # Any sign for its dot, with an @ or a look-alike of one.
        *(f"{local}@{domain.replace('.', dot)}" for dot in "\u00b7\u2219\u22c5\u30fb\u0660\u02d9"),
        f"{local}\uff20{domain.replace('.', chr(0x2027))}",
        f"{local}&#64;{domain.replace('.', chr(0xB7))}",
        # The @ and the dot spelled in other words, or glued by underscores.
        f"{local} et {domain}",
        f"{local} di {domain.replace('.', ' titik ')}",
        f"{local} keong {domain}",
        f"{local}_at_{domain.replace('.', '_dot_')}",
        f"{local} at {domain.replace('.', ' point ')}",
        f"{local.replace('.', '_dot_')}_at_{domain.replace('.', '_dot_')}",
        f"({local.replace('.', '-dot-')}-at-{domain.replace('.', '-dot-')})",
        f"{local} [at-sign] {domain.replace('.', ' [dot] ')}",
        f"{local} dengan keong {domain.replace('.', ' titik ')}",
        f"{local} ------- {domain}",
        # Letters NFKD would make another's (ϲ), a circled a, ¡ for an i.
        f"{local.replace('c', chr(0x3F2))}@{domain}",
        f"{local}\u24d0{domain}",
        f"{local.replace('i', chr(0xA1))}@{domain}",
        # More words for the @ and the dot, three in a row, and the parts reversed.
        f"{local} (a) {domain}",
        f"{local} a bundar {domain.replace('.', ' titik ')}",
        f"{local} dengan tanda keong {domain}",
        f"{local} arroba {domain.replace('.', ' punto ')}",
        # "pada" (at), "domain", and the digits of leetspeak.
        f"{local} pada {domain}",
        f"email: {local} domain {domain}",
        f"{local}@{domain}".translate(str.maketrans("bsoae", "85043")),
        ".".join(reversed(domain.split("."))) + "@" + ".".join(reversed(local.split("."))),
    ]


@pytest.mark.parametrize("typed", _disguised(EMAIL))
def test_the_own_email_disguised_by_markup_or_references_is_refused(client, article, typed):
    body = f"Hubungi saya: {typed} ya."
    response = post_comment(client, article, name="Budi", email=EMAIL, body=body)
    assert response.status_code == 400
    assert "Alamat email Anda tidak akan dipublikasikan: hapus" in response.content.decode()
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    ("email", "typed"),
    [
        ("budi@b\u00fccher.example", "budi@xn--bcher-kva.example"),
        ("budi@xn--bcher-kva.example", "budi@b\u00fccher.example"),
        ('"budi"@contoh.example', "budi@contoh.example"),
    ],
)
def test_the_own_mailbox_in_another_spelling_is_refused(client, article, email, typed):
    response = post_comment(client, article, name="Budi", email=email, body=f"Surel {typed} ya.")
    assert response.status_code == 400
    assert "Alamat email Anda tidak akan dipublikasikan: hapus" in response.content.decode()
    assert not Comment.objects.exists()


@pytest.mark.parametrize("email", ["budi#@contoh.example", '"budi"@contoh.example'])
def test_a_name_that_is_the_own_address_is_refused_whatever_its_characters(client, article, email):
    response = post_comment(client, article, name=email, email=email, body="Komentar saya.")
    assert response.status_code == 400
    assert "bukan alamat email" in response.content.decode()
    assert not Comment.objects.exists()


@pytest.mark.parametrize("override", ["\u202e", "&#x202e;", "&#8238;", "\u2067"])
def test_direction_overrides_never_reach_the_page(client, article, override):
    # "\u202e" + the address reversed would show the address itself.
    reversed_address = EMAIL[::-1]
    body = f"Surel: {override}{reversed_address} terima kasih"
    response = post_comment(client, article, name="Budi", email=EMAIL, body=body)
    assert response.status_code in (302, 303)
    stored = Comment.objects.get().body
    assert reversed_address in stored
    for control in ("\u202e", "\u2067", "&#x202e;", "&#8238;"):
        assert control not in stored


@pytest.mark.parametrize(
    "body",
    [
        "Saya Budi, dulu kerja di mail example, sekarang pensiun.",
        "budi suka baca mail example tiap pagi",
        "Terima kasih mail.example atas beritanya.",
        # A word that only begins like the domain's last one.
        "Budi, mail error, examplenya mana?",
        "Budi di mail examples lain ada",
        # The name, then the domain after a full stop or a colon: no @ read there.
        "Saya Budi. Mail.example sedang gangguan hari ini.",
        "Budi: mail.example sudah memberitakan ini kemarin.",
    ],
)
def test_the_own_name_and_domain_apart_in_words_are_kept(client, article, body):
    # The address's words, but not in its order, or too far apart to read as one.
    response = post_comment(client, article, name="Budi", email="budi@mail.example", body=body)
    assert response.status_code in (302, 303)


@pytest.mark.parametrize(
    "name",
    [
        "Budi di Jakarta",
        "Toko Ani \u00b7 Jakarta",
        "Dr. Budi, S.H.",
        # "di", "at" and "@" before a place, with a comma, a bracket or a slash after it.
        "Rina di Solo, Jateng",
        "Budi di Jakarta (Selatan)",
        "Toko Ani di Jl. Merdeka",
        "Ibu Ani di Medan/Binjai",
        "Ani at UGM, Yogyakarta",
        "Budi @budi_s",
        "Andi @ Surabaya, Jatim",
        "Dewi @ Kompas \u00b7 Jakarta",
        # A handle with a dot, a place with one: no address ends so.
        "Budi @budi.santoso",
        "Rina di Solo.Jateng",
        "Ahmad at PT.Maju",
    ],
)
def test_names_with_signs_and_places_are_kept(client, article, name):
    response = post_comment(client, article, name=name, email=EMAIL, body="Komentar saya.")
    assert response.status_code in (302, 303)


def test_the_own_mailbox_behind_a_plus_tag_is_refused(client, article):
    body = "Surel saya budi.santoso@contoh.example ya."
    email = "budi.santoso+kabar@contoh.example"
    response = post_comment(client, article, name="Budi", email=email, body=body)
    assert response.status_code == 400
    assert not Comment.objects.exists()


def test_a_website_on_the_own_domain_is_kept(client, article):
    response = post_comment(
        client,
        article,
        name="Toko Budi",
        email="info@tokobudi.example",
        url="https://info.tokobudi.example/",
        body="Komentar saya.",
    )
    assert response.status_code in (302, 303)


def test_another_s_address_quoted_in_a_comment_is_kept(client, article):
    body = "Laporkan ke pengaduan@ojk.example kalau ditagih pinjol."
    response = post_comment(client, article, name="Budi", email=EMAIL, body=body)
    assert response.status_code in (302, 303)
    assert Comment.objects.get().body == f"<p>{body}</p>"


def test_a_debug_error_page_hides_the_email_posted(article, settings, monkeypatch):
    """``make run`` shows Django's error page with the POST data: never the email."""
    settings.DEBUG = True

    def broken(**kwargs):
        raise RuntimeError("gagal menyimpan")

    monkeypatch.setattr("comments.views.comment_submit", broken)
    reader = Client(raise_request_exception=False)
    response = post_comment(reader, article, name="Budi", email=EMAIL, body="Komentar saya.")
    assert response.status_code == 500
    page = response.content.decode()
    assert "gagal menyimpan" in page and "Komentar saya." in page
    assert EMAIL not in page and LOCAL_PART not in page
