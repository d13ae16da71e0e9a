"""The featured-photo field of the article form: the choice, its thumbnail, and an upload.

``FeaturedPhotoWidget`` wraps the field's own widget (the admin's
autocomplete select, with its edit and add links) and adds the chosen
photo's thumbnail with its caption, and, with JavaScript
(``static/js/desk/featured-photo.js``), "Pilih dari pustaka" (the grid of
the photo picker), an upload from the computer, and a photo dropped on the
field or pasted into it. Without JavaScript the select works as before.
"""

import copy
import json

from django import forms
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from .markup import caption_text
from .models import JPEG, Photo

THUMBNAIL_WIDTH = 160


def thumbnail(photo: Photo | None):
    """The chosen photo as the field shows it: a small image and its words."""
    jpegs = sorted(photo.widths(JPEG), key=lambda r: r["width"]) if photo else []
    if not jpegs:
        return format_html('<p class="photo-field__none">{}</p>', _("Belum ada foto utama."))
    smallest = jpegs[0]
    caption = caption_text(photo.caption, photo.credit)
    return format_html(
        '<img src="{}" width="{}" height="{}" alt="">'
        '<figcaption><span class="photo-field__alt">{}</span> {}</figcaption>',
        photo.url(smallest),
        THUMBNAIL_WIDTH,
        round(smallest["height"] * THUMBNAIL_WIDTH / smallest["width"]),
        photo.alt_text,
        caption,
    )


class FeaturedPhotoWidget(forms.Widget):
    """``widget`` with the chosen photo's thumbnail and the picker's upload around it."""

    def __init__(self, widget, *, picker_url, upload_url, texts):
        super().__init__()
        self.widget = widget
        self.picker_url = picker_url
        self.upload_url = upload_url
        self.texts = texts

    def __deepcopy__(self, memo):
        obj = copy.copy(self)
        obj.widget = copy.deepcopy(self.widget, memo)
        memo[id(self)] = obj
        return obj

    @property
    def media(self):
        return self.widget.media + forms.Media(
            js=[forms.Script("js/desk/featured-photo.js", type="module")]
        )

    @property
    def is_hidden(self):
        return self.widget.is_hidden

    def id_for_label(self, id_):
        return self.widget.id_for_label(id_)

    def value_from_datadict(self, data, files, name):
        return self.widget.value_from_datadict(data, files, name)

    def value_omitted_from_data(self, data, files, name):
        return self.widget.value_omitted_from_data(data, files, name)

    def use_required_attribute(self, initial):
        return self.widget.use_required_attribute(initial)

    def render(self, name, value, attrs=None, renderer=None):
        chosen = None
        if value not in (None, "") and str(value).isdigit():
            chosen = Photo.objects.filter(pk=value).first()
        return format_html(
            '<div class="photo-field" data-photo-field data-picker-url="{}" data-upload-url="{}"'
            ' data-texts="{}">{}<figure class="photo-field__current" aria-live="polite">{}'
            "</figure></div>",
            self.picker_url or "",
            self.upload_url or "",
            json.dumps(self.texts),
            mark_safe(self.widget.render(name, value, attrs, renderer)),
            thumbnail(chosen),
        )
