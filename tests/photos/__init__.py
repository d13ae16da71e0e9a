"""Tests of the photo library."""
