"""DOIs found in links, which tell two records of the same publication apart from two
publications that merely share a title."""

from __future__ import annotations

import re
from urllib.parse import unquote

# Crossref's pattern for the DOIs it has issued ("10.", a registrant code, "/", a suffix).
_DOI = re.compile(r"10\.\d{4,9}/[-._;()/:a-z0-9]+", re.IGNORECASE)
# Sentence punctuation that may follow a link but is rarely the end of a DOI.
_TRAILING = ".,;:"


def doi_in(url: str) -> str | None:
    """The DOI that ``url`` holds, in lower case (DOIs ignore case), or None."""
    found = _DOI.search(unquote(url))
    if found is None:
        return None
    return found.group().rstrip(_TRAILING).lower()
