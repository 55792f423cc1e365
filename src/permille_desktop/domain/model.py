"""The library's records as plain values: what every layer passes around."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class ResourceType(StrEnum):
    """What kind of thing a resource is (the site's post and page selectors, refined)."""

    ARTICLE = "article"
    REPORT = "report"
    BOOK = "book"
    VIDEO = "video"
    WEB_PAGE = "web_page"
    DOCUMENT = "document"
    NEWSLETTER = "newsletter"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Category:
    """A node of the category tree. ``parent_id`` is None for top-level categories."""

    id: int
    name: str
    parent_id: int | None
    position: int


@dataclass(frozen=True, slots=True)
class Resource:
    """One entry of the library, with its authors in order and the ids of its categories."""

    uuid: str
    title: str
    type: ResourceType
    added: datetime
    modified: datetime
    sort_title: str | None = None
    year: int | None = None
    authors: tuple[str, ...] = ()
    venue: str = ""
    description: str = ""
    url: str = ""
    language: str = ""
    category_ids: tuple[int, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class CatalogColumns:
    """Every resource as parallel columns: what the search index is built from.

    Columns rather than one object per resource: at 100k rows, building the objects alone
    costs most of a second. Descriptions are left out; the detail pane reads them by uuid.
    """

    ids: list[int]  # the store's row ids, which the word index refers to
    uuids: list[str]
    titles: list[str]
    authors: list[str]  # as displayed: "A. Author, B. Author"
    years: list[int | None]
    types: list[ResourceType]
    added: list[datetime]
    category_ids: list[tuple[int, ...]]
    search_titles: list[str]  # folded, see domain.search_text
    # Folded title and content, with domain.query.FIELD_SEPARATOR between them.
    search_texts: list[str]
    title_keys: list[str]

    def __len__(self) -> int:
        return len(self.uuids)


@dataclass(frozen=True, slots=True)
class SeedCategory:
    """A category of the bundled catalog, before it has a database id."""

    key: str
    name: str
    children: tuple[SeedCategory, ...] = ()


@dataclass(frozen=True, slots=True)
class SeedResource:
    """A resource of the bundled catalog; ``category_keys`` name :class:`SeedCategory` keys."""

    uuid: str
    title: str
    type: ResourceType
    category_keys: tuple[str, ...]
    year: int | None = None
    authors: tuple[str, ...] = ()
    venue: str = ""
    description: str = ""
    url: str = ""
    language: str = ""


@dataclass(frozen=True, slots=True)
class SeedCatalog:
    categories: tuple[SeedCategory, ...]
    resources: tuple[SeedResource, ...]


def descendants(categories: list[Category], root_id: int) -> set[int]:
    """``root_id`` and the ids of every category below it."""
    children: dict[int | None, list[int]] = {}
    for category in categories:
        children.setdefault(category.parent_id, []).append(category.id)
    found = {root_id}
    stack = [root_id]
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in found:
                found.add(child)
                stack.append(child)
    return found
