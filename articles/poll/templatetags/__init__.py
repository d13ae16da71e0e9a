"""The poll's piece of the article page."""
