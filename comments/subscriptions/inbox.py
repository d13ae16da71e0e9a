"""The mailbox an address reaches, whatever variant of it was typed.

``Budi.Santoso+kabar@GMail.com``, ``budisantoso@gmail.com`` and
``budi.santoso+x@googlemail.com`` all land in one inbox: the part after
``+`` is dropped for every domain (most providers deliver it to the same
mailbox), dots are dropped for Gmail (which ignores them), and case never
counts. Confirmation emails are limited per inbox, so typing variants of
one address does not fill it.
"""

GMAIL_DOMAINS = {"gmail.com", "googlemail.com"}


def inbox_of(email: str) -> str:
    local, at, domain = email.strip().lower().rpartition("@")
    if not at:
        return email.strip().lower()
    local = local.split("+", 1)[0]
    if domain in GMAIL_DOMAINS:
        local, domain = local.replace(".", ""), "gmail.com"
    return f"{local}@{domain}"
