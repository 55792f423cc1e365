"""What a search from the command line selects: the resources the window would show."""

from __future__ import annotations

from collections.abc import Sequence

from permille_desktop.domain.query import SearchOptions
from permille_desktop.domain.text import fold
from permille_desktop.services.catalog import CatalogService
from permille_desktop.services.search_index import BrowseQuery, BrowseResult, SearchIndex


class UnknownCategoryError(LookupError):
    """No category has any of the names given."""

    def __init__(self, names: Sequence[str]) -> None:
        super().__init__(f"no category named {', '.join(names)}")


def selected(
    catalog: CatalogService,
    text: str,
    options: SearchOptions,
    category_names: Sequence[str] | None,
) -> tuple[SearchIndex, BrowseResult]:
    """The index and the resources ``text`` finds in title order, only those in the named
    categories (or below them) if any are named."""
    categories = catalog.categories()
    in_categories: frozenset[int] | None = None
    if category_names:
        wanted = {fold(name) for name in category_names}
        in_categories = frozenset(c.id for c in categories if fold(c.name) in wanted)
        if not in_categories:
            raise UnknownCategoryError(category_names)
    index = catalog.build_index(categories)
    query = BrowseQuery(text=text, options=options, categories=in_categories)
    return index, index.browse(query)
