"""Moderation at newsroom scale: the queue in the admin, each commenter's
history, and trusted commenters whose comments need no moderator."""
