"""Reading CSL-JSON: an array of items (or one item), as Zotero and citation tools write it.

The items are decoded one by one so that each has the line it starts on; a syntax error
rejects the item it is in, and the rest of the file, which can no longer be delimited.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from permille_desktop.domain.exchange import Rejection, RejectReason
from permille_desktop.services.exchange.errors import ExchangeError
from permille_desktop.services.exchange.item_types import from_csl
from permille_desktop.services.exchange.limits import ImportLimits
from permille_desktop.services.exchange.raw_record import (
    RawRecord,
    ReadResult,
    leading_year,
    uuid_or_none,
)

_VENUE_KEYS = ("container-title", "publisher", "collection-title")
_GIVES = {
    "title": "title",
    "author": "authors",
    "issued": "year",
    "URL": "url",
    "DOI": "url",
    "abstract": "description",
    "language": "language",
    "keyword": "category_ids",
    **dict.fromkeys(_VENUE_KEYS, "venue"),
}
# The parts of a CSL name, in reading order.
_NAME_PARTS = ("given", "dropping-particle", "non-dropping-particle", "family", "suffix")


def read_csljson(path: Path, text: str, limits: ImportLimits) -> ReadResult:
    result = ReadResult()
    for line, item in _items(path, text):
        result.count_one(path, limits)
        if isinstance(item, Rejection):
            result.rejected.append(item)
        elif not isinstance(item, dict):
            why = f"a JSON {type(item).__name__} where an item (an object) was expected"
            result.rejected.append(Rejection(line, RejectReason.MALFORMED, why))
        else:
            result.records.append(_record(line, item))
    if not result.records and not result.rejected:
        raise ExchangeError.not_recognised(path, "no CSL-JSON items")
    return result


def _items(path: Path, text: str) -> Iterator[tuple[int, Any]]:
    """Each item of the top-level array with its line; one item if the file is an object."""
    decoder = json.JSONDecoder()
    line_of = _LineCounter(text)
    position = _skip_space(text, 0)
    if text.startswith("{", position):
        yield line_of(position), _decoded(path, decoder, text, position)[0]
        return
    if not text.startswith("[", position):
        raise ExchangeError.malformed(path, "line 1: a CSL-JSON file holds an array of items")
    position = _skip_space(text, position + 1)
    if text.startswith("]", position):
        return
    while True:
        line = line_of(position)
        try:
            item, position = decoder.raw_decode(text, position)
        except (json.JSONDecodeError, RecursionError) as error:
            why = f"not valid JSON ({_message(error)}); the rest of the file could not be read"
            yield line, Rejection(line, RejectReason.MALFORMED, why)
            return
        yield line, item
        position = _skip_space(text, position)
        if text.startswith("]", position):
            return
        if not text.startswith(",", position):
            at = line_of(position)
            why = f"no comma or closing bracket on line {at}; the rest could not be read"
            yield at, Rejection(at, RejectReason.MALFORMED, why)
            return
        position = _skip_space(text, position + 1)


def _decoded(path: Path, decoder: json.JSONDecoder, text: str, start: int) -> tuple[Any, int]:
    try:
        found: tuple[Any, int] = decoder.raw_decode(text, start)
    except (json.JSONDecodeError, RecursionError) as error:
        raise ExchangeError.malformed(path, f"not valid JSON ({_message(error)})") from error
    return found


def _record(line: int, item: dict[str, Any]) -> RawRecord:
    venue = next((_text(item[key]) for key in _VENUE_KEYS if _text(item.get(key))), "")
    return RawRecord(
        line=line,
        title=_text(item.get("title")),
        type=from_csl(_text(item.get("type"))),
        year=_year(item.get("issued")),
        authors=tuple(name for name in map(_name, _listed(item.get("author"))) if name),
        venue=venue,
        description=_text(item.get("abstract")),
        url=_text(item.get("URL")),
        doi=_text(item.get("DOI")),
        language=_text(item.get("language")),
        categories=(_text(item["keyword"]),) if _text(item.get("keyword")) else (),
        category_separators=",;",
        uuid=uuid_or_none(_text(item.get("id"))),
        given=frozenset({"title", "type"} | {_GIVES[key] for key in item if key in _GIVES}),
    )


def _year(issued: Any) -> str:
    """The year of a CSL date: {"date-parts": [[2018, 5]]}, {"raw": "2018-05"}, or text."""
    if isinstance(issued, dict):
        parts = issued.get("date-parts")
        if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
            return _text(parts[0][0])
        issued = issued.get("raw") or issued.get("literal") or ""
    text = _text(issued)
    return leading_year(text) or text


def _name(name: Any) -> str:
    if not isinstance(name, dict):
        return _text(name)
    if _text(name.get("literal")):
        return _text(name["literal"])
    return " ".join(part for part in (_text(name.get(key)) for key in _NAME_PARTS) if part)


def _text(value: Any) -> str:
    """A CSL value as text: strings and numbers as they are, the first of a list (some
    tools write titles as lists), anything else as nothing."""
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, str | int | float):
        return str(value).strip()
    return ""


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


class _LineCounter:
    """The line of a position in the text, counting on from the last position asked about
    (the items are read in order: counting from the start each time would take as long as
    reading the file once per item)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._position = 0
        self._line = 1

    def __call__(self, position: int) -> int:
        if position < self._position:
            self._position, self._line = 0, 1
        self._line += self._text.count("\n", self._position, position)
        self._position = position
        return self._line


def _message(error: json.JSONDecodeError | RecursionError) -> str:
    if isinstance(error, RecursionError):
        return "nested too deeply"
    return f"{error.msg} on line {error.lineno}"
