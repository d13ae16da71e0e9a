"""``manage.py import_wordpress EXPORT.xml``: a WordPress site's posts and comments."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.discovery.activity import rebuild as rebuild_activity
from wordpress.importer import Options, run_import
from wordpress.wxr import WxrError

NOTES_SHOWN = 20


class Command(BaseCommand):
    help = (
        "Import a WordPress export (WXR 1.1 or 1.2): posts as articles, with their authors, "
        "categories, tags, sources and comments. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "export", type=Path, help="the export file (Tools > Export in WordPress)"
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="report what the import would do, and write nothing",
        )
        parser.add_argument(
            "--uploads",
            type=Path,
            metavar="DIR",
            help="a copy of the old site's wp-content/uploads: featured and inline images "
            "become photos",
        )

    def handle(self, *args, export: Path, dry_run: bool, uploads: Path | None, **options):
        if not export.is_file():
            raise CommandError(f"No such file: {export}")
        options_ = Options(
            dry_run=dry_run,
            uploads=uploads,
            photo_library=self._photo_library(uploads),
            # The bar writes carriage returns itself: the raw stream, not the wrapper.
            progress_stream=getattr(self.stderr, "_out", self.stderr),
        )
        try:
            report = run_import(export, options_)
        except WxrError as exc:
            raise CommandError(f"{export}: {exc}. Nothing was imported.") from exc
        self.stdout.write(report.table())
        self._notes(report.notes, int(options["verbosity"]))
        if dry_run:
            self.stdout.write(self.style.WARNING("Dry run: nothing was written."))
        elif report.changed:
            # Imported votes and comments are written in bulk, around the
            # services that keep the rankings' day rollups: recount them.
            rebuild_activity()
            self.stdout.write(self.style.SUCCESS("Import done."))
        else:
            self.stdout.write(self.style.SUCCESS("Import done: everything was unchanged."))

    def _photo_library(self, uploads: Path | None):
        if uploads is None:
            return None
        if not uploads.is_dir():
            raise CommandError(f"No such folder: {uploads}")
        from wordpress.photo_library import PhotoLibraryMissing, kabar_photo_library

        try:
            return kabar_photo_library()
        except PhotoLibraryMissing as exc:
            raise CommandError(
                "--uploads needs the photo library (articles.photos), which is not installed."
            ) from exc

    def _notes(self, notes: list[str], verbosity: int) -> None:
        if not notes or verbosity == 0:
            return
        shown = notes if verbosity > 1 else notes[:NOTES_SHOWN]
        self.stdout.write(f"\nNotes ({len(notes)}):")
        for note in shown:
            self.stdout.write(f"  {note}")
        if len(shown) < len(notes):
            self.stdout.write(f"  ... and {len(notes) - len(shown)} more (--verbosity 2 lists all)")
