"""Spam screening for readers' comments: text normalised against obfuscation,
starter and moderator-edited phrase lists, and a naive Bayes classifier that
learns from moderators' decisions (counts kept in the database)."""
