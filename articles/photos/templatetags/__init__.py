"""The photo library's template tags: ``{% load photos %}``."""
