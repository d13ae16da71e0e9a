"""The edit form: the comment's text only; name and email stay as sent."""

from ..text_form import CommentTextForm


class EditForm(CommentTextForm):
    """The author's own comment, as they may still change it."""
