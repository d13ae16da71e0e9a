"""The sizes and crops a photo is served in, made from a clean image.

Pure image work: what to make (``plan``), and making one (``render``);
storing them is ``services``'s business. Every rendition is drawn from one
"master", the photo scaled once to at most ``MASTER_WIDTH`` pixels wide, so
a 24-megapixel upload is resampled in full only once.
"""

import io
from dataclasses import dataclass

from PIL import Image

from .models import CROPS, JPEG, SHARE_WIDTH, WEBP, WIDTH

WIDTHS = (360, 480, 720, 960, 1200, 1600)
CROP_RATIOS = dict(zip(CROPS, [(16, 9), (4, 3), (1, 1)], strict=True))
CROP_WIDTH = 1200
# Wide enough for every rendition, the crops included (a 1:1 crop of a
# landscape photo is as wide as the photo is high).
MASTER_WIDTH = 2400

JPEG_OPTIONS = {"quality": 82, "progressive": True, "optimize": True}
WEBP_OPTIONS = {"quality": 80, "method": 4}
# No "optimize" here: on 24 megapixels it costs a second and saves little.
ORIGINAL_JPEG_OPTIONS = {"quality": 92}
EXTENSIONS = {JPEG: "jpg", WEBP: "webp"}
_PIL_FORMATS = {JPEG: "JPEG", WEBP: "WEBP"}
_WHITE = (255, 255, 255)


@dataclass(frozen=True)
class Spec:
    """One rendition to make."""

    kind: str  # WIDTH or a crop ratio
    format: str  # JPEG or WEBP
    width: int
    height: int
    upscaled: bool = False

    @property
    def stem(self) -> str:
        return str(self.width) if self.kind == WIDTH else self.kind


def plan(width: int, height: int) -> list[Spec]:
    """Every rendition of a ``width`` x ``height`` photo.

    The standard widths up to the photo's own (never enlarged), each in WebP
    and JPEG; the photo's own width when it is narrower than all of them;
    and always one of at least ``SHARE_WIDTH`` pixels (enlarged if it must
    be) for social cards. Then the crops, ``CROP_WIDTH`` wide, in JPEG.
    """
    chosen = [(w, False) for w in WIDTHS if w <= width] or [(width, False)]
    if chosen[-1][0] < SHARE_WIDTH:
        chosen.append((SHARE_WIDTH, True))
    specs = [
        Spec(WIDTH, fmt, w, max(1, round(height * w / width)), upscaled)
        for w, upscaled in chosen
        for fmt in (WEBP, JPEG)
    ]
    for ratio, (rw, rh) in CROP_RATIOS.items():
        specs.append(Spec(ratio, JPEG, CROP_WIDTH, round(CROP_WIDTH * rh / rw)))
    return specs


def master(image: Image.Image) -> Image.Image:
    """``image`` scaled down to at most ``MASTER_WIDTH`` wide (itself if narrower)."""
    if image.width <= MASTER_WIDTH:
        return image
    height = max(1, round(image.height * MASTER_WIDTH / image.width))
    # A box reduction by the whole factor first (2 for 24 megapixels), then
    # Lanczos for the rest: a third of the time of Lanczos on every pixel.
    return image.resize((MASTER_WIDTH, height), Image.Resampling.LANCZOS, reducing_gap=1.0)


def crop_box(size: tuple[int, int], ratio: tuple[int, int], focal: tuple[float, float]):
    """The largest box of aspect ``ratio`` inside ``size``, centred on ``focal`` where it fits."""
    width, height = size
    rw, rh = ratio
    if width * rh > height * rw:
        box_w, box_h = max(1, round(height * rw / rh)), height
    else:
        box_w, box_h = width, max(1, round(width * rh / rw))
    fx, fy = focal
    left = min(max(round(fx * width - box_w / 2), 0), width - box_w)
    top = min(max(round(fy * height - box_h / 2), 0), height - box_h)
    return (left, top, left + box_w, top + box_h)


def by_size(specs: list[Spec]) -> list[list[Spec]]:
    """``specs`` grouped by kind and size: one resampling serves each group's formats."""
    groups: dict[tuple, list[Spec]] = {}
    for spec in specs:
        groups.setdefault((spec.kind, spec.width, spec.height), []).append(spec)
    return list(groups.values())


def render(source: Image.Image, specs: list[Spec], focal: tuple[float, float]) -> list[bytes]:
    """The encoded bytes of ``specs`` (one size, one or more formats) drawn from ``source``."""
    first = specs[0]
    box = None
    if first.kind != WIDTH:
        box = crop_box(source.size, CROP_RATIOS[first.kind], focal)
    resized = source.resize(
        (first.width, first.height), Image.Resampling.LANCZOS, box=box, reducing_gap=2.0
    )
    return [encode(resized, spec.format) for spec in specs]


def encode(image: Image.Image, fmt: str) -> bytes:
    """``image`` as ``fmt`` bytes, with no metadata; JPEG flattens transparency on white."""
    options = WEBP_OPTIONS if fmt == WEBP else JPEG_OPTIONS
    if fmt == JPEG:
        image = flatten(image)
    out = io.BytesIO()
    image.save(out, _PIL_FORMATS[fmt], **options)
    return out.getvalue()


def encode_original(image: Image.Image) -> tuple[bytes, str]:
    """The full-size clean original: (bytes, extension). PNG keeps transparency."""
    out = io.BytesIO()
    if image.mode == "RGBA":
        image.save(out, "PNG")
        return out.getvalue(), "png"
    image.save(out, "JPEG", **ORIGINAL_JPEG_OPTIONS)
    return out.getvalue(), "jpg"


def flatten(image: Image.Image) -> Image.Image:
    if image.mode != "RGBA":
        return image
    background = Image.new("RGB", image.size, _WHITE)
    background.paste(image, mask=image.getchannel("A"))
    return background
