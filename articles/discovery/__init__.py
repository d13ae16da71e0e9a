"""Finding articles: search, feeds, sitemaps, JSON-LD, "Baca juga" and "Terpopuler"."""
