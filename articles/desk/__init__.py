"""The editor's desk: publication plans, autosave, soft locks, preview and revisions."""
