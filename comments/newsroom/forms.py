"""The newsroom's reply form: the text only."""

from django.utils.translation import gettext_lazy as _

from ..text_form import CommentTextForm


class NewsroomReplyForm(CommentTextForm):
    label = _("Balasan redaksi")
    missing = _("Tuliskan balasan Anda.")
