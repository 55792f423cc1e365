"""Resources as BibTeX, in the form Zotero's and JabRef's importers read: one entry per
resource, authors as "Family, Given and {Organisation}", categories as keywords."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from bibtexparser.entrypoint import write_string
from bibtexparser.library import Library
from bibtexparser.middlewares.parsestack import default_unparse_stack
from bibtexparser.model import Entry, Field

from permille_desktop.domain.doi import doi_in
from permille_desktop.domain.model import Resource, ResourceType
from permille_desktop.domain.person_names import person_name
from permille_desktop.domain.text import fold
from permille_desktop.services.exchange.item_types import BIBTEX_TYPES
from permille_desktop.services.exchange.latex import to_latex, url_to_latex

# The field each type keeps its venue in.
_VENUE_FIELDS = {
    ResourceType.ARTICLE: "journal",
    ResourceType.NEWSLETTER: "journal",
    ResourceType.REPORT: "institution",
    ResourceType.BOOK: "publisher",
}
_DEFAULT_VENUE_FIELD = "publisher"
# Categories are joined as Zotero joins keywords.
KEYWORD_SEPARATOR = ", "
# Our own field: the resource's UUID, which a re-import into this app matches on. Other
# programs keep unknown fields aside (Zotero in "Extra") or ignore them.
UUID_FIELD = "uuid"


def bibtex_text(resources: Iterable[Resource], paths: Mapping[int, str]) -> str:
    library = Library()
    keys = _CitationKeys()
    for resource in resources:
        entry_type = BIBTEX_TYPES[resource.type]
        library.add(Entry(entry_type, keys.new(resource), _fields(resource, paths)))
    # The library is thrown away once written: the entries may be changed in place, which
    # spares the default stack's copy of each (most of the time of a large export).
    return write_string(
        library, unparse_stack=default_unparse_stack(allow_inplace_modification=True)
    )


def _fields(resource: Resource, paths: Mapping[int, str]) -> list[Field]:
    categories = sorted(paths[c] for c in resource.category_ids if c in paths)
    doi = doi_in(resource.url)
    values = {
        "author": " and ".join(map(_author, resource.authors)),
        # Doubled braces keep the title's capitals as they are in every style.
        "title": "{" + to_latex(resource.title) + "}",
        "sorttitle": to_latex(resource.sort_title or ""),
        "year": "" if resource.year is None else str(resource.year),
        _VENUE_FIELDS.get(resource.type, _DEFAULT_VENUE_FIELD): to_latex(resource.venue),
        "url": url_to_latex(resource.url),
        "doi": url_to_latex(doi or ""),
        "abstract": to_latex(resource.description),
        "keywords": to_latex(KEYWORD_SEPARATOR.join(categories)),
        "language": to_latex(resource.language),
        UUID_FIELD: resource.uuid,
    }
    return [Field(key, value) for key, value in values.items() if value]


def _author(name: str) -> str:
    """A person's name as "Family, Given", which BibTeX reads without guessing; any other
    name in braces, which BibTeX keeps whole ("{Government of Australia}")."""
    person = person_name(name)
    if person is None:
        return "{" + to_latex(name) + "}"
    return f"{to_latex(person.family)}, {to_latex(person.given)}"


_NOT_KEY = re.compile(r"[^a-z0-9]+")
_SKIPPED_WORDS = frozenset({"a", "an", "the", "l", "la", "le", "les", "un", "une"})


class _CitationKeys:
    """Keys as Zotero makes them, "family_word_year", made unique with "-1", "-2"…"""

    def __init__(self) -> None:
        self._taken: set[str] = set()
        self._suffixes: dict[str, int] = {}  # the last suffix given to each base

    def new(self, resource: Resource) -> str:
        parts = [_first_family_name(resource.authors), _first_word(resource.title)]
        parts.append("" if resource.year is None else str(resource.year))
        base = "_".join(part for part in parts if part) or "resource"
        key = base
        while key in self._taken:
            self._suffixes[base] = suffix = self._suffixes.get(base, 0) + 1
            key = f"{base}-{suffix}"
        self._taken.add(key)
        return key


def _first_family_name(authors: tuple[str, ...]) -> str:
    """The first author's family name, or an organisation's first word but for articles."""
    if not authors:
        return ""
    person = person_name(authors[0])
    if person is None:
        return _first_word(authors[0])
    return _NOT_KEY.sub("", fold(person.family.split()[-1]))


def _first_word(text: str) -> str:
    """The first word of ``text`` but for articles, as a key's letters and digits."""
    for word in _NOT_KEY.split(fold(text)):
        if word and word not in _SKIPPED_WORDS:
            return word
    return ""
