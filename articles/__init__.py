"""The newsroom's content: articles, taxonomy, sources and bylines, with its feature packages."""
