"""The photo library in the admin: upload once, reuse; the body editor's picker."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .forms import PhotoForm
from .models import JPEG, Photo
from .picker import picker_photos
from .services import photo_render_again, photo_set_image


def _rendition_img(photo: Photo, *, max_width: int, display_width: int):
    jpegs = sorted(photo.widths(JPEG), key=lambda r: r["width"])
    fitting = [r for r in jpegs if r["width"] <= max_width] or jpegs[:1]
    if not fitting:
        return "—"
    r = fitting[-1]
    return format_html(
        '<img src="{}" width="{}" height="{}" alt="" loading="lazy">',
        photo.url(r),
        display_width,
        round(r["height"] * display_width / r["width"]),
    )


@admin.register(Photo)
class PhotoAdmin(admin.ModelAdmin):
    form = PhotoForm
    list_display = ["thumbnail", "alt_text", "credit", "dimensions", "created_at"]
    list_display_links = ["thumbnail", "alt_text"]
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

    @admin.display(description=_("foto"))
    def thumbnail(self, obj):
        return _rendition_img(obj, max_width=360, display_width=96)

    @admin.display(description=_("pratinjau"))
    def preview(self, obj):
        if not obj.pk:
            return "—"
        return _rendition_img(obj, max_width=720, display_width=360)

    @admin.display(description=_("ukuran"))
    def dimensions(self, obj):
        return f"{obj.width} × {obj.height}" if obj.width else "—"

    def save_model(self, request, obj, form, change):
        if form.checked is not None:
            photo_set_image(obj, form.checked, user=request.user)
        elif change and {"focal_x", "focal_y"} & set(form.changed_data):
            photo_render_again(obj)
        else:
            obj.save()

    def get_urls(self):
        picker = path(
            "pilih/",
            self.admin_site.admin_view(self.picker_view),
            name=f"{self.opts.app_label}_{self.opts.model_name}_picker",
        )
        return [picker, *super().get_urls()]

    def picker_view(self, request):
        """JSON for the body editor: ``{"photos": [...]}``, newest first, ``?q=`` to search."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        return JsonResponse({"photos": picker_photos(request.GET.get("q", ""))})
