"""Reading CSV files: ours, Zotero's, and spreadsheets saved with commas or semicolons."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from permille_desktop.domain.exchange import ImportNotice, NoticeKind, Rejection, RejectReason
from permille_desktop.domain.model import ResourceType
from permille_desktop.domain.person_names import uninverted
from permille_desktop.domain.text import fold
from permille_desktop.services.exchange.errors import ExchangeError
from permille_desktop.services.exchange.item_types import from_zotero
from permille_desktop.services.exchange.limits import ImportLimits
from permille_desktop.services.exchange.raw_record import (
    RawRecord,
    ReadResult,
    leading_year,
    uuid_or_none,
)

_DELIMITERS = (",", ";", "\t")
# Header names, folded, and the field each column holds: ours and Zotero's (which are the
# same where Zotero has the field), and a few a person typing a spreadsheet would use.
_HEADERS = {
    "key": "uuid",
    "item type": "type",
    "publication year": "year",
    "year": "year",
    "date": "date",
    "author": "authors",
    "authors": "authors",
    "title": "title",
    "sort title": "sort_title",
    "publication title": "venue",
    "publisher": "publisher",
    "url": "url",
    "doi": "doi",
    "abstract note": "description",
    "abstract": "description",
    "description": "description",
    "date added": "added",
    "date modified": "modified",
    "language": "language",
    "manual tags": "categories",
    "categories": "categories",
}
# The draft fields each column gives.
_GIVES = {
    "type": "type",
    "year": "year",
    "date": "year",
    "authors": "authors",
    "title": "title",
    "sort_title": "sort_title",
    "venue": "venue",
    "publisher": "venue",
    "url": "url",
    "doi": "url",
    "description": "description",
    "language": "language",
    "categories": "category_ids",
}
_DATE_HEADERS = {"added": "Date Added", "modified": "Date Modified"}
# Zotero's item keys: a Zotero CSV writes authors as "Family, Given".
_ZOTERO_KEY = re.compile(r"[A-Z0-9]{8}")
_UNCLOSED_QUOTE = "unexpected end of data"


def read_csv(path: Path, text: str, limits: ImportLimits) -> ReadResult:
    delimiter, header = _header(path, text)
    columns = {index: _HEADERS.get(fold(name)) for index, name in enumerate(header)}
    first_column: dict[str, int] = {}
    for index, name in columns.items():
        if name is not None:
            first_column.setdefault(name, index)
    result = ReadResult()
    unknown_with_data: set[int] = set()
    unreadable_dates: set[str] = set()
    given = frozenset({"title"} | {_GIVES[name] for name in first_column if name in _GIVES})
    with _field_limit(len(text) + 1):
        for line, cells in _rows(text, delimiter, result, path, limits):
            if not any(cells):
                continue
            result.count_one(path, limits)
            if len(cells) > len(header) and any(cells[len(header) :]):
                detail = f"{len(cells)} cells where the first line names {len(header)} columns"
                result.rejected.append(Rejection(line, RejectReason.MALFORMED, detail))
                continue
            unknown_with_data.update(
                i for i, cell in enumerate(cells) if cell and columns.get(i, "") is None
            )
            values = {name: _cell(cells, index) for name, index in first_column.items()}
            record = _record(line, values, given, unreadable_dates)
            result.records.append(record)
    if unknown_with_data:
        names = ", ".join(header[i] or f"column {i + 1}" for i in sorted(unknown_with_data))
        result.notices.append(ImportNotice(NoticeKind.UNKNOWN_COLUMNS, names))
    if unreadable_dates:
        names = ", ".join(sorted(unreadable_dates))
        result.notices.append(ImportNotice(NoticeKind.UNREADABLE_DATES, names))
    return result


def _header(path: Path, text: str) -> tuple[str, list[str]]:
    """The delimiter and the header row: the delimiter under which the first line names the
    most columns we know (csv.Sniffer guesses from the data too, and a description full of
    commas or semicolons misleads it)."""
    best: tuple[int, int, str, list[str]] | None = None
    for delimiter in _DELIMITERS:
        try:
            row = next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])
        except csv.Error:
            continue
        known = sum(1 for name in row if fold(name) in _HEADERS)
        candidate = (known, len(row), delimiter, row)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    if best is None or "title" not in {_HEADERS.get(fold(name)) for name in best[3]}:
        raise ExchangeError.malformed(path, "its first line has no Title column")
    return best[2], best[3]


def _rows(
    text: str, delimiter: str, result: ReadResult, path: Path, limits: ImportLimits
) -> Iterator[tuple[int, list[str]]]:
    """Each row after the header with the line it starts on; rows the csv module cannot
    read become rejections (strict mode, so that a quote left open is not swallowed)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        next(reader)
    except csv.Error as error:
        raise ExchangeError.malformed(path, f"its first line is broken ({error})") from error
    end = reader.line_num
    while True:
        start = end + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            end = reader.line_num
            result.count_one(path, limits)
            result.rejected.append(Rejection(start, RejectReason.MALFORMED, _why(error, end)))
            continue
        end = reader.line_num
        yield start, cells


def _why(error: csv.Error, end: int) -> str:
    if str(error) == _UNCLOSED_QUOTE:
        return f"a quote opened here is never closed; the file to line {end} could not be read"
    return f"broken quoting ({error})"


def _record(
    line: int, values: dict[str, str], given: frozenset[str], unreadable_dates: set[str]
) -> RawRecord:
    zotero = bool(_ZOTERO_KEY.fullmatch(values.get("uuid", "")))
    authors = [a.strip() for a in values.get("authors", "").split(";") if a.strip()]
    year = values.get("year", "")
    if not year.strip():
        year = leading_year(values.get("date", ""))
    dates = {}
    for name in ("added", "modified"):
        dates[name] = _date(values.get(name, ""))
        if values.get(name, "").strip() and dates[name] is None:
            unreadable_dates.add(_DATE_HEADERS[name])
    return RawRecord(
        line=line,
        title=values.get("title", ""),
        type=from_zotero(values["type"]) if "type" in values else ResourceType.OTHER,
        sort_title=values.get("sort_title") or None,
        year=year,
        authors=tuple(uninverted(a) for a in authors) if zotero else tuple(authors),
        venue=values.get("venue") or values.get("publisher", ""),
        description=values.get("description", ""),
        url=values.get("url", ""),
        doi=values.get("doi", ""),
        language=values.get("language", ""),
        categories=(values["categories"],) if values.get("categories") else (),
        category_separators=";",
        uuid=uuid_or_none(values.get("uuid", "")),
        added=dates["added"],
        modified=dates["modified"],
        given=given,
    )


def _cell(cells: Sequence[str], index: int) -> str:
    # A row may stop short of the header's last columns: those cells are empty.
    return cells[index] if index < len(cells) else ""


def _date(text: str) -> datetime | None:
    """A date as we and Zotero write it ("2024-05-01 09:30:00", in UTC), or in ISO 8601."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


@contextmanager
def _field_limit(chars: int) -> Iterator[None]:
    """Let the csv module read fields as long as the file (its default stops at 128 KiB),
    so that a long field is rejected by the import's own cap, with its line. The limit is
    the module's, so it is put back."""
    previous = csv.field_size_limit()
    csv.field_size_limit(max(previous, chars))
    try:
        yield
    finally:
        csv.field_size_limit(previous)
