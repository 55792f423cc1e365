"""Resources as a CSV file a spreadsheet opens safely (RFC 4180 through the csv module's excel
dialect: quoting as needed, CRLF line ends)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping

from permille_desktop.domain.exchange import CsvOptions
from permille_desktop.domain.model import Resource
from permille_desktop.services.exchange.csv_columns import COLUMNS

DELIMITERS = (",", ";")
# What makes a spreadsheet take a cell for a formula (OWASP's "CSV injection" list).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def csv_bytes(
    resources: Iterable[Resource], paths: Mapping[int, str], options: CsvOptions
) -> tuple[bytes, int]:
    """The file's bytes, and how many cells were neutralised."""
    if options.delimiter not in DELIMITERS:
        raise ValueError(f"unsupported CSV delimiter {options.delimiter!r}")
    keys = list(COLUMNS) if options.columns is None else list(options.columns)
    unknown = [key for key in keys if key not in COLUMNS]
    if unknown:
        raise ValueError(f"unknown CSV columns: {', '.join(unknown)}")
    columns = [COLUMNS[key] for key in keys]
    text = io.StringIO()
    writer = csv.writer(text, dialect="excel", delimiter=options.delimiter)
    writer.writerow(column.header for column in columns)
    neutralised = 0
    for resource in resources:
        row = []
        for column in columns:
            cell, defused = neutralised_cell(column.cell(resource, paths))
            neutralised += defused
            row.append(cell)
        writer.writerow(row)
    encoding = "utf-8-sig" if options.byte_order_mark else "utf-8"
    return text.getvalue().encode(encoding), neutralised


def neutralised_cell(cell: str) -> tuple[str, bool]:
    """``cell`` with a leading single quote if a spreadsheet would run it as a formula, as
    OWASP recommends; and whether it had to be."""
    if cell.startswith(_FORMULA_STARTS):
        return "'" + cell, True
    return cell, False
