"""WordPress authors as Kabar staff users: the editors of their imported articles.

Each author becomes an inactive staff user with no usable password (they
cannot sign in until someone activates them and sets one), with the
display name as first and last name. The username is the WordPress login,
reduced to the characters Django allows (kept unique: two logins that
reduce to the same name get ``-2``...); an existing user with that
username is the same author on a later run (users are keyed on the login),
and an existing account is never changed beyond the names of one this
import made. Posts whose author is missing from the export get the user
``wordpress``.
"""

import re

from django.contrib.auth import get_user_model

from . import wxr
from .summary import Report

FALLBACK_LOGIN = "wordpress"
_NOT_ALLOWED = re.compile(r"[^\w.@+-]")
_NAME_MAX_LENGTH = 150


def username_for(login: str) -> str:
    return _NOT_ALLOWED.sub("", login.replace(" ", "-"))[:150] or FALLBACK_LOGIN


def _names(author: wxr.Author) -> tuple[str, str]:
    first, last = author.first_name, author.last_name
    if not (first or last) and author.display_name:
        first, _, last = author.display_name.partition(" ")
    return first[:_NAME_MAX_LENGTH], last[:_NAME_MAX_LENGTH]


class Authors:
    """Finds or creates the user for each WordPress login, once per run."""

    def __init__(self, authors: dict[str, wxr.Author], report: Report):
        self.authors = authors
        self.report = report
        self._users: dict[str, object] = {}
        # Two logins that reduce to the same username ("sari dewi" and
        # "sari-dewi") stay two users: the later one in the export gets "-2".
        self._usernames: dict[str, str] = {}
        taken: set[str] = set()
        for login in authors:
            base = username = username_for(login)
            n = 1
            while username in taken:
                n += 1
                username = f"{base[: 150 - len(str(n)) - 1]}-{n}"
            taken.add(username)
            self._usernames[login] = username

    def user_for(self, login: str):
        author = self.authors.get(login) or wxr.Author(login=login or FALLBACK_LOGIN)
        username = self._usernames.get(author.login) or username_for(author.login)
        if username in self._users:
            return self._users[username]
        User = get_user_model()
        first, last = _names(author)
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(
                username=username,
                first_name=first,
                last_name=last,
                email=author.email[:254],
                is_staff=True,
                is_active=False,
            )
            user.set_unusable_password()
            user.save()
            self.report.count("authors", "created")
        elif (
            not user.is_active
            and not user.has_usable_password()
            and (user.first_name, user.last_name) != (first, last)
        ):
            user.first_name, user.last_name = first, last
            user.save(update_fields=["first_name", "last_name"])
            self.report.count("authors", "updated")
        else:
            self.report.count("authors", "unchanged")
        self._users[username] = user
        return user
