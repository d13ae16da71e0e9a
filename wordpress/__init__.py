"""Importing a WordPress export (WXR) into Kabar: ``manage.py import_wordpress``."""
