"""When an article goes live: "Terbitkan" means now, unless a time was chosen.

One rule, used by the list's "Terbitkan" action and by the change form:

- a draft whose time is only a placeholder (its creation; see
  ``Article.has_set_time``) is published at the moment it is published, so
  a story drafted on Monday and published on Thursday is Thursday's news,
  with Thursday's address;
- a time chosen in the future schedules the article; a time chosen in the
  past (a correction, a story from print) is kept, "diatur manual";
- the list's action on an article already scheduled puts it live now.

``publication_plan`` says beforehand what a save will do, in the words the
change form shows ("Terbit sekarang", "Terjadwal <waktu> WIB", "Tanggal
terbit diatur manual").
"""

import datetime
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .models import Article

# What a save does to an article's publication.
DRAFT = "draft"  # stays (or goes back to being) a draft
NOW = "now"  # goes live at the moment of saving
SCHEDULED = "scheduled"  # goes live by itself at a chosen time ahead
MANUAL = "manual"  # goes live (or moves) at a chosen time already past
LIVE = "live"  # already live, time unchanged


def wib(moment: datetime.datetime, *, seconds: bool = False) -> str:
    """``moment`` as the newsroom reads it: "Kamis, 12 Desember 2024 14:05 WIB".

    With ``seconds`` ("14:05:32 WIB"), for versions an editor tells apart
    within one minute (an autosave and the save after it).
    """
    time_format = "H:i:s" if seconds else "H:i"
    return f"{date_format(timezone.localtime(moment), f'l, j F Y {time_format}')} WIB"


@dataclass(frozen=True)
class PublicationPlan:
    """What saving an article with a given status and time will do."""

    kind: str
    # The time the article is stored with.
    published_at: datetime.datetime
    # Whether that time is a chosen one (``Article.published_at_set``).
    time_set: bool

    @property
    def text(self) -> str:
        when = wib(self.published_at)
        if self.kind == NOW:
            return _("Terbit sekarang")
        if self.kind == SCHEDULED:
            return _("Terjadwal %(time)s") % {"time": when}
        if self.kind == MANUAL:
            return _("Tanggal terbit diatur manual: %(time)s") % {"time": when}
        if self.kind == LIVE:
            return _("Sudah terbit sejak %(time)s") % {"time": when}
        if self.time_set:
            return _("Draf; waktu terbit diatur %(time)s") % {"time": when}
        return _("Draf; terbit saat diterbitkan")


def _same_second(a: datetime.datetime, b: datetime.datetime) -> bool:
    # The form shows times to the second; a stored time has microseconds.
    return a.replace(microsecond=0) == b.replace(microsecond=0)


def publication_plan(
    *,
    stored: Article | None,
    status: str,
    chosen: datetime.datetime | None,
    now: datetime.datetime | None = None,
) -> PublicationPlan:
    """What saving with ``status`` and the time ``chosen`` (None: left empty) will do.

    ``stored`` is the article as it is in the database (None for a new one).
    """
    now = now or timezone.now()
    if stored is not None and chosen is not None and _same_second(chosen, stored.published_at):
        chosen = stored.published_at
    if status != Article.Status.PUBLISHED:
        if chosen is not None:
            return PublicationPlan(DRAFT, chosen, True)
        kept = stored.published_at if stored is not None else now
        return PublicationPlan(DRAFT, kept, False)
    was_live = stored is not None and stored.is_published
    if was_live and (chosen is None or chosen == stored.published_at):
        return PublicationPlan(LIVE, stored.published_at, True)
    if chosen is None:
        return PublicationPlan(NOW, now, True)
    return PublicationPlan(SCHEDULED if chosen > now else MANUAL, chosen, True)


@dataclass
class PublishOutcome:
    """What the list's "Terbitkan" did to each selected article."""

    published: list[Article] = field(default_factory=list)
    scheduled: list[Article] = field(default_factory=list)
    # Another article already has the slug on the date it would take.
    refused: list[Article] = field(default_factory=list)
    # Drafts still missing what publishing needs, with the fields they lack.
    incomplete: list[tuple[Article, list[str]]] = field(default_factory=list)


def articles_publish(*, articles) -> PublishOutcome:
    """Publish each of ``articles`` as "Terbitkan" means (module docstring).

    A draft goes live now unless its time was chosen (then it is scheduled,
    or kept in the past); an article already scheduled goes live now; one
    already live is left alone. Each save is the article's own, so its old
    address is kept (``articles.permalinks``) and caches follow.
    """
    now = timezone.now()
    outcome = PublishOutcome()
    for article in articles:
        if article.is_published:
            continue
        missing = article.missing_to_publish()
        if missing:
            outcome.incomplete.append((article, missing))
            continue
        if article.status == Article.Status.PUBLISHED:
            when = now  # scheduled: "Terbitkan" puts it live now
        else:
            when = article.published_at if article.has_set_time(now) else now
        previous = (article.status, article.published_at)
        article.status = Article.Status.PUBLISHED
        article.published_at = when
        try:
            with transaction.atomic():
                article.save(update_fields=["status", "published_at", "updated_at"])
        except IntegrityError:
            article.status, article.published_at = previous
            outcome.refused.append(article)
            continue
        (outcome.scheduled if when > now else outcome.published).append(article)
    return outcome
