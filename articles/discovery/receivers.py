"""Votes counted in the day's activity (``activity``) whichever way they are saved."""

from django.db.models.signals import post_save, pre_save

from ..poll.models import ReactionVote
from .activity import vote_stamped


def _before_vote(sender, instance, raw=False, **kwargs):
    if raw:
        return
    instance._stamped_before = (
        ReactionVote.objects.filter(pk=instance.pk).values_list("updated_at", flat=True).first()
        if instance.pk
        else None
    )


def _vote_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    vote_stamped(instance, stamped_before=getattr(instance, "_stamped_before", None))


pre_save.connect(_before_vote, sender=ReactionVote, dispatch_uid="discovery.activity.before")
post_save.connect(_vote_saved, sender=ReactionVote, dispatch_uid="discovery.activity.vote")
