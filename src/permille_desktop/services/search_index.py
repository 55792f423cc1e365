"""The keystroke path: which resources match, how many per category, and in what order.

Everything per row is computed once, when the index is built: folded text, sort orders,
category membership. A query then runs as a few passes that iterate in C (``map``,
``compress``, ``Counter``) over lists of row numbers, never a Python call per row or per
comparison. Each text result is kept for a while, and a query that can only narrow an earlier
one (a letter typed, a word added) scans that earlier result instead of the whole catalog.
"""

from __future__ import annotations

from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from itertools import compress, repeat
from operator import or_
from typing import Any

from permille_desktop.domain.model import CatalogColumns, Category, Resource, ResourceType
from permille_desktop.domain.query import (
    FIELD_SEPARATOR,
    SearchOptions,
    narrows,
    search_terms,
)
from permille_desktop.domain.search_text import search_text
from permille_desktop.domain.text import fold

# How many recent text results are kept for narrowing and for backspace.
_CACHE_SIZE = 48


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

    def __init__(self, columns: CatalogColumns, categories: Sequence[Category]) -> None:
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
        tree_rank = _tree_order(categories)
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

        self._title_text = columns.search_titles
        self._all_text = columns.search_texts
        self._content_text: list[str] | None = None

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
        self._text_cache: OrderedDict[tuple[str, tuple[str, ...]], list[int]] = OrderedDict()
        self._category_masks: dict[int, bytearray] = {}
        self._type_masks: dict[ResourceType, bytearray] = {}
        self._row_of_uuid: dict[str, int] | None = None
        self._in_title_order: bool | None = None

    @classmethod
    def from_resources(
        cls, resources: Sequence[Resource], categories: Sequence[Category]
    ) -> SearchIndex:
        """An index of ``resources``, deriving their search text here rather than in the store."""
        texts = [search_text(r) for r in resources]
        columns = CatalogColumns(
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
        return cls(columns, categories)

    # Queries -------------------------------------------------------------------------------

    def browse(self, query: BrowseQuery) -> BrowseResult:
        terms = search_terms(query.text, query.options.exact)
        text_ignored = bool(terms) and not query.options.searches_something
        rows = self._text_rows(terms, query.options) if terms and not text_ignored else None
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

    def _text_rows(self, terms: tuple[str, ...], options: SearchOptions) -> list[int]:
        fields = ("t" if options.in_title else "") + ("c" if options.in_content else "")
        key = (fields, terms)
        cached = self._text_cache.get(key)
        if cached is not None:
            self._text_cache.move_to_end(key)
            return cached
        texts = self._texts(fields)
        candidates: list[int] | None = None
        base_terms: tuple[str, ...] = ()
        for (old_fields, old_terms), old_rows in self._text_cache.items():
            if (
                old_fields == fields
                # On a tie the most recent (last) entry wins: its terms are usually longer.
                and (candidates is None or len(old_rows) <= len(candidates))
                and narrows(old_terms, terms)
            ):
                candidates, base_terms = old_rows, old_terms
        # A term inside one the candidates already matched is matched too: skip it.
        needed = [t for t in terms if not any(t in old for old in base_terms)]
        # Longest terms first: they usually leave the fewest rows for the next one.
        for term in sorted(needed, key=len, reverse=True):
            if candidates is None:
                hits = map(str.__contains__, texts, repeat(term))
                candidates = list(compress(self._all_rows, hits))
            else:
                hits = map(str.__contains__, map(texts.__getitem__, candidates), repeat(term))
                candidates = list(compress(candidates, hits))
        assert candidates is not None
        self._text_cache[key] = candidates
        if len(self._text_cache) > _CACHE_SIZE:
            self._text_cache.popitem(last=False)
        return candidates

    def _texts(self, fields: str) -> list[str]:
        if fields == "t":
            return self._title_text
        if fields == "c":
            if self._content_text is None:
                self._content_text = [t.partition(FIELD_SEPARATOR)[2] for t in self._all_text]
            return self._content_text
        return self._all_text

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


def _tree_order(categories: Sequence[Category]) -> dict[int, int]:
    children: dict[int | None, list[Category]] = {}
    for category in sorted(categories, key=lambda c: (c.position, c.id)):
        children.setdefault(category.parent_id, []).append(category)
    rank: dict[int, int] = {}
    stack = list(reversed(children.get(None, [])))
    while stack:
        category = stack.pop()
        if category.id in rank:
            continue
        rank[category.id] = len(rank)
        stack.extend(reversed(children.get(category.id, [])))
    return rank


def _union(masks: list[bytearray], size: int) -> bytearray:
    if not masks:
        return bytearray(size)
    result = masks[0]
    for mask in masks[1:]:
        result = bytearray(map(or_, result, mask))
    return result


def _masked(rows: list[int], mask: bytearray) -> list[int]:
    return list(compress(rows, map(mask.__getitem__, rows)))
