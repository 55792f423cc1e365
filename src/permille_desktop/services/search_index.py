"""The keystroke path: which resources match, how many per category, and in what order.

Everything per row is computed once, when the index is built: folded text, sort orders,
category membership. A query then runs as a few passes that iterate in C (``map``,
``compress``, ``Counter``) over lists of row numbers, never a Python call per row or per
comparison. Which rows match the text is text_matcher.py's part.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from itertools import compress, repeat
from operator import or_
from typing import Any

from permille_desktop.domain.category_order import depth_first
from permille_desktop.domain.model import CatalogColumns, Category, Resource, ResourceType
from permille_desktop.domain.query import (
    FIELD_SEPARATOR,
    SearchOptions,
    search_terms,
)
from permille_desktop.domain.search_text import search_text
from permille_desktop.domain.text import fold
from permille_desktop.services.text_matcher import TextMatcher
from permille_desktop.services.word_index import WordIndex


class SortField(StrEnum):
    TITLE = "title"
    AUTHORS = "authors"
    YEAR = "year"
    TYPE = "type"
    CATEGORIES = "categories"
    ADDED = "added"


@dataclass(frozen=True, slots=True)
class BrowseQuery:
    """Everything that decides which resources are shown, and in what order."""

    text: str = ""
    options: SearchOptions = field(default_factory=SearchOptions)
    types: frozenset[ResourceType] | None = None  # None: every type
    categories: frozenset[int] | None = None  # None: every resource
    sort: SortField = SortField.TITLE
    descending: bool = False


@dataclass(frozen=True, slots=True)
class BrowseResult:
    rows: list[int]  # row numbers of the index, in display order
    matching: int  # resources matching the text and types, before the category filter
    category_counts: dict[int, int] = field(default_factory=dict)  # per category subtree
    terms: tuple[str, ...] = ()  # the folded terms searched, for highlighting
    text_ignored: bool = False  # text was typed but no field is enabled to search in


class SearchIndex:
    """An in-memory, read-only index of the catalog, built once per load."""

    def __init__(
        self,
        columns: CatalogColumns,
        categories: Sequence[Category],
        words: WordIndex | None = None,
    ) -> None:
        self.size = len(columns)
        self._all_rows = list(range(self.size))
        self.uuids = columns.uuids
        self.titles = columns.titles
        self.authors = columns.authors
        self.years = columns.years
        self.types = columns.types
        self.added: list[datetime] = columns.added

        # Rows share a few combinations of categories: work each one out once.
        category_by_id = {c.id: c for c in categories}
        tree_rank = {c.id: rank for rank, c in enumerate(depth_first(categories))}
        parents = {c.id: c.parent_id for c in categories}
        names: dict[tuple[int, ...], str] = {}
        signatures: dict[frozenset[int], int] = {}
        signature_of: dict[tuple[int, ...], int] = {}
        for ids in set(columns.category_ids):
            known = sorted((c for c in ids if c in category_by_id), key=tree_rank.__getitem__)
            names[ids] = "; ".join(category_by_id[c].name for c in known)
            signature_of[ids] = signatures.setdefault(
                _with_ancestors(ids, parents), len(signatures)
            )
        self.category_names = list(map(names.__getitem__, columns.category_ids))
        # Each row's categories with all their ancestors, as a small int, so counting per
        # category is one pass over the rows.
        self._row_signature = list(map(signature_of.__getitem__, columns.category_ids))
        self._signatures = list(signatures)

        self._text = TextMatcher(columns, words)

        title_keys = columns.title_keys
        self._sort_keys: dict[SortField, Callable[[], tuple[list[Any], list[bool]]]] = {
            SortField.TITLE: lambda: (title_keys, [False] * self.size),
            SortField.AUTHORS: lambda: (
                [fold(a) for a in self.authors],
                [not a for a in self.authors],
            ),
            SortField.YEAR: lambda: (
                [y or 0 for y in self.years],
                [y is None for y in self.years],
            ),
            SortField.TYPE: lambda: (list(map(str, self.types)), [False] * self.size),
            SortField.CATEGORIES: lambda: (
                [fold(c) for c in self.category_names],
                [not c for c in self.category_names],
            ),
            SortField.ADDED: lambda: (list(self.added), [False] * self.size),
        }
        self._keys: dict[SortField, tuple[list[Any], list[bool]]] = {}
        self._orders: dict[tuple[SortField, bool], list[int]] = {}
        self._positions: dict[tuple[SortField, bool], list[int]] = {}
        self._category_masks: dict[int, bytearray] = {}
        self._type_masks: dict[ResourceType, bytearray] = {}
        self._row_of_uuid: dict[str, int] | None = None
        self._in_title_order: bool | None = None

    @classmethod
    def from_resources(
        cls,
        resources: Sequence[Resource],
        categories: Sequence[Category],
        *,
        word_index: bool = True,
    ) -> SearchIndex:
        """An index of ``resources``, deriving their search text here rather than in the store.

        Without ``word_index``, every term is found by scanning the text.
        """
        texts = [search_text(r) for r in resources]
        ids = list(range(len(resources)))
        columns = CatalogColumns(
            ids=ids,
            uuids=[r.uuid for r in resources],
            titles=[r.title for r in resources],
            authors=[t.authors for t in texts],
            years=[r.year for r in resources],
            types=[r.type for r in resources],
            added=[r.added for r in resources],
            category_ids=[r.category_ids for r in resources],
            search_titles=[t.title for t in texts],
            search_texts=[t.title + FIELD_SEPARATOR + t.content for t in texts],
            title_keys=[t.title_key for t in texts],
        )
        return cls(columns, categories, WordIndex.from_texts(ids, texts) if word_index else None)

    # Queries -------------------------------------------------------------------------------

    def browse(self, query: BrowseQuery) -> BrowseResult:
        terms = search_terms(query.text, query.options.exact)
        text_ignored = bool(terms) and not query.options.searches_something
        rows = self._text.rows(terms, query.options) if terms and not text_ignored else None
        if query.types is not None and set(query.types) != set(ResourceType):
            rows = _masked(self._all_rows if rows is None else rows, self._types_mask(query.types))
        matching = rows if rows is not None else self._all_rows
        counts = self._category_counts(matching)
        if query.categories is not None:
            matching_in_category = _masked(matching, self._categories_mask(query.categories))
        else:
            matching_in_category = matching
        return BrowseResult(
            rows=self._ordered(matching_in_category, query.sort, query.descending),
            matching=len(matching),
            category_counts=counts,
            terms=() if text_ignored else terms,
            text_ignored=text_ignored,
        )

    def row_of(self, uuid: str) -> int | None:
        if self._row_of_uuid is None:
            self._row_of_uuid = {u: i for i, u in enumerate(self.uuids)}
        return self._row_of_uuid.get(uuid)

    # Text ----------------------------------------------------------------------------------

    # Filters and counts --------------------------------------------------------------------

    def _types_mask(self, types: frozenset[ResourceType]) -> bytearray:
        masks = []
        for kind in types:
            if kind not in self._type_masks:
                self._type_masks[kind] = bytearray(t == kind for t in self.types)
            masks.append(self._type_masks[kind])
        return _union(masks, self.size)

    def _categories_mask(self, category_ids: frozenset[int]) -> bytearray:
        masks = []
        for category_id in category_ids:
            if category_id not in self._category_masks:
                inside = bytearray(category_id in s for s in self._signatures)
                self._category_masks[category_id] = bytearray(
                    map(inside.__getitem__, self._row_signature)
                )
            masks.append(self._category_masks[category_id])
        return _union(masks, self.size)

    def _category_counts(self, rows: list[int]) -> dict[int, int]:
        if rows is self._all_rows:
            per_signature = Counter(self._row_signature)
        else:
            per_signature = Counter(map(self._row_signature.__getitem__, rows))
        counts: Counter[int] = Counter()
        for signature, count in per_signature.items():
            for category_id in self._signatures[signature]:
                counts[category_id] += count
        return dict(counts)

    # Order ---------------------------------------------------------------------------------

    def _ordered(self, rows: list[int], sort: SortField, descending: bool) -> list[int]:
        """``rows``, given in index order, put in display order."""
        if sort is SortField.TITLE and self._rows_in_title_order():
            return rows[::-1] if descending else rows
        order = self._order(sort, descending)
        if rows is self._all_rows or len(rows) == self.size:
            return list(order)
        if len(rows) * 16 < self.size:
            return sorted(rows, key=self._position(sort, descending).__getitem__)
        mask = bytearray(self.size)
        deque(map(mask.__setitem__, rows, repeat(1)), maxlen=0)
        return list(compress(order, map(mask.__getitem__, order)))

    def _order(self, sort: SortField, descending: bool) -> list[int]:
        """Every row in display order; ties stay in title order, missing values go last."""
        cached = self._orders.get((sort, descending))
        if cached is not None:
            return cached
        if sort not in self._keys:
            self._keys[sort] = self._sort_keys[sort]()
        keys, missing = self._keys[sort]
        if sort is SortField.TITLE:
            ascending = sorted(self._all_rows, key=keys.__getitem__)
            order = ascending[::-1] if descending else ascending
        else:
            by_title = self._order(SortField.TITLE, False)
            present = [i for i in by_title if not missing[i]]
            absent = [i for i in by_title if missing[i]]
            order = sorted(present, key=keys.__getitem__, reverse=descending) + absent
        self._orders[(sort, descending)] = order
        return order

    def _rows_in_title_order(self) -> bool:
        """Whether the rows came in title order (as the store gives them)."""
        if self._in_title_order is None:
            self._in_title_order = self._order(SortField.TITLE, False) == self._all_rows
        return self._in_title_order

    def _position(self, sort: SortField, descending: bool) -> list[int]:
        cached = self._positions.get((sort, descending))
        if cached is None:
            cached = [0] * self.size
            for position, row in enumerate(self._order(sort, descending)):
                cached[row] = position
            self._positions[(sort, descending)] = cached
        return cached


def _with_ancestors(
    category_ids: tuple[int, ...], parents: dict[int, int | None]
) -> frozenset[int]:
    found: set[int] = set()
    for category_id in category_ids:
        current: int | None = category_id
        while current is not None and current not in found and current in parents:
            found.add(current)
            current = parents[current]
    return frozenset(found)


def _union(masks: list[bytearray], size: int) -> bytearray:
    if not masks:
        return bytearray(size)
    result = masks[0]
    for mask in masks[1:]:
        result = bytearray(map(or_, result, mask))
    return result


def _masked(rows: list[int], mask: bytearray) -> list[int]:
    return list(compress(rows, map(mask.__getitem__, rows)))
