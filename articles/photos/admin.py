"""The photo library in the admin: upload once, reuse; the pickers' list and upload.

The library opens as a grid of pictures with a search box; a table (to
select several, e.g. to delete them) is one click away, and the choice is
remembered for the session.
"""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed, JsonResponse
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .forms import PhotoForm, UploadForm
from .markup import caption_text
from .models import JPEG, Photo
from .picker import picker_item, picker_photo, picker_photos
from .services import articles_showing, photo_render_again, photo_set_image

VIEW_PARAMETER = "tampilan"
# The articles a delete's confirmation names at most.
SHOWING_LISTED = 30
VIEW_SESSION_KEY = "photos:view"
GRID, TABLE = "kisi", "tabel"


def _rendition_img(photo: Photo, *, max_width: int, display_width: int, alt: str = ""):
    jpegs = sorted(photo.widths(JPEG), key=lambda r: r["width"])
    fitting = [r for r in jpegs if r["width"] <= max_width] or jpegs[:1]
    if not fitting:
        return "—"
    r = fitting[-1]
    return format_html(
        '<img src="{}" width="{}" height="{}" alt="{}" loading="lazy">',
        photo.url(r),
        display_width,
        round(r["height"] * display_width / r["width"]),
        alt,
    )


@admin.register(Photo)
class PhotoAdmin(admin.ModelAdmin):
    form = PhotoForm
    list_display = ["thumbnail", "alt_text", "credit", "dimensions", "created_at"]
    # The thumbnail is no link: its words are the next column's, which is.
    list_display_links = ["alt_text"]
    search_fields = ["alt_text", "caption", "credit"]
    date_hierarchy = "created_at"
    readonly_fields = ["preview", "dimensions", "uploaded_by", "created_at", "updated_at"]
    list_per_page = 50
    fieldsets = [
        (None, {"fields": ["upload", "preview", "alt_text", "caption", "credit"]}),
        (
            _("Titik fokus"),
            {
                "fields": ["focal_x", "focal_y"],
                "description": _(
                    "Bagian foto yang harus tetap terlihat saat foto dipotong (16:9, 4:3, 1:1)."
                ),
            },
        ),
        (_("Berkas"), {"fields": ["dimensions", "uploaded_by", "created_at", "updated_at"]}),
    ]

    def get_deleted_objects(self, objs, request):
        """What deleting ``objs`` takes with it, and the articles that would lose a photo.

        Asked by the delete page and the bulk delete alike: the articles
        showing a photo (featured or in the body) are named, so nobody
        deletes one a published story uses without knowing.
        """
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        if request.POST.get("post"):
            return deleted, counts, perms_needed, protected  # confirmed: nothing more to say
        photos = list(objs)
        shown = articles_showing(*photos, fields=("title",)) if photos else []
        showing = list(shown[: SHOWING_LISTED + 1])
        deleted.extend(
            format_html(_("Artikel “{}” akan tampil tanpa foto ini"), article.title)
            for article in showing[:SHOWING_LISTED]
        )
        if len(showing) > SHOWING_LISTED:
            deleted.append(_("… dan artikel lain yang memakai foto ini"))
        return deleted, counts, perms_needed, protected

    @admin.display(description=_("foto"))
    def thumbnail(self, obj):
        return _rendition_img(obj, max_width=360, display_width=96)

    @admin.display(description=_("pratinjau"))
    def preview(self, obj):
        if not obj.pk:
            return "—"
        return _rendition_img(obj, max_width=720, display_width=360, alt=obj.alt_text)

    @admin.display(description=_("ukuran"))
    def dimensions(self, obj):
        return f"{obj.width} × {obj.height}" if obj.width else "—"

    # -- The grid ----------------------------------------------------------------

    def changelist_view(self, request, extra_context=None):
        wanted = request.GET.get(VIEW_PARAMETER)
        if wanted in (GRID, TABLE):
            request.session[VIEW_SESSION_KEY] = wanted
            request.GET = request.GET.copy()
            del request.GET[VIEW_PARAMETER]
        grid = request.session.get(VIEW_SESSION_KEY, GRID) == GRID
        context = {"photo_grid": grid, "view_parameter": VIEW_PARAMETER, **(extra_context or {})}
        response = super().changelist_view(request, context)
        cl = getattr(response, "context_data", {}).get("cl")
        if grid and cl is not None:
            for photo in cl.result_list:
                photo.card_image = _rendition_img(
                    photo, max_width=360, display_width=240, alt=photo.alt_text
                )
                photo.card_caption = caption_text(photo.caption, photo.credit)
        return response

    def save_model(self, request, obj, form, change):
        if form.checked is not None:
            photo_set_image(obj, form.checked, user=request.user)
        elif change and {"focal_x", "focal_y"} & set(form.changed_data):
            photo_render_again(obj)
        else:
            obj.save()

    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}"
        view = self.admin_site.admin_view
        return [
            path("pilih/", view(self.picker_view), name=f"{name}_picker"),
            path("unggah/", view(self.upload_view), name=f"{name}_upload"),
            *super().get_urls(),
        ]

    def picker_view(self, request):
        """JSON for the pickers: ``{"photos": [...]}``, newest first, ``?q=`` to search.

        ``?id=N`` answers that one photo (the featured-photo field shows its
        thumbnail).
        """
        if not self.has_view_permission(request):
            raise PermissionDenied
        wanted = request.GET.get("id", "")
        if wanted:
            photo = picker_photo(int(wanted)) if wanted.isdigit() and len(wanted) < 19 else None
            return JsonResponse({"photos": [photo] if photo else []})
        return JsonResponse({"photos": picker_photos(request.GET.get("q", ""))})

    def upload_view(self, request):
        """POST a photo from where the editor is (the body's picker, the featured field).

        The same form and checks as the photo's own page: the file (JPEG,
        PNG or WebP, checked and made clean), its alternative text (required),
        caption and credit. Answers the photo as the picker lists it (201),
        or the form's errors in Indonesian (400).
        """
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = UploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
        photo = photo_set_image(form.save(commit=False), form.checked, user=request.user)
        return JsonResponse({"photo": picker_item(photo)}, status=201)
