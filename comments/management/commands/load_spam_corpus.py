"""Load the spam filter's starter phrase lists and train it on the starter corpus.

Migration 0012 loads the same on a new database; ``make run`` runs this
too, and it is safe to run again: phrases already there stay as moderators
left them, and the corpus is learned once (a marker row records it).
``--reset`` forgets everything learned first (then learns the corpus again).
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from comments.models import Comment, SpamFeature, SpamPhrase
from comments.spam.classifier import learn
from comments.spam.features import extract
from comments.spam.starter import BLOCK, WATCH, corpus_lines, corpus_marker


class Command(BaseCommand):
    help = "Load the spam filter's starter phrases and corpus (Indonesian spam and ham)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Forget every learned count first (moderators' decisions included).",
        )

    def handle(self, *args, reset=False, **options):
        spam, ham = corpus_lines("spam"), corpus_lines("ham")
        marker = corpus_marker()
        with transaction.atomic():
            if reset:
                SpamFeature.objects.all().delete()
                Comment.objects.exclude(spam_learned="").update(spam_learned="")
            added = 0
            for kind, phrases in ((SpamPhrase.Kind.BLOCK, BLOCK), (SpamPhrase.Kind.WATCH, WATCH)):
                for phrase in phrases:
                    if not SpamPhrase.objects.filter(phrase=phrase, kind=kind).exists():
                        SpamPhrase(phrase=phrase, kind=kind, note="starter").save()
                        added += 1
            learned = set(
                SpamFeature.objects.filter(feature__startswith="#corpus:").values_list(
                    "feature", flat=True
                )
            )
            if marker in learned:
                self.stdout.write(f"Spam phrases added: {added}; corpus already learned.")
                return
            # An earlier edition of the corpus was learned: learning this one on
            # top would count the comments both hold twice.
            if learned:
                self.stdout.write(
                    f"Spam phrases added: {added}; an earlier starter corpus was learned "
                    "(--reset learns this one, forgetting moderators' decisions)."
                )
                return
            for text in spam:
                learn(extract(text)[1], spam=True)
            for text in ham:
                learn(extract(text)[1], spam=False)
            SpamFeature.objects.create(feature=marker)
        self.stdout.write(
            f"Spam phrases added: {added}; learned {len(spam)} spam and {len(ham)} ham comments."
        )
