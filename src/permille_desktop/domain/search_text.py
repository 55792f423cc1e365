"""The folded text and sort key each resource is searched and ordered by.

They are derived from the resource, but computing them for 100k resources takes longer than a
start-up may, so the store keeps them beside each row and recomputes them all when
:data:`SEARCH_TEXT_VERSION` changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from permille_desktop.domain.model import Resource
from permille_desktop.domain.text import fold, title_sort_key

# Bump when fold(), title_sort_key() or search_text() would give a different result, so that
# stored search text is rebuilt at the next start.
# 2: the store's word index (domain.words) is built from it too.
SEARCH_TEXT_VERSION = 2


@dataclass(frozen=True, slots=True)
class SearchText:
    title: str  # folded title
    content: str  # folded description, authors, venue, sort-as title and link
    title_key: str  # what the title column sorts by
    authors: str  # the authors as the table shows them


def search_text(resource: Resource) -> SearchText:
    parts = (
        resource.description,
        "; ".join(resource.authors),
        resource.venue,
        resource.sort_title or "",
        resource.url,
    )
    return SearchText(
        title=fold(resource.title),
        # Folding each part alone keeps it on fold()'s fast path.
        content=" ".join(f for f in map(fold, parts) if f),
        title_key=title_sort_key(resource.title, resource.sort_title),
        authors=", ".join(resource.authors),
    )
