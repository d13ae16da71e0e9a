"""An email backend whose server is always down."""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend


class Backend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise ConnectionRefusedError("mail server down")


class RefusingBackend(BaseEmailBackend):
    """A mail server that refuses every recipient, quoting their addresses."""

    def send_messages(self, email_messages):
        recipients = [r for message in email_messages for r in message.recipients()]
        raise smtplib.SMTPRecipientsRefused(
            {r: (550, f"5.1.1 <{r}>: mailbox unavailable".encode()) for r in recipients}
        )
