"""Words: the runs of folded text between whitespace, which the word index is made of.

A search term that holds no whitespace can only occur inside one word of a text. So the
resources whose text contains such a term are exactly those that have a word containing it,
and the word index can answer by looking through the catalog's distinct words (about a
hundred thousand at 100k resources) instead of all its text (over a hundred megabytes).
"""

from __future__ import annotations

from permille_desktop.domain.search_text import SearchText


def words(text: SearchText) -> set[str]:
    """The distinct words of a resource's title and content together."""
    return set(text.title.split()) | set(text.content.split())


def is_one_word(term: str) -> bool:
    """Whether ``term`` can only occur inside one word: it is not empty and has no whitespace.

    "Whitespace" is what ``str.split()`` splits on, which includes the field separator.
    """
    return bool(term) and not any(map(str.isspace, term))
