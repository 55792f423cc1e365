"""Exporting resources to a file in one of the exchange formats."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from permille_desktop.domain.category_paths import category_paths
from permille_desktop.domain.exchange import CsvOptions, ExchangeFormat, ExportResult
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


def export_resources(
    catalog: CatalogService,
    uuids: Sequence[str],
    path: Path,
    fmt: ExchangeFormat,
    csv_options: CsvOptions = CsvOptions(),  # noqa: B008 (a frozen value, safe to share)
) -> ExportResult:
    """Write the resources ``uuids`` names, in that order, to ``path`` in ``fmt``.

    Resources no longer in the catalog are left out (``count`` says how many were written).
    Raises ExchangeError (WRITE_FAILED) when the file cannot be written; then no file, not
    even a partial one, is left, and a file that was there is as it was.
    """
    resources = catalog.resources_by_uuid(uuids)
    paths = category_paths(catalog.categories())
    neutralised = 0
    try:
        if fmt is ExchangeFormat.CSV:
            data, neutralised = csv_bytes(resources, paths, csv_options)
        else:
            data = _TEXT_WRITERS[fmt](resources, paths).encode("utf-8")
    except UnicodeEncodeError as error:  # a lone surrogate, which no file can hold
        raise ExchangeError.write_failed(path, str(error)) from error
    # A NUL in a text file makes spreadsheets and reference managers (and our own import)
    # take it for a binary file; it is written as "�". In UTF-8 no other character holds a
    # zero byte. (CSL-JSON writes it as \u0000, which JSON readers take.)
    data = data.replace(b"\x00", "\ufffd".encode())
    write_atomically(path, data)
    return ExportResult(path=path, count=len(resources), neutralised=neutralised)
