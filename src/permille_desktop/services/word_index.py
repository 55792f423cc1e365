"""The catalog's distinct words, and the resources each one occurs in, read on demand.

See domain.words for why this answers one-word terms exactly. Finding the words that
contain a term is one search through a string of every word; their resources are then read
from the store only for the words found, a common word's as one bitmap.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from itertools import accumulate, repeat

from permille_desktop.domain.id_sets import IdSet, byte_mask, smaller_form
from permille_desktop.domain.search_text import SearchText
from permille_desktop.domain.words import words

# Reads the resources of some words (unknown words left out).
LoadResources = Callable[[Sequence[str]], Mapping[str, IdSet]]

# A term found in more than this share of the words is common enough that a scan of the text
# meets it early in most resources, and listing its words would cost more than the scan.
_MOST_WORDS = 1 / 16


class WordIndex:
    def __init__(self, known: Sequence[str], counts: Sequence[int], load: LoadResources) -> None:
        self._words = list(known)
        self._counts = list(counts)
        self._load = load
        # Every word, one a line. Words hold no whitespace, so a match never spans two lines.
        self._text = "\n".join(self._words)
        self._starts = [0, *accumulate(len(w) + 1 for w in self._words)][:-1]

    @classmethod
    def from_texts(cls, ids: Sequence[int], texts: Sequence[SearchText]) -> WordIndex:
        """An index kept in memory, for resources that are not in a store."""
        postings: dict[str, list[int]] = {}
        for resource_id, text in zip(ids, texts, strict=True):
            for word in words(text):
                postings.setdefault(word, []).append(resource_id)
        forms = {word: smaller_form(sorted(ids)) for word, ids in postings.items()}
        return cls(
            list(postings),
            [len(ids) for ids in postings.values()],
            lambda wanted: {w: forms[w] for w in wanted if w in forms},
        )

    def __len__(self) -> int:
        return len(self._words)

    def containing(self, term: str) -> dict[str, int] | None:
        """The words that contain ``term``, with how many resources have each; None when
        ``term`` is in so many words that a scan of the text will do better.
        """
        if not self._words or self._text.count(term) > len(self._words) * _MOST_WORDS:
            return None
        offsets = [match.start() for match in re.finditer(re.escape(term), self._text)]
        numbers = sorted(set(map(bisect_right, repeat(self._starts), offsets)))
        return {self._words[n - 1]: self._counts[n - 1] for n in numbers}

    def id_mask(self, found: Sequence[str], size: int) -> bytearray:
        """One byte per resource id, 1 for the ids of resources with any of ``found``;
        at least ``size`` bytes long."""
        bitmap = 0
        listed: list[Sequence[int]] = []
        for ids in self._load(found).values():
            if isinstance(ids, int):
                bitmap |= ids
            else:
                listed.append(ids)
        mask = byte_mask(bitmap, size)
        for ids in listed:
            if ids and ids[-1] >= len(mask):
                mask.extend(bytes(ids[-1] + 1 - len(mask)))
            deque(map(mask.__setitem__, ids, repeat(1)), maxlen=0)
        return mask
