"""The reader reaction poll: options, one vote per reader, kept tallies, results."""
