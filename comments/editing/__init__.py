"""A comment's author edits or withdraws it, from the same browser, for a short while."""
