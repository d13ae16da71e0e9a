"""Demo photos: one drawn with Pillow for every demo article, nothing downloaded.

Each picture is an abstract illustration (a two-colour gradient with a few
shapes) drawn from a generator seeded with the article's slug, so loading
the demo again draws the same picture. An article that already has a
featured photo keeps it: loading twice changes nothing.
"""

import random

from django.db import transaction
from PIL import Image, ImageDraw

from .models import Photo
from .services import FOLDER, delete_files, photo_adopt_files, photo_set_image
from .uploads import CheckedPhoto

SIZE = (1600, 900)
# Part of the demo files' folder: change it when ``draw`` draws differently.
DEMO_VERSION = "v1"
# (name in Indonesian, RGB) pairs the gradients are drawn from.
COLOURS = [
    ("biru tua", (18, 52, 110)),
    ("biru muda", (86, 160, 211)),
    ("merah bata", (178, 58, 38)),
    ("jingga", (237, 137, 54)),
    ("kuning", (240, 196, 70)),
    ("hijau zamrud", (22, 122, 90)),
    ("hijau daun", (110, 170, 70)),
    ("ungu", (104, 62, 146)),
    ("merah muda", (222, 110, 140)),
    ("abu-abu", (120, 126, 134)),
    ("cokelat", (121, 85, 61)),
    ("toska", (32, 160, 160)),
]
SHAPES = {"ellipse": "lingkaran", "rectangle": "persegi", "polygon": "segitiga"}
PHOTOGRAPHERS = ["Dimas Saputra", "Rina Kartika", "Yoga Prasetyo", "Sari Wulandari", "Bayu Nugroho"]


def draw(seed: str) -> tuple[Image.Image, str]:
    """A 1600 x 900 illustration for ``seed`` and the words that describe it."""
    chance = random.Random(seed)
    (name_a, colour_a), (name_b, colour_b) = chance.sample(COLOURS, 2)
    mask = Image.linear_gradient("L").rotate(chance.choice([0, 45, 90, 135]), expand=False)
    image = Image.composite(
        Image.new("RGB", SIZE, colour_b), Image.new("RGB", SIZE, colour_a), mask.resize(SIZE)
    )
    canvas = ImageDraw.Draw(image, "RGBA")
    kinds = []
    for _ in range(chance.randint(4, 7)):
        kind = chance.choice(list(SHAPES))
        kinds.append(kind)
        x, y = chance.randint(0, SIZE[0]), chance.randint(0, SIZE[1])
        r = chance.randint(60, 260)
        fill = (*chance.choice(COLOURS)[1], chance.randint(90, 200))
        if kind == "polygon":
            canvas.polygon([(x, y - r), (x - r, y + r), (x + r, y + r)], fill=fill)
        else:
            getattr(canvas, kind)((x - r, y - r, x + r, y + r), fill=fill)
    shapes = ", ".join(sorted({SHAPES[kind] for kind in kinds}))
    words = f"Ilustrasi abstrak: gradasi {name_a} ke {name_b} dengan bentuk {shapes}."
    return image, words


def demo_photo_for(article) -> Photo:
    """A new library photo for ``article``, credited to its source."""
    image, alt_text = draw(article.slug)
    chance = random.Random(f"kredit:{article.slug}")
    agency = article.source.name if article.source_id else "Kabar"
    photo = Photo(
        alt_text=alt_text,
        caption=f"Ilustrasi untuk berita “{article.title}”.",
        credit=f"Foto: {agency}/{chance.choice(PHOTOGRAPHERS)}",
    )
    # Drawn the same every time: files drawn before are used again, or replaced.
    folder = f"{FOLDER}/demo/{DEMO_VERSION}/{article.slug[:40].strip('-')}"
    if not photo_adopt_files(photo, folder=folder, size=image.size, original_ext="jpg"):
        delete_files(photo.original.storage, _files_in(photo, folder))
        photo_set_image(photo, CheckedPhoto(image=image, source_format="PNG"), folder=folder)
    return photo


def _files_in(photo: Photo, folder: str) -> list[str]:
    storage = photo.original.storage
    try:
        return [f"{folder}/{name}" for name in storage.listdir(folder)[1]]
    except (FileNotFoundError, NotImplementedError):
        return []


def add_demo_photos(sender, *, articles, seed_article, stdout=None, **kwargs) -> None:
    """Receiver for ``articles.signals.demo_loaded``: a photo for each article without one."""
    unique = {article.pk: article for article in articles.values()}
    unique[seed_article.pk] = seed_article
    added = 0
    with transaction.atomic():
        for article in unique.values():
            if article.featured_photo_id:
                continue
            article.featured_photo = demo_photo_for(article)
            article.save(update_fields=["featured_photo", "updated_at"])
            added += 1
    if stdout is not None:
        stdout.write(f"Demo photos: {added} new photos on {len(unique)} articles.")
