"""Public pages kept whole, one rendering for every reader without a staff session.

The whole staleness rule:

    A page (or a fragment of one) is kept with the generation of every key it
    read and a time. It is fresh while each of those keys still has that
    generation and the time has not come; then it is stale.

- Keys name what a page shows (``article-12``, ``tag-3``, ``categories``).
  A page declares its keys while it renders (``public_page(keys=...)``,
  ``add_page_keys``); a change announces the keys of what it changed
  (``pages_changed``), after its transaction commits. That is the only
  way a change reaches kept pages, here and in the CDN tier, which is
  purged by the same keys.
- A generation is a random token, set anew by each announcement. A key
  whose generation is missing (never announced, or evicted) gets a new
  random one, so no eviction or restart can make an old rendering current.
- The time is ``PAGE_CACHE_SECONDS`` after the rendering, or sooner: the
  moment a scheduled article goes live (``PAGE_CACHE_DEADLINE``), which
  changes pages without a save. Past it a page may be served stale, only
  while another process renders it again, for ``PAGE_STALE_SECONDS`` at
  most and never past that moment. The CDN gets the same two times
  (``s-maxage``, ``stale-while-revalidate``). Every host reads the time
  from one clock (the shared cache's).
- A rendering during which one of its keys was announced may show what the
  change replaced: it is answered, never kept, and shared for a second.

So there are two mechanisms, keys and time; nothing else makes a page stale.
(A page that read no key is stale by time alone: each process answers its
own copy of it until then, asking the shared cache nothing.)
Which change makes which page stale is enumerated by
``tests/page_cache/test_staleness_table.py``.

One process renders a stale or missing page at a time, on every app server
(a lock in the shared cache, released when done, expiring by itself); the
others answer the stale copy, or wait for the new one briefly.
"""
