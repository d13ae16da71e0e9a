"""The comments' confirmations on the article page, through ``articles.notices``."""

from django.utils.translation import gettext_lazy as _

from articles.notices import COMMENTS, register_notice

# After a comment with "beri tahu saya" ticked: the subscription waits for
# the link in the confirmation email.
CHECK_EMAIL = "periksa-email"

register_notice(
    CHECK_EMAIL,
    place=COMMENTS,
    message=_(
        "Periksa email Anda untuk konfirmasi. Setelah alamat Anda dikonfirmasi, kami memberi "
        "tahu Anda bila ada balasan."
    ),
)
