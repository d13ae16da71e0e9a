"""Readers' comments on articles."""
