"""What a view says about its page: that it is public, its keys, the parameters it reads.

    @public_page(keys=["categories"])
    def listing(request, slug):
        tag = ...
        add_page_keys(request, [f"tag-{tag.pk}"])        # known while rendering
        page_accepts(request, page=range(2, paginator.num_pages + 1))
        ...

``PageCacheMiddleware`` serves and keeps such pages; see the package's docstring.
"""

import math
from dataclasses import dataclass, field
from functools import cached_property, wraps

from django.conf import settings
from django.utils.cache import patch_cache_control
from django.utils.module_loading import import_string

from . import store


class _AnyValue:
    """Accepts any value a reader could type (a search query)."""

    def __contains__(self, value) -> bool:
        return isinstance(value, str) and bool(value.strip())


ANY = _AnyValue()


@dataclass
class Rendering:
    """A page or fragment being rendered for every reader: what it read, from when."""

    started: float = field(default_factory=store.clock)
    # Set when the cache could not say what the generations are.
    unknown: bool = False
    keys: set[str] = field(default_factory=set)
    accepts: dict = field(default_factory=dict)

    @cached_property
    def deadline(self) -> float | None:
        """The moment no kept page may outlive (``PAGE_CACHE_DEADLINE``), as a timestamp."""
        hook = settings.PAGE_CACHE_DEADLINE
        moment = import_string(hook)() if hook else None
        return moment.timestamp() if moment is not None else None

    def entry(self, value, *, seconds: float, keys=None) -> store.Entry | None:
        """``value`` as an entry to keep, or None when it must not be kept.

        Not kept when the cache cannot say what its keys' generations are,
        or when one of them was announced after this rendering began: the
        rendering may show what that change replaced.
        """
        generations = store.generations(self.keys if keys is None else keys)
        if generations is None:
            self.unknown = True
            return None
        if any(store.changed_at(g) > self.started for g in generations.values()):
            return None
        deadline = self.deadline or math.inf  # asked first: it may take a query
        fresh_until = min(store.clock() + seconds, deadline)
        stale_until = min(fresh_until + settings.PAGE_STALE_SECONDS, deadline)
        return store.Entry(value, generations, fresh_until, stale_until, dict(self.accepts))


def rendering(request) -> Rendering | None:
    """The shared rendering ``request`` is making, or None for a personal one."""
    return getattr(request, "page_rendering", None)


def is_personal(request) -> bool:
    """True when the answer to ``request`` is its own (staff, a POST): never shared."""
    return rendering(request) is None


def public_page(view=None, *, keys=(), guard=None):
    """Mark ``view``'s answers as one page for every reader, kept under ``keys`` (and more).

    Without a shared rendering (staff, a POST) the view answers as it is,
    marked ``private, no-store``. ``guard(request)``, asked on every request,
    kept page or not, may answer instead (a rate limit's 429).
    """

    def decorate(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            add_page_keys(request, keys)
            refused = guard(request) if guard and is_personal(request) else None
            if refused is not None:
                return refused
            response = view(request, *args, **kwargs)
            if is_personal(request):
                patch_cache_control(response, private=True, no_store=True)
            return response

        wrapper.public_page = guard or True
        return wrapper

    return decorate(view) if view is not None else decorate


def add_page_keys(request, keys) -> None:
    """The page being rendered also shows what ``keys`` name."""
    current = rendering(request)
    if current is not None:
        current.keys.update(keys)


def page_accepts(request, **parameters) -> None:
    """The query parameters this page reads, each with the values it may take.

    Any other parameter, or value, is ignored: the reader gets the page
    without it, and it never names a rendering of its own.
    """
    current = rendering(request)
    if current is not None:
        current.accepts.update(parameters)


def kept(request, name: str, build, *, seconds: float):
    """``build()``, or what it gave before while the keys it read are unchanged.

    A fragment of the page being rendered, kept by the same rule as pages:
    the keys its building declares (``add_page_keys``) are the fragment's,
    and the page's too, whether it is built or reused. Personal renderings
    always build.
    """
    current = rendering(request)
    if current is None:
        return build()
    entry, fresh = store.lookup(f"fragment:{name}")
    if fresh:
        current.keys.update(entry.generations)
        return entry.value
    outer, current.keys = current.keys, set()
    try:
        value = build()
    finally:
        inner, current.keys = current.keys, current.keys | outer
    made = current.entry(value, seconds=seconds, keys=inner)
    if made is not None and value is not None:
        store.keep(f"fragment:{name}", made)
    return value
