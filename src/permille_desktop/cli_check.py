"""`permille-desktop check`: the full integrity check and the app's own, writing nothing.

One line per problem found (``KIND: what``), notes on what could not be compared
(``note: why``), and a final line; exit status 0 when all is well, 1 otherwise.
"""

from __future__ import annotations

import sys
from pathlib import Path

from permille_desktop.services.consistency import check_catalog


def check_command(data_dir: Path) -> int:
    # Not through CatalogService.open: that repairs, and a check must leave everything as is.
    report = check_catalog(data_dir.expanduser().absolute())
    out = sys.stdout
    for finding in report.findings:
        out.write(f"{finding.kind.value}: {finding.message}\n")
    for note in report.notes:
        out.write(f"note: {note}\n")
    if report.ok:
        out.write(
            f"OK: {report.path}: {report.resources} resources, {report.categories} "
            f"categories, {report.words} words; no problem found\n"
        )
        return 0
    count = len(report.findings)
    out.write(f"FAILED: {report.path}: {count} problem{'' if count == 1 else 's'} found\n")
    return 1
