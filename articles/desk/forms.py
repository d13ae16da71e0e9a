"""The article form's desk checks: when it goes live, a newer save, a new address.

- **When**: "waktu terbit" may be left empty: the article then goes live
  when it is published ("Terbit sekarang"); a time typed is kept
  (``articles.publishing.publication_plan``). "Terbitkan" (``_publish``)
  saves with the status "Terbit".
- **A newer save**: the form carries the version it was opened on
  (``base_version``); saving over a version a colleague saved since asks
  first (``confirm_overwrite``). The editor's own later save does not.
- **A new address**: moving a live article to another date or slug changes
  its URL, so it asks first (``confirm_new_address``); the old URL then
  redirects (``articles.permalinks``).

Both questions concern what the editor saw in this form. A POST that does
not carry the form's ``base_version`` (a script's) has nothing to compare
with, and is not asked.
"""

import uuid
from functools import cached_property

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models import Article
from ..publishing import publication_plan, wib
from .history import last_saved_version, user_name
from .resent import form_sent_before

PUBLISH = "_publish"
# The form's own fields, which the article does not store.
_FORM_ONLY = frozenset(
    {"base_version", "autosave_token", "form_nonce", "confirm_overwrite", "confirm_new_address"}
)


def _address(article: Article, *, slug: str, day) -> str | None:
    if not slug:
        return None
    moved = Article(slug=slug, publication_date=day, published_at=article.published_at)
    return moved.get_absolute_url()


class DeskFormMixin(forms.Form):
    """Mixed into the article admin form, before ``forms.ModelForm``."""

    base_version = forms.CharField(required=False, widget=forms.HiddenInput)
    # Names a new article's form, whose autosave waits under it (``autosave``);
    # a form restored from that autosave keeps it (``restored_initial``).
    autosave_token = forms.CharField(required=False, widget=forms.HiddenInput)
    # Names this rendering of the form (``resent``): sent twice, it is no conflict.
    form_nonce = forms.CharField(required=False, widget=forms.HiddenInput)
    confirm_overwrite = forms.BooleanField(
        required=False, label=_("Ya, timpa versi yang lebih baru dengan versi saya")
    )
    confirm_new_address = forms.BooleanField(
        required=False, label=_("Ya, ubah alamat artikel (alamat lama dialihkan)")
    )

    # Off for a restore (which overwrites on purpose) and for an autosave.
    check_conflicts = True
    # Who is saving (set by the admin): their own newer save is no conflict.
    editing_user = None
    # Initial words brought back from an autosave (set by the admin), or None.
    restored_initial = None

    def __init__(self, *args, **kwargs):
        data = kwargs.get("data", args[0] if args else None)
        # "Terbitkan" publishes what is saved; the status box keeps what the
        # editor chose, so a form shown again with an error does not publish
        # on a plain save.
        self.publishing = data is not None and PUBLISH in data
        super().__init__(*args, **kwargs)
        self.plan = None
        self.newer_save = None
        self.address_change = None
        stored = self.instance if self.instance.pk else None
        # As stored: validating the form writes what was posted onto the instance.
        self.stored_state = (
            {"status": stored.status, "published_at": stored.published_at} if stored else {}
        )
        self.fields["base_version"].initial = stored.updated_at.isoformat() if stored else ""
        self.fields["autosave_token"].initial = "" if stored else uuid.uuid4().hex
        self.fields["form_nonce"].initial = uuid.uuid4().hex
        if not self.is_bound and self.restored_initial:
            self.initial.update(self.restored_initial)
        field = self.fields.get("published_at")
        if field is None:
            return
        field.required = False
        field.help_text = _(
            "Kosongkan agar artikel terbit saat diterbitkan. Waktu di masa depan menjadwalkannya."
        )
        if stored is None or not stored.has_set_time():
            self.initial["published_at"] = None

    @cached_property
    def changed_data(self) -> list[str]:
        """The article's fields this save changes, as the history records them.

        Not the form's own questions; and the status and time as saving
        sets them ("Terbitkan" publishes, an empty time becomes now), not
        only as typed.
        """
        names = [name for name in super().changed_data if name not in _FORM_ONLY]
        cleaned = getattr(self, "cleaned_data", None)
        if cleaned is None:
            return names
        for name, before in self.stored_state.items():
            if name in self.fields and name not in names and cleaned.get(name) != before:
                names.append(name)
        return names

    @property
    def stored(self) -> Article | None:
        return self.instance if self.instance.pk else None

    def initial_plan(self):
        """What saving the form as it was opened would do (shown beside the fields)."""
        stored = self.stored
        status = self.initial.get("status") or Article.Status.DRAFT
        chosen = self.initial.get("published_at") if "published_at" in self.fields else None
        if stored is not None and "published_at" not in self.fields:
            chosen = stored.published_at
        return publication_plan(stored=stored, status=status, chosen=chosen)

    def clean(self):
        cleaned = super().clean()
        if self.publishing and "status" in self.fields:
            cleaned["status"] = Article.Status.PUBLISHED
        if "published_at" not in self.fields or "status" not in self.fields:
            return cleaned
        stored = self.stored
        status = cleaned.get("status") or (stored.status if stored else Article.Status.DRAFT)
        if "published_at" in self.errors:
            return cleaned
        self.plan = publication_plan(
            stored=stored, status=status, chosen=cleaned.get("published_at")
        )
        cleaned["published_at"] = self.plan.published_at
        self.instance.published_at_set = self.plan.time_set
        if stored is not None and self.check_conflicts and cleaned.get("base_version"):
            self._check_newer_save(stored, cleaned)
            self._check_new_address(stored, cleaned)
        return cleaned

    def _check_newer_save(self, stored: Article, cleaned: dict) -> None:
        if cleaned["base_version"] == stored.updated_at.isoformat():
            return
        version = last_saved_version(stored.pk)
        own = version is not None and version.revision.user_id == getattr(
            self.editing_user, "pk", None
        )
        if own and form_sent_before(stored.pk, cleaned.get("form_nonce", "")):
            return  # this very form sent twice (a double click): its first send saved it
        self.newer_save = {
            "name": user_name(version.revision.user) if version else "?",
            "time": wib(stored.updated_at),
        }
        if cleaned.get("confirm_overwrite"):
            return
        if own:
            # Another tab or another device of the same editor: what it saved is
            # as easily lost as a colleague's.
            message = _(
                "Anda sudah menyimpan versi yang lebih baru (%(time)s) di tab atau perangkat "
                "lain setelah membuka formulir ini. Periksa Riwayat, lalu centang “Ya, timpa "
                "versi yang lebih baru” dan simpan lagi bila Anda tetap ingin menyimpan versi ini."
            )
        else:
            message = _(
                "%(name)s sudah menyimpan versi yang lebih baru (%(time)s) setelah Anda "
                "membuka artikel ini. Periksa Riwayat, lalu centang “Ya, timpa versi yang "
                "lebih baru” dan simpan lagi bila Anda tetap ingin menyimpan versi Anda."
            )
        self.add_error(None, message % self.newer_save)

    def _check_new_address(self, stored: Article, cleaned: dict) -> None:
        if not stored.is_published or cleaned.get("status") != Article.Status.PUBLISHED:
            return
        slug = cleaned.get("slug", stored.slug)
        day = timezone.localdate(self.plan.published_at)
        if slug == stored.slug and day == stored.publication_date:
            return
        self.address_change = {
            "old": stored.get_absolute_url(),
            "new": _address(stored, slug=slug, day=day),
        }
        if not cleaned.get("confirm_new_address"):
            self.add_error(
                None,
                _(
                    "Artikel ini sudah terbit: mengubah tanggal terbit atau slug-nya mengubah "
                    "alamatnya, dari %(old)s menjadi %(new)s. Alamat lama akan dialihkan ke "
                    "alamat baru. Centang “Ya, ubah alamat artikel” lalu simpan lagi."
                )
                % self.address_change,
            )
