"""Telling a person's name from an organisation's, for the formats that store a person's
family and given names apart (BibTeX, RIS, CSL-JSON).

The catalog keeps each author as one string: "M. Corbeels", "Government of Australia". Split
wrongly, an organisation reads as "Australia, Government of"; kept whole, a person's name
merely loses its structure. So any doubt keeps the name whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from permille_desktop.domain.text import fold

# Lower-case particles that belong to the family name that follows ("Ludwig van Beethoven").
_PARTICLES = frozenset(
    {
        "af", "al", "bin", "da", "das", "de", "del", "della", "der", "des", "di", "do", "dos",
        "du", "el", "la", "le", "ten", "ter", "van", "von", "y", "zu",
    }
)  # fmt: skip
# Capitalised words that name organisations rather than people ("The Nature Conservancy").
_ORGANISATION_WORDS = frozenset(
    {
        "academy", "agency", "alliance", "association", "authority", "bank", "board", "centre",
        "center", "college", "commission", "committee", "company", "conservancy", "consortium",
        "corporation", "council", "department", "environment", "federation", "foundation",
        "fund", "global", "government", "group", "inc", "initiative", "institute",
        "international", "laboratory", "ltd", "ministry", "national", "nations", "network",
        "office", "organisation", "organization", "panel", "partners", "program", "programme",
        "project", "research", "school", "secretariat", "service", "society", "team", "the",
        "trust", "union", "university", "world",
    }
)  # fmt: skip
# A word of a person's name: letters, with inner dots, hyphens and apostrophes ("J.P.",
# "Cook-Patton", "O'Brien").
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[.'\u2019-])*")


@dataclass(frozen=True, slots=True)
class PersonName:
    family: str  # with its particles: "van Beethoven"
    given: str  # "Ludwig", "M.", "João Carlos de Moraes"

    @property
    def whole(self) -> str:
        return f"{self.given} {self.family}"


def person_name(name: str) -> PersonName | None:
    """``name`` as a person's family and given names, or None when it may not be a person's
    name. The parts always give back ``name``: ``person_name(n).whole == n``."""
    words = name.split(" ")
    if not 2 <= len(words) <= 5 or not all(map(_is_name_word, words)):
        return None
    if words[-1].endswith(".") or words[0] in _PARTICLES:
        return None  # "Corbeels M." puts the family name first
    start = len(words) - 1
    while start > 1 and words[start - 1] in _PARTICLES:
        start -= 1
    return PersonName(family=" ".join(words[start:]), given=" ".join(words[:start]))


def uninverted(name: str) -> str:
    """ "Family, Given" as "Given Family" when that reads as a person's name; any other name
    (an organisation with a comma, several commas) as it is."""
    family, comma, given = name.partition(",")
    if not comma or "," in given:
        return name
    whole = f"{given.strip()} {family.strip()}"
    return whole if person_name(whole) is not None else name


def _is_name_word(word: str) -> bool:
    if word in _PARTICLES:
        return True
    if not _NAME_WORD.fullmatch(word) or not word[0].isupper():
        return False
    letters = word.replace(".", "").replace("-", "")
    if len(letters) > 1 and letters.isupper() and "." not in word:
        return False  # an acronym: "UN", "IPCC"
    return fold(word).strip(".") not in _ORGANISATION_WORDS
