"""The signed tokens in the links of reply-notification emails.

A token names an address by id together with a keyed fingerprint of what
it must still be, so it needs no storage and a changed value fails:

- confirmation (``TimestampSigner``, expires after
  ``REPLY_CONFIRMATION_MAX_AGE`` seconds): the fingerprint covers the email
  and the time the confirmation was sent, so only the latest one works;
- unsubscribing (``Signer``, never expires, as mail clients keep messages):
  the fingerprint covers the email.

Different salts keep one kind from being used as the other.
"""

from django.conf import settings
from django.core import signing
from django.utils.crypto import constant_time_compare, salted_hmac

from .models import NotificationAddress

CONFIRM_SALT = "comments.subscriptions.confirm"
UNSUBSCRIBE_SALT = "comments.subscriptions.unsubscribe"
_FINGERPRINT_SALT = "comments.subscriptions.fingerprint"


def confirmation_max_age() -> int:
    """Seconds a confirmation link stays valid (``REPLY_CONFIRMATION_MAX_AGE``)."""
    return settings.REPLY_CONFIRMATION_MAX_AGE


def _fingerprint(*parts: str) -> str:
    return salted_hmac(_FINGERPRINT_SALT, "\n".join(parts), algorithm="sha256").hexdigest()[:20]


def _confirm_parts(address: NotificationAddress) -> tuple[str, ...]:
    sent = address.confirmation_sent_at.isoformat() if address.confirmation_sent_at else ""
    return ("confirm", address.email, sent)


def _unsubscribe_parts(address: NotificationAddress) -> tuple[str, ...]:
    return ("unsubscribe", address.email)


def confirmation_token(address: NotificationAddress) -> str:
    value = f"{address.pk}.{_fingerprint(*_confirm_parts(address))}"
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(value)


def unsubscribe_token(address: NotificationAddress) -> str:
    value = f"{address.pk}.{_fingerprint(*_unsubscribe_parts(address))}"
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(value)


def _address(value: str, parts) -> NotificationAddress | None:
    pk, _, fingerprint = value.partition(".")
    if not pk.isdigit():
        return None
    address = NotificationAddress.objects.filter(pk=int(pk)).first()
    if address is None or not constant_time_compare(fingerprint, _fingerprint(*parts(address))):
        return None
    return address


def address_to_confirm(token: str) -> NotificationAddress | None:
    """The address a confirmation token names, or None if forged, stale or expired."""
    signer = signing.TimestampSigner(salt=CONFIRM_SALT)
    try:
        value = signer.unsign(token, max_age=confirmation_max_age())
    except signing.BadSignature:
        return None
    return _address(value, _confirm_parts)


def address_to_unsubscribe(token: str) -> NotificationAddress | None:
    """The address an unsubscribe token names, or None if forged."""
    try:
        value = signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token)
    except signing.BadSignature:
        return None
    return _address(value, _unsubscribe_parts)
