"""Reading BibTeX and biblatex files through bibtexparser 2.

bibtexparser keeps reading after a broken entry and lists it among the library's failed
blocks, with its line: each becomes a rejection rather than vanishing.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from bibtexparser.entrypoint import parse_string
from bibtexparser.exceptions import BlockAbortedException
from bibtexparser.middlewares.names import (
    InvalidNameError,
    parse_single_name_into_parts,
    split_multiple_persons_names,
)
from bibtexparser.model import (
    DuplicateBlockKeyBlock,
    DuplicateFieldKeyBlock,
    Entry,
    ParsingFailedBlock,
)

from permille_desktop.domain.exchange import Rejection, RejectReason
from permille_desktop.services.exchange.errors import ExchangeError
from permille_desktop.services.exchange.export_bibtex import UUID_FIELD
from permille_desktop.services.exchange.item_types import from_bibtex
from permille_desktop.services.exchange.latex import from_latex, url_from_latex
from permille_desktop.services.exchange.limits import ImportLimits
from permille_desktop.services.exchange.raw_record import (
    RawRecord,
    ReadResult,
    leading_year,
    uuid_or_none,
)

# Where other programs keep what we call the venue, in the order they are looked at.
_VENUE_FIELDS = (
    "journal", "journaltitle", "booktitle", "publisher", "institution", "organization",
    "school",
)  # fmt: skip
_LINK = re.compile(r"^\s*(?:\\url\{)?\s*(?:https?|mailto):", re.IGNORECASE)
# The draft field each BibTeX field gives.
_GIVES = {
    "title": "title",
    "sorttitle": "sort_title",
    "year": "year",
    "date": "year",
    "author": "authors",
    "url": "url",
    "doi": "url",
    "howpublished": "url",
    "abstract": "description",
    "language": "language",
    "langid": "language",
    "keywords": "category_ids",
    **dict.fromkeys(_VENUE_FIELDS, "venue"),
}


def read_bibtex(path: Path, text: str, limits: ImportLimits) -> ReadResult:
    _keep_parser_messages_quiet()
    try:
        library = parse_string(text)
    except Exception as error:  # a hostile file must not crash the app with the parser
        raise ExchangeError.malformed(path, f"the BibTeX parser failed ({error})") from error
    result = ReadResult()
    for block in library.blocks:
        entry: Entry | None = None
        if isinstance(block, Entry):
            entry = block
        elif isinstance(block, DuplicateBlockKeyBlock):
            # A key used twice matters to LaTeX, not here: the entry is read on its own.
            entry = _reparsed(block)
        elif isinstance(block, ParsingFailedBlock):
            result.count_one(path, limits)
            line = _line(block.start_line)
            result.rejected.append(Rejection(line, RejectReason.MALFORMED, _why(block)))
            continue
        if entry is None:
            continue  # comments, @string and @preamble blocks
        result.count_one(path, limits)
        result.records.append(_record(entry, _line(block.start_line)))
    if not result.records and not result.rejected:
        raise ExchangeError.not_recognised(path, "no BibTeX entries")
    return result


def _record(entry: Entry, line: int) -> RawRecord:
    fields = {field.key.lower(): field.value for field in entry.fields}
    values = {key: value for key, value in fields.items() if isinstance(value, str)}
    howpublished = values.get("howpublished", "")
    url = values.get("url") or (howpublished if _LINK.match(howpublished) else "")
    venue = next((values[key] for key in _VENUE_FIELDS if values.get(key)), "")
    if not venue and howpublished and not _LINK.match(howpublished):
        venue = howpublished
    year = values.get("year", "")
    if not year.strip():  # biblatex: date = {2018-05-01}
        year = leading_year(values.get("date", ""))
    return RawRecord(
        line=line,
        title=from_latex(values.get("title", "")),
        type=from_bibtex(entry.entry_type),
        sort_title=from_latex(values.get("sorttitle", "")) or None,
        year=from_latex(year),
        authors=_authors(values.get("author", "")),
        venue=from_latex(venue),
        description=from_latex(values.get("abstract", "")),
        url=url_from_latex(url),
        doi=url_from_latex(values.get("doi", "")),
        language=from_latex(values.get("language") or values.get("langid", "")),
        categories=(from_latex(values["keywords"]),) if values.get("keywords") else (),
        category_separators=",;",
        uuid=uuid_or_none(values.get(UUID_FIELD, "")),
        given=frozenset({"title", "type"} | {_GIVES[key] for key in values if key in _GIVES}),
    )


def _authors(value: str) -> tuple[str, ...]:
    """Names as one string each, first name first: "Family, Given" and "Given Family" alike;
    a braced name ("{Food and Agriculture Organization}") as it is."""
    names = []
    for name in split_multiple_persons_names(value):
        if name.strip().lower() == "others":  # BibTeX's "and others": et al.
            continue
        try:
            whole = parse_single_name_into_parts(name, strict=False).merge_first_name_first
        except InvalidNameError:
            whole = name
        text = " ".join(from_latex(whole).split())
        if text:
            names.append(text)
    return tuple(names)


def _reparsed(block: DuplicateBlockKeyBlock) -> Entry | None:
    """The entry of a block whose key an earlier entry has, read alone, as the parse stack
    leaves the other entries (bibtexparser keeps it raw)."""
    if block.raw is None:
        return None
    entries = parse_string(block.raw).entries
    return entries[0] if entries else None


def _why(block: ParsingFailedBlock) -> str:
    error = block.error
    if isinstance(block, DuplicateFieldKeyBlock):
        return "a field appears twice in the entry"
    if isinstance(error, BlockAbortedException):
        return f"the entry is broken: {error.abort_reason.strip()}"
    return f"the entry is broken ({error})"


def _line(start_line: int | None) -> int:
    # bibtexparser counts lines from 0.
    return (start_line or 0) + 1


def _keep_parser_messages_quiet() -> None:
    """bibtexparser logs each broken entry as a warning, which Python prints on stderr when
    nobody configured logging: give its logger the handler a library should have, so that the
    command line prints only what the import reports (the app's own log still gets them)."""
    logger = logging.getLogger("bibtexparser")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())
