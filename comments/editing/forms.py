"""The edit form: the comment's text only; name and email stay as sent."""

from django import forms

from ..forms import OWN_EMAIL_SHOWN, shows_email
from ..text_form import CommentTextForm


class EditForm(CommentTextForm):
    """The author's own comment, as they may still change it.

    ``email``, the comment's, may not be written into the text (it is never
    published).
    """

    def __init__(self, *args, email: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email

    def clean_body(self):
        body = super().clean_body()
        if shows_email(body, self.email):
            raise forms.ValidationError(OWN_EMAIL_SHOWN, code="own_email")
        return body
