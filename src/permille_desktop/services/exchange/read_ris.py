"""Reading RIS files: the records are found here, and each is read by rispy.

rispy alone would drop a record without its ER end line at the end of the file, and merge
one into the next when another TY line follows: finding the records' bounds here gives each
its line number and makes such a record a rejection. Lines that continue a value are kept as
line breaks, as Zotero reads them (rispy would join them with spaces).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import rispy  # type: ignore[import-untyped]

from permille_desktop.domain.exchange import Rejection, RejectReason
from permille_desktop.domain.person_names import uninverted
from permille_desktop.services.exchange.errors import ExchangeError
from permille_desktop.services.exchange.item_types import from_ris
from permille_desktop.services.exchange.limits import ImportLimits
from permille_desktop.services.exchange.raw_record import (
    RawRecord,
    ReadResult,
    leading_year,
    uuid_or_none,
)

# A tag line: two characters, one or two spaces (some programs write one), a hyphen.
_TAG_LINE = re.compile(r"^([A-Z][A-Z0-9]) {1,2}-(?: (.*)|\s*)$")
# A continuation line indented by one space so as not to read as a tag (see export_ris).
_INDENTED_TAG = re.compile(r"^ ( *[A-Z][A-Z0-9] {1,2}-)")
# Stands for a line break inside a value while rispy reads the record (a noncharacter).
_LINE_BREAK = "\ufdd3"
# rispy's names for the tags, in the order they are looked at.
_TITLE_KEYS = ("title", "primary_title")
_AUTHOR_KEYS = ("authors", "first_authors")
_YEAR_KEYS = ("year", "publication_year", "date")
_VENUE_KEYS = ("secondary_title", "journal_name", "alternate_title3", "publisher")
_DESCRIPTION_KEYS = ("abstract", "notes_abstract")
_GIVES = {
    **dict.fromkeys(_TITLE_KEYS, "title"),
    **dict.fromkeys(_AUTHOR_KEYS, "authors"),
    **dict.fromkeys(_YEAR_KEYS, "year"),
    **dict.fromkeys(_VENUE_KEYS, "venue"),
    **dict.fromkeys(_DESCRIPTION_KEYS, "description"),
    "urls": "url",
    "doi": "url",
    "language": "language",
    "keywords": "category_ids",
}


@dataclass(slots=True)
class _Chunk:
    """The tag lines of one record, continuation lines joined to theirs."""

    line: int
    lines: list[str] = field(default_factory=list)


def read_ris(path: Path, text: str, limits: ImportLimits) -> ReadResult:
    result = ReadResult()
    for found in _chunks(text):
        result.count_one(path, limits)
        if isinstance(found, Rejection):
            result.rejected.append(found)
        else:
            result.records.append(_record(found))
    if not result.records and not result.rejected:
        raise ExchangeError.not_recognised(path, "no RIS records")
    return result


def _chunks(text: str) -> Iterator[_Chunk | Rejection]:
    """Each complete record, and a rejection for each record that is not."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    chunk: _Chunk | None = None
    stray_from: int | None = None  # tag lines outside a record, from that line
    for number, line in enumerate(lines, start=1):
        tag_line = _TAG_LINE.match(line)
        if tag_line is None:
            if chunk is not None:
                chunk.lines[-1] += _LINE_BREAK + _INDENTED_TAG.sub(r"\1", line)
            continue  # outside a record, blank lines and numbering ("1.") are no record
        tag, value = tag_line.group(1), tag_line.group(2) or ""
        if tag == "TY":
            if chunk is not None:
                why = f"no ER end line before the next record, on line {number}"
                yield Rejection(chunk.line, RejectReason.MALFORMED, why)
            if stray_from is not None:
                yield _stray(stray_from)
                stray_from = None
            chunk = _Chunk(number, [f"TY  - {value}"])
        elif chunk is not None:
            if tag == "ER":
                yield chunk
                chunk = None
            else:
                # rispy reads exactly two spaces before the hyphen.
                chunk.lines.append(f"{tag}  - {value}")
        elif tag == "ER":
            if stray_from is not None:
                yield _stray(stray_from)
                stray_from = None
        elif stray_from is None:
            stray_from = number
    if chunk is not None:
        yield Rejection(chunk.line, RejectReason.MALFORMED, "no ER end line: the file ends first")
    if stray_from is not None:
        yield _stray(stray_from)


def _stray(line: int) -> Rejection:
    return Rejection(line, RejectReason.MALFORMED, "a record without its TY start line")


def _record(chunk: _Chunk) -> RawRecord:
    text = "\n".join([*chunk.lines, "ER  - "])
    parsed = rispy.loads(text, delimiter_tags_mapping={}, skip_unknown_tags=True)
    fields: dict[str, Any] = {
        key: _with_line_breaks(value) for key, value in (parsed[0] if parsed else {}).items()
    }

    def first(keys: tuple[str, ...]) -> Any:
        return next((fields[key] for key in keys if fields.get(key)), "")

    # PY is "2018" or "2018/05/01/"; DA a date.
    year = str(first(_YEAR_KEYS))
    return RawRecord(
        line=chunk.line,
        title=str(first(_TITLE_KEYS)),
        type=from_ris(str(fields.get("type_of_reference", ""))),
        year=leading_year(year) or year,
        authors=tuple(map(uninverted, _listed(first(_AUTHOR_KEYS)))),
        venue=str(first(_VENUE_KEYS)),
        description=str(first(_DESCRIPTION_KEYS)),
        url=next(iter(_listed(fields.get("urls"))), ""),
        doi=str(fields.get("doi", "")),
        language=str(fields.get("language", "")),
        categories=tuple(_listed(fields.get("keywords"))),
        category_separators=";",
        uuid=uuid_or_none(str(fields.get("id", ""))),
        given=frozenset({"title", "type"} | {_GIVES[key] for key in fields if key in _GIVES}),
    )


def _with_line_breaks(value: Any) -> Any:
    if isinstance(value, str):
        # Blank lines before the next tag are no part of the value.
        return value.replace(_LINE_BREAK, "\n").strip()
    if isinstance(value, list):
        return [_with_line_breaks(item) for item in value]
    return value


def _listed(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [str(item).strip() for item in items if item and str(item).strip()]
