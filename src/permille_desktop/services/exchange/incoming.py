"""A record read from a file, checked by the rules every resource follows (those the resource
dialog applies), with its category paths resolved to the catalog's categories."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from permille_desktop.domain.category_paths import path_key
from permille_desktop.domain.changes import ResourceDraft
from permille_desktop.domain.doi import doi_in
from permille_desktop.domain.exchange import IncomingRecord, Rejection, RejectReason
from permille_desktop.domain.validation import (
    parse_year,
    title_problem,
    url_problem,
    year_problem,
)
from permille_desktop.services.exchange.limits import ImportLimits
from permille_desktop.services.exchange.raw_record import RawRecord

# Names of categories hardly hold more than a few of the characters that separate paths:
# looking further for a known path made of several pieces would only cost time.
_MOST_PIECES = 8


def checked_record(
    raw: RawRecord, limits: ImportLimits, today: date, known: Mapping[str, int]
) -> IncomingRecord | Rejection:
    """The record as a resource draft, or why it cannot be imported."""
    too_long = _too_long(raw, limits.max_field_chars)
    if too_long:
        return Rejection(raw.line, RejectReason.FIELD_TOO_LONG, too_long)
    broken = _broken_text(raw)
    if broken:
        return Rejection(raw.line, RejectReason.MALFORMED, broken)
    if title_problem(raw.title):
        return Rejection(raw.line, RejectReason.NO_TITLE)
    if year_problem(raw.year, today):
        return Rejection(raw.line, RejectReason.BAD_YEAR, f"the year is “{raw.year.strip()}”")
    url = raw.url.strip() or _doi_link(raw.doi)
    if url_problem(url):
        return Rejection(raw.line, RejectReason.BAD_URL, f"the link is “{url}”")
    category_ids, unknown = resolved_categories(raw.categories, raw.category_separators, known)
    draft = ResourceDraft(
        title=raw.title,
        type=raw.type,
        sort_title=raw.sort_title,
        year=parse_year(raw.year),
        authors=raw.authors,
        venue=raw.venue,
        description=raw.description,
        url=url,
        language=raw.language,
        category_ids=tuple(category_ids),
    )
    return IncomingRecord(
        line=raw.line,
        draft=draft,
        uuid=raw.uuid,
        added=raw.added,
        modified=raw.modified,
        unknown_categories=tuple(unknown),
        fields_given=raw.given,
    )


def resolved_categories(
    texts: tuple[str, ...], separators: str, known: Mapping[str, int]
) -> tuple[list[int], list[str]]:
    """The known categories' ids, and the unknown paths, that ``texts`` name.

    A text may name several paths, separated by any of ``separators``; since a category's
    name may hold one of those characters too, the longest run of pieces that is a known
    path is taken at each place.
    """
    ids: list[int] = []
    unknown: list[str] = []
    for text in texts:
        # Pieces at even indexes, the separators between them at odd ones.
        tokens = re.split(f"([{re.escape(separators)}])", text) if separators else [text]
        start = 0
        while start < len(tokens):
            last = min(len(tokens) - 1, start + 2 * (_MOST_PIECES - 1))
            for end in range(last, start - 1, -2):
                found = known.get(path_key("".join(tokens[start : end + 1]).strip()))
                if found is not None:
                    ids.append(found)
                    start = end + 2
                    break
            else:
                piece = tokens[start].strip()
                if piece:
                    unknown.append(piece)
                start += 2
    return list(dict.fromkeys(ids)), list(dict.fromkeys(unknown))


def _doi_link(doi: str) -> str:
    found = doi_in(doi)
    return f"https://doi.org/{found}" if found else ""


def _broken_text(raw: RawRecord) -> str:
    """Why a field cannot be stored as text (a lone UTF-16 surrogate, as a JSON "\\ud800"
    escape gives), or ""."""
    fields = {
        "title": raw.title,
        "sort title": raw.sort_title or "",
        "venue": raw.venue,
        "description": raw.description,
        "link": raw.url,
        "language": raw.language,
        "authors": "".join(raw.authors),
        "categories": "".join(raw.categories),
    }
    for name, value in fields.items():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return f"the {name} holds a broken character (a lone UTF-16 surrogate)"
    return ""


def _too_long(raw: RawRecord, most: int) -> str:
    """Which field is over ``most`` characters, or "" when none is."""
    fields = [
        ("the title", raw.title),
        ("the sort title", raw.sort_title or ""),
        ("the venue", raw.venue),
        ("the description", raw.description),
        ("the link", raw.url),
        ("the DOI", raw.doi),
        ("the language", raw.language),
        ("the year", raw.year),
        *(("an author", author) for author in raw.authors),
        *(("the categories", text) for text in raw.categories),
    ]
    for name, value in fields:
        if len(value) > most:
            return f"{name} has {len(value):,} characters, more than {most:,}"
    return ""
