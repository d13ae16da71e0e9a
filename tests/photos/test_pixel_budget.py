"""A photo's pixels are checked against the file before any is decoded."""

import io

import pytest
from django.core.exceptions import ValidationError
from PIL import Image

from articles.photos.uploads import check_upload


class Upload(io.BytesIO):
    def __init__(self, data: bytes):
        super().__init__(data)
        self.size = len(data)


def _png(mode, size, colour):
    out = io.BytesIO()
    Image.new(mode, size, colour).save(out, "PNG")
    return Upload(out.getvalue())


def test_a_40_megapixel_1_bit_png_is_refused_before_decoding(monkeypatch):
    upload = _png("1", (7745, 5164), 1)
    decoded = []
    monkeypatch.setattr(Image.Image, "load", lambda self: decoded.append(self) or None)
    with pytest.raises(ValidationError) as refused:
        check_upload(upload)
    assert refused.value.code == "too_sparse"
    assert "megapiksel" in refused.value.messages[0]
    assert decoded == []


def test_small_flat_images_and_real_sizes_pass():
    assert check_upload(_png("1", (300, 200), 1)).image.size == (300, 200)
    assert check_upload(_png("RGB", (2400, 1600), (200, 10, 10))).image.size == (2400, 1600)
