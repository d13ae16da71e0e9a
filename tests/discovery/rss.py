"""Reading feeds and sitemaps the way other sites do: as XML."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def parse_rss(content: bytes) -> ET.Element:
    """The <channel> of an RSS 2.0 document, after checking its required parts."""
    root = ET.fromstring(content)
    assert root.tag == "rss"
    assert root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel is not None
    for required in ("title", "link", "description"):
        assert (channel.findtext(required) or "").strip(), required
    return channel


def sitemap_locations(content: bytes) -> list[str]:
    root = ET.fromstring(content)
    assert root.tag == f"{SITEMAP}urlset"
    return [url.findtext(f"{SITEMAP}loc") for url in root.findall(f"{SITEMAP}url")]


def sitemap_index_locations(content: bytes) -> list[str]:
    """The parts a sitemap index names, in its order."""
    root = ET.fromstring(content)
    assert root.tag == f"{SITEMAP}sitemapindex"
    return [part.findtext(f"{SITEMAP}loc") for part in root.findall(f"{SITEMAP}sitemap")]


def all_sitemap_locations(client, index_url: str = "/sitemap.xml") -> list[str]:
    """Every URL of every part of the sitemap index, as a crawler collects them."""
    locations = []
    for part in sitemap_index_locations(client.get(index_url).content):
        response = client.get(urlsplit(part).path)
        assert response.status_code == 200, part
        locations += sitemap_locations(response.content)
    return locations
