"""The filing lists' forms (categories, tags, sources): one entry per name.

An editor adding "bencana" while "Bencana" exists (from the tag admin or
from the article form's "+") meant the existing tag, yet the admin's own
check spoke of the slug it had filled in from the name ("Tag dengan Slug
telah ada."), a field the editor never typed. Here the name is compared
as readers see it, whatever its case and spacing, and the error is on the
name, naming the entry that exists. A slug another entry holds under
another name is said on the slug, naming that entry.
"""

from django import forms
from django.db.models import Case, IntegerField, Q, Value, When
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext_lazy as _


def spaced(name: str) -> str:
    """``name`` with single spaces between its words, none around."""
    return " ".join(name.split())


def same_name(one: str, other: str) -> bool:
    """Whether two names read the same, case and spacing aside ("Bencana " and "bencana")."""
    return spaced(one).casefold() == spaced(other).casefold()


class UniqueNameForm(forms.ModelForm):
    """The admin form of a model whose ``name`` and ``slug`` are each unique."""

    # Set once clean() has said which entry the name or slug clashes with.
    clash_reported = False

    def clean(self):
        cleaned = super().clean()
        name = spaced(cleaned.get("name") or "")
        if not name:
            return cleaned
        cleaned["name"] = name
        slug = cleaned.get("slug") or ""
        others = self._others(name, slug)
        same = next((other for other in others if same_name(other.name, name)), None)
        if same is not None:
            self._clash("name", self._exists_text(same))
            return cleaned
        taken = next((other for other in others if slug and other.slug == slug), None)
        if taken is not None:
            self._clash("slug", self._slug_taken_text(taken))
        return cleaned

    def validate_unique(self):
        # A clash clean() reported, naming the entry, is not said again on
        # the other field ("… dengan Slug telah ada.").
        if not self.clash_reported:
            super().validate_unique()

    def _others(self, name: str, slug: str) -> list:
        """The other entries that may clash: by name, any case, or by slug."""
        slugs = {slugify(name), slug} - {""}
        queryset = self._meta.model._default_manager.filter(
            Q(name__iexact=name) | Q(slug__in=slugs)
        )
        if self.instance.pk is not None:
            queryset = queryset.exclude(pk=self.instance.pk)
        return list(queryset)

    def _clash(self, field: str, message: str) -> None:
        self.add_error(field, message)
        self.clash_reported = True

    def _kind(self) -> str:
        return str(self._meta.model._meta.verbose_name)

    def _exists_text(self, existing) -> str:
        return _("%(Kind)s “%(name)s” sudah ada: pilih %(kind)s itu di artikel.") % {
            "Kind": capfirst(self._kind()),
            "kind": self._kind(),
            "name": existing.name,
        }

    def _slug_taken_text(self, holder) -> str:
        return _("Slug “%(slug)s” sudah dipakai %(kind)s “%(name)s”: ubah slug-nya.") % {
            "slug": holder.slug,
            "kind": self._kind(),
            "name": holder.name,
        }


class ExactNameFirst:
    """A ModelAdmin mixin: in the article form's search boxes, the name typed comes first.

    Typing "Nasional" and pressing Enter picks the first match; sorted by
    name alone, that was "Internasional". The entry named exactly as typed
    leads, then those starting with it, then the rest, each by name.
    """

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        term = spaced(search_term)
        if term and request.path.rstrip("/").endswith("autocomplete"):
            rank = Case(
                When(name__iexact=term, then=Value(0)),
                When(name__istartswith=term, then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            )
            queryset = queryset.alias(name_rank=rank).order_by("name_rank", "name", "pk")
        return queryset, may_have_duplicates
