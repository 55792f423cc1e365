"""Which rows of the index match the typed text.

Each term is found by scanning the folded text of the rows in C (``map`` of
``str.__contains__``), or, for a one-word term when that costs less, through the word index.
Each result is kept for a while, and a query that can only narrow an earlier one (a letter
typed, a word added) works on that earlier result, not the whole catalog.
"""

from __future__ import annotations

from collections import OrderedDict
from itertools import compress, repeat

from permille_desktop.domain.model import CatalogColumns
from permille_desktop.domain.query import FIELD_SEPARATOR, SearchOptions, narrows
from permille_desktop.domain.words import is_one_word
from permille_desktop.services.word_index import WordIndex

# How many recent text results are kept for narrowing and for backspace.
_CACHE_SIZE = 48
# What a term costs through the word index against a scan of the text, in steps of about
# 50 ns (measured at 100k rows by bench/search.py): a row looked up or an id listed is a step,
# reading a word's resources from the store about 100; a common word comes as one bitmap,
# free per id. A scan reads about 100 bytes a step.
_STEPS_PER_WORD = 100
_SCAN_BYTES_PER_STEP = 100


class TextMatcher:
    def __init__(self, columns: CatalogColumns, words: WordIndex | None) -> None:
        self._all_rows = list(range(len(columns)))
        self._ids = columns.ids
        self._id_bound = max(self._ids, default=-1) + 1
        self._words = words
        self._title_text = columns.search_titles
        self._all_text = columns.search_texts
        self._content_text: list[str] | None = None
        self._text_length = sum(map(len, self._all_text)) // max(len(columns), 1)
        self._cache: OrderedDict[tuple[str, tuple[str, ...]], list[int]] = OrderedDict()

    def rows(self, terms: tuple[str, ...], options: SearchOptions) -> list[int]:
        """The rows, in index order, where every term occurs in an enabled field."""
        fields = ("t" if options.in_title else "") + ("c" if options.in_content else "")
        key = (fields, terms)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        candidates: list[int] | None = None
        base_terms: tuple[str, ...] = ()
        for (old_fields, old_terms), old_rows in self._cache.items():
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
            candidates = self._rows_with(
                term, fields, self._all_rows if candidates is None else candidates
            )
        assert candidates is not None
        self._cache[key] = candidates
        if len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
        return candidates

    def _rows_with(self, term: str, fields: str, rows: list[int]) -> list[int]:
        """Those of ``rows`` (in order) where ``term`` occurs in one of ``fields``."""
        found = self._word_hits(term, rows)
        if found is not None:
            if fields == "tc":
                return found
            # The words are the title's and the content's together: check the one field.
            rows = found
        texts = self._texts(fields)
        if rows is self._all_rows:
            return list(compress(rows, map(str.__contains__, texts, repeat(term))))
        hits = map(str.__contains__, map(texts.__getitem__, rows), repeat(term))
        return list(compress(rows, hits))

    def _word_hits(self, term: str, rows: list[int]) -> list[int] | None:
        """Those of ``rows`` whose title or content has a word containing ``term``, found
        through the word index; None when scanning the rows' text would cost less.
        """
        if self._words is None or not is_one_word(term):
            return None
        found = self._words.containing(term)
        if found is None:
            return None
        # A word in more resources than this comes as a bitmap (domain.id_sets).
        bitmap_from = self._id_bound // 32
        listed = sum(c for c in found.values() if c <= bitmap_from)
        steps = _STEPS_PER_WORD * len(found) + listed + len(rows)
        if steps > len(rows) * self._text_length // _SCAN_BYTES_PER_STEP:
            return None
        mask = self._words.id_mask(list(found), self._id_bound)
        if rows is self._all_rows:
            return list(compress(rows, map(mask.__getitem__, self._ids)))
        return list(compress(rows, map(mask.__getitem__, map(self._ids.__getitem__, rows))))

    def _texts(self, fields: str) -> list[str]:
        if fields == "t":
            return self._title_text
        if fields == "c":
            if self._content_text is None:
                self._content_text = [t.partition(FIELD_SEPARATOR)[2] for t in self._all_text]
            return self._content_text
        return self._all_text
