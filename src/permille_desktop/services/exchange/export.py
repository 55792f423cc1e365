"""Exporting resources to a file in one of the exchange formats."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from permille_desktop.domain.category_paths import category_paths
from permille_desktop.domain.exchange import CsvOptions, ExchangeFormat, ExportResult
from permille_desktop.domain.model import Resource
from permille_desktop.domain.progress import Progress, counted, report
from permille_desktop.services.catalog import CatalogService
from permille_desktop.services.exchange.atomic_write import write_atomically
from permille_desktop.services.exchange.errors import ExchangeError
from permille_desktop.services.exchange.export_bibtex import bibtex_text
from permille_desktop.services.exchange.export_csljson import csljson_text
from permille_desktop.services.exchange.export_csv import csv_bytes
from permille_desktop.services.exchange.export_ris import ris_text

_TEXT_WRITERS = {
    ExchangeFormat.BIBTEX: bibtex_text,
    ExchangeFormat.RIS: ris_text,
    ExchangeFormat.CSL_JSON: csljson_text,
}
# Resources read from the catalog per step: about a twentieth of a second's work each.
_READ_STEP = 2000


def export_resources(
    catalog: CatalogService,
    uuids: Sequence[str],
    path: Path,
    fmt: ExchangeFormat,
    csv_options: CsvOptions = CsvOptions(),  # noqa: B008 (a frozen value, safe to share)
    *,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the resources ``uuids`` names, in that order, to ``path`` in ``fmt``.

    Resources no longer in the catalog are left out (``count`` says how many were written).
    Raises ExchangeError (WRITE_FAILED) when the file cannot be written; then no file, not
    even a partial one, is left, and a file that was there is as it was. ``progress`` is told
    of each resource read, then of each formatted (twice as many steps as resources), and
    asked again while the file is written; if it says to stop, Cancelled is raised, with the
    same guarantee.
    """
    unique = list(dict.fromkeys(uuids))
    total = 2 * len(unique)
    resources = _read(catalog, unique, progress, total)
    paths = category_paths(catalog.categories())
    neutralised = 0
    formatting = counted(resources, progress, len(unique), total)
    try:
        if fmt is ExchangeFormat.CSV:
            data, neutralised = csv_bytes(formatting, paths, csv_options)
        else:
            data = _TEXT_WRITERS[fmt](formatting, paths).encode("utf-8")
    except UnicodeEncodeError as error:  # a lone surrogate, which no file can hold
        raise ExchangeError.write_failed(path, str(error)) from error
    # A NUL in a text file makes spreadsheets and reference managers (and our own import)
    # take it for a binary file; it is written as "�". In UTF-8 no other character holds a
    # zero byte. (CSL-JSON writes it as \u0000, which JSON readers take.)
    data = data.replace(b"\x00", "\ufffd".encode())
    report(progress, total, total)
    # Writing is quick next to the rest: the count stays full, and a stop is still heard.
    writing = None if progress is None else lambda _done, _size: progress(total, total)
    write_atomically(path, data, writing)
    return ExportResult(path=path, count=len(resources), neutralised=neutralised)


def _read(
    catalog: CatalogService, uuids: list[str], progress: Progress | None, total: int
) -> list[Resource]:
    """The resources among ``uuids`` (no two alike), in that order, read a step at a time."""
    resources: list[Resource] = []
    for start in range(0, len(uuids), _READ_STEP):
        report(progress, start, total)
        resources += catalog.resources_by_uuid(uuids[start : start + _READ_STEP])
    return resources
