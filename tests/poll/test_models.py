"""The poll's models: default options, one vote per reader, tallies never negative."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from articles.poll.models import ReactionOption, ReactionTally, ReactionVote
from articles.poll.services import reader_hash


@pytest.mark.django_db
def test_migration_creates_the_eight_default_options_with_emojis():
    options = list(ReactionOption.objects.all())
    assert [o.label for o in options] == [
        "Senang",
        "Terhibur",
        "Terinspirasi",
        "Tidak Peduli",
        "Terganggu",
        "Sedih",
        "Cemas",
        "Marah",
    ]
    assert all(o.emoji and o.is_active for o in options)
    assert [o.position for o in options] == sorted(o.position for o in options)


@pytest.mark.django_db
def test_editors_may_manage_options():
    from django.contrib.auth.models import Group

    codenames = set(Group.objects.get(name="Editor").permissions.values_list("codename", flat=True))
    assert {"add_reactionoption", "change_reactionoption", "view_reactiontally"} <= codenames
    assert "change_reactionvote" not in codenames


@pytest.mark.django_db
def test_second_vote_of_a_reader_fails_full_clean(article, options):
    voter = reader_hash("pembaca")
    ReactionVote.objects.create(article=article, option=options["senang"], voter_hash=voter)
    duplicate = ReactionVote(article=article, option=options["sedih"], voter_hash=voter)
    with pytest.raises(ValidationError):
        duplicate.full_clean()


@pytest.mark.django_db
def test_second_vote_of_a_reader_is_refused_by_the_database(article, options):
    voter = reader_hash("pembaca")
    ReactionVote.objects.create(article=article, option=options["senang"], voter_hash=voter)
    with pytest.raises(IntegrityError), transaction.atomic():
        ReactionVote.objects.create(article=article, option=options["sedih"], voter_hash=voter)


@pytest.mark.django_db
def test_same_reader_may_vote_on_another_article(article, options):
    from tests.factories import make_article

    voter = reader_hash("pembaca")
    ReactionVote.objects.create(article=article, option=options["senang"], voter_hash=voter)
    other = make_article(category=article.category, editor=article.editor)
    ReactionVote.objects.create(article=other, option=options["senang"], voter_hash=voter)
    assert ReactionVote.objects.filter(voter_hash=voter).count() == 2


@pytest.mark.django_db
def test_tally_count_cannot_go_negative(article, options):
    with pytest.raises(IntegrityError), transaction.atomic():
        ReactionTally.objects.create(article=article, option=options["senang"], count=-1)


@pytest.mark.django_db
def test_vote_stores_no_address_only_a_hash(article, options):
    names = {field.name for field in ReactionVote._meta.get_fields()}
    assert not {"ip", "ip_address", "remote_addr", "user_agent"} & names
    vote = ReactionVote.objects.create(
        article=article, option=options["senang"], voter_hash=reader_hash("pembaca")
    )
    assert len(vote.voter_hash) == 64
    assert "pembaca" not in vote.voter_hash
    assert str(options["senang"]) == "😀 Senang"
