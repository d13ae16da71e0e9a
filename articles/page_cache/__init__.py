"""Public pages kept whole: one rendering for every anonymous reader, purged on change."""
