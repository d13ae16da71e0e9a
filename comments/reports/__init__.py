"""Readers' reports of approved comments: enough of them send one back to the moderators."""
