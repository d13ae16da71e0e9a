"""What the spam filter learns from moderators' decisions.

A spam decision counts the comment as spam, an approval as ham. A rejection
(off-topic, abusive: not a spam question) takes back what an earlier
decision taught. A comment changing sides moves its counts, never adds them
twice (``Comment.spam_learned``).
"""

from django.db.models import Case, Value, When

from . import classifier
from .scoring import comment_features

_LEARNED = {"spam": "spam", "approved": "ham"}


def learn_from_decisions(comment_ids: list[int], status: str) -> None:
    """Teach the classifier that ``comment_ids`` were decided ``status`` by a moderator."""
    from ..models import Comment

    wanted = _LEARNED.get(status, "")
    comments = Comment.objects.filter(pk__in=comment_ids).exclude(spam_learned=wanted)
    updates = {}
    for comment in comments.only("pk", "name", "url", "body", "spam_learned"):
        if comment.spam_learned == wanted:
            continue
        features = comment_features(name=comment.name, url=comment.url, body_html=comment.body)
        if comment.spam_learned:
            classifier.learn(features, spam=comment.spam_learned == "spam", undo=True)
        if wanted:
            classifier.learn(features, spam=wanted == "spam")
        updates[comment.pk] = wanted
    if updates:
        Comment.objects.filter(pk__in=list(updates)).update(
            spam_learned=Case(*[When(pk=pk, then=Value(v)) for pk, v in updates.items()])
        )
