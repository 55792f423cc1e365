"""What importing a file would do, worked out without writing anything."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from permille_desktop.domain.category_paths import categories_by_path
from permille_desktop.domain.exchange import (
    ExchangeFormat,
    ImportMatch,
    ImportNotice,
    ImportPreview,
    IncomingRecord,
    NoticeKind,
    Rejection,
    RejectReason,
)
from permille_desktop.domain.progress import Progress, counted, report
from permille_desktop.services.catalog import CatalogService
from permille_desktop.services.exchange.errors import ExchangeError
from permille_desktop.services.exchange.incoming import checked_record
from permille_desktop.services.exchange.limits import ImportLimits
from permille_desktop.services.exchange.matching import CatalogMatcher, Key, incoming_keys
from permille_desktop.services.exchange.raw_record import ReadResult
from permille_desktop.services.exchange.read_bibtex import read_bibtex
from permille_desktop.services.exchange.read_csljson import read_csljson
from permille_desktop.services.exchange.read_csv import read_csv
from permille_desktop.services.exchange.read_ris import read_ris
from permille_desktop.services.exchange.text_file import format_of, read_text

_READERS = {
    ExchangeFormat.CSV: read_csv,
    ExchangeFormat.BIBTEX: read_bibtex,
    ExchangeFormat.RIS: read_ris,
    ExchangeFormat.CSL_JSON: read_csljson,
}
# A notice names this many unknown categories at most; a Zotero library may have thousands of
# tags.
_MOST_NAMED = 20


def preview_import(
    catalog: CatalogService,
    path: Path,
    fmt: ExchangeFormat | None = None,
    *,
    limits: ImportLimits = ImportLimits(),  # noqa: B008 (a frozen value, safe to share)
    today: date | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    """Read ``path`` (in ``fmt``, else the format its suffix or content says) and sort its
    records into new ones, matches with resources of the catalog, and rejections.

    Raises ExchangeError when the file cannot be read at all: then nothing was understood.
    ``progress`` is asked between the steps (reading and parsing the file, with no total
    yet; reading the catalog), then told of each record sorted; if it says to stop, Cancelled
    is raised. Nothing is written either way.
    """
    report(progress, 0, 0)
    file = read_text(path, limits)
    fmt = fmt or format_of(path, file.text)
    if fmt is None:
        raise ExchangeError.not_recognised(path, "its content looks like none of them")
    report(progress, 0, 0)
    read = _READERS[fmt](path, file.text, limits)
    notices = []
    if file.legacy_encoding:
        notices.append(ImportNotice(NoticeKind.LEGACY_ENCODING, "Windows-1252"))
    notices += read.notices
    new, matches, rejected, unknown = _sorted_records(catalog, read, limits, today, progress)
    if unknown:
        notices.append(ImportNotice(NoticeKind.UNKNOWN_CATEGORIES, _named(unknown)))
    return ImportPreview(
        path=path,
        format=fmt,
        new=tuple(new),
        matches=tuple(matches),
        rejected=tuple(sorted(rejected, key=lambda rejection: rejection.line)),
        notices=tuple(notices),
    )


def _sorted_records(
    catalog: CatalogService,
    read: ReadResult,
    limits: ImportLimits,
    today: date | None,
    progress: Progress | None,
) -> tuple[list[IncomingRecord], list[ImportMatch], list[Rejection], list[str]]:
    report(progress, 0, len(read.records))
    known = categories_by_path(catalog.categories())
    matcher = CatalogMatcher(catalog.resources())
    new: list[IncomingRecord] = []
    matches: list[ImportMatch] = []
    rejected = list(read.rejected)
    unknown: dict[str, None] = {}
    seen: dict[Key, int] = {}  # the line of the first record with each key
    matched: dict[str, int] = {}  # the line of the record matching each resource
    for raw in counted(read.records, progress, 0, len(read.records)):
        record = checked_record(raw, limits, today or date.today(), known)
        if isinstance(record, Rejection):
            rejected.append(record)
            continue
        keys = list(incoming_keys(record))
        earlier = next((seen[key] for key in keys if key in seen), None)
        match = matcher.match(record)
        if earlier is None and match is not None:
            earlier = matched.get(match.existing.uuid)
        if earlier is not None:
            why = f"the same resource as the record on line {earlier}"
            rejected.append(Rejection(record.line, RejectReason.DUPLICATE_IN_FILE, why))
            continue
        for key in keys:
            seen.setdefault(key, record.line)
        if match is None:
            new.append(record)
        else:
            matched[match.existing.uuid] = record.line
            matches.append(match)
        unknown.update(dict.fromkeys(record.unknown_categories))
    return new, matches, rejected, list(unknown)


def _named(paths: list[str]) -> str:
    named = "; ".join(paths[:_MOST_NAMED])
    return named if len(paths) <= _MOST_NAMED else f"{named}; and {len(paths) - _MOST_NAMED} more"
