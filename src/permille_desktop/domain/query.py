"""The site's search semantics, as plain functions on folded text.

Not exact: a resource matches when the whole phrase, or else every word of it, occurs in an
enabled field, each word possibly in a different field, as a substring. Since every word of a
phrase is a substring of the phrase, "the whole phrase or else every word" is the same as
"every word", which is what :func:`search_terms` returns. Quoted text counts as one word.

Exact: the phrase must occur as one piece in one enabled field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from permille_desktop.domain.text import fold

# A quoted group, closed or still open at the end of the text, or a run of non-space.
_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')

# Separates the fields of one resource in the folded text the engine scans. Folded search
# terms never contain it, so no term can match across two fields.
FIELD_SEPARATOR = "\x1f"


@dataclass(frozen=True, slots=True)
class SearchOptions:
    """The toggles of the search bar."""

    exact: bool = False
    in_title: bool = True
    in_content: bool = True

    @property
    def searches_something(self) -> bool:
        return self.in_title or self.in_content


def search_terms(text: str, exact: bool = False) -> tuple[str, ...]:
    """The folded terms that must all occur for a resource to match ``text``.

    Never raises: quotes may be unbalanced, and operators are ordinary characters.
    """
    folded = fold(text).replace(FIELD_SEPARATOR, " ")
    if exact:
        phrase = folded.strip('"').strip()
        return (phrase,) if phrase else ()
    terms: list[str] = []
    for match in _TOKEN.finditer(folded):
        quoted, word = match.groups()
        term = " ".join(quoted.split()) if quoted is not None else word
        if term and term not in terms:
            terms.append(term)
    return tuple(terms)


def matches(terms: tuple[str, ...], title: str, content: str, options: SearchOptions) -> bool:
    """Whether one resource, given its folded title and content, matches ``terms``.

    The reference predicate: the search engine computes the same thing in bulk.
    """
    if not terms:
        return True
    fields = [f for f, on in ((title, options.in_title), (content, options.in_content)) if on]
    return all(any(term in field for field in fields) for term in terms)


def narrows(previous: tuple[str, ...], current: tuple[str, ...]) -> bool:
    """Whether every match of ``current`` is a match of ``previous``.

    True when each previous term occurs inside some current term, as when a word grows by a
    letter or a word is added: the engine may then scan the previous result only.
    """
    return all(any(old in new for new in current) for old in previous)
