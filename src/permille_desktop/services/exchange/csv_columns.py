"""The columns of our CSV: Zotero's header names where Zotero has the field, so that a
spreadsheet of ours and one of Zotero's read alike, and clear names of ours where it has not.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from permille_desktop.domain.doi import doi_in
from permille_desktop.domain.model import Resource
from permille_desktop.services.exchange.item_types import ZOTERO_TYPES

# Multi-valued cells (authors, categories), as Zotero joins them.
VALUE_SEPARATOR = "; "


@dataclass(frozen=True, slots=True)
class CsvColumn:
    header: str
    # The cell of a resource, given the paths of the catalog's categories by id.
    cell: Callable[[Resource, Mapping[int, str]], str]


def csv_date(value: datetime) -> str:
    """A date as Zotero writes it, in UTC, with microseconds when there are some."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def _categories(resource: Resource, paths: Mapping[int, str]) -> str:
    known = sorted(paths[c] for c in resource.category_ids if c in paths)
    return VALUE_SEPARATOR.join(known)


# By key: the table's column keys (services.search_index.SortField values) and our other
# fields. In this order when every field is written.
COLUMNS: Mapping[str, CsvColumn] = {
    "uuid": CsvColumn("Key", lambda r, _: r.uuid),
    "type": CsvColumn("Item Type", lambda r, _: ZOTERO_TYPES[r.type]),
    "year": CsvColumn("Publication Year", lambda r, _: "" if r.year is None else str(r.year)),
    "authors": CsvColumn("Author", lambda r, _: VALUE_SEPARATOR.join(r.authors)),
    "title": CsvColumn("Title", lambda r, _: r.title),
    "venue": CsvColumn("Publication Title", lambda r, _: r.venue),
    "doi": CsvColumn("DOI", lambda r, _: doi_in(r.url) or ""),
    "url": CsvColumn("Url", lambda r, _: r.url),
    "description": CsvColumn("Abstract Note", lambda r, _: r.description),
    "added": CsvColumn("Date Added", lambda r, _: csv_date(r.added)),
    "modified": CsvColumn("Date Modified", lambda r, _: csv_date(r.modified)),
    "language": CsvColumn("Language", lambda r, _: r.language),
    "categories": CsvColumn("Manual Tags", _categories),
    "sort_title": CsvColumn("Sort Title", lambda r, _: r.sort_title or ""),
}
