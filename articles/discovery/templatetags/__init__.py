"""Discovery's template tags: page metadata, the search box and the popular list."""
