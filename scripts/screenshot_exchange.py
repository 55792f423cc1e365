"""Take a screenshot of the Export dialog or the Import preview dialog, as a user would see it.

    python scripts/screenshot_exchange.py export OUT.png [--format csv|bibtex|ris|csljson]
        [--selected N]
    python scripts/screenshot_exchange.py import OUT.png [--tab new|matches|rejected]
        [--many N] [--data-dir DIR]

Both take --language en|fr|es (English by default).
The import preview is made up from the bundled library: a few well-known soil-carbon references
to add, three of the library's own resources matched (by identifier, DOI, and title and year),
some rejected records and two notices. --many pads the records to add to N, to see a long
list. Nothing is written. Runs under Xvfb (xvfb-run) or, without a display, offscreen.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from screenshot_support import add_common_options, start_application

if TYPE_CHECKING:
    from permille_desktop.domain.exchange import ImportPreview
    from permille_desktop.services.catalog import CatalogService

# (title, authors, year, venue): references a curator might well import.
_NEW = [
    (
        "Soil carbon sequestration impacts on global climate change and food security",
        ("Rattan Lal",),
        2004,
        "Science",
    ),
    ("Climate-smart soils", ("Keith Paustian", "Johannes Lehmann", "Stephen Ogle"), 2016, "Nature"),
    ("Soil carbon 4 per mille", ("Budiman Minasny", "Brendan P. Malone"), 2017, "Geoderma"),
    (
        "Persistence of soil organic matter as an ecosystem property",
        ("Michael W. I. Schmidt", "Margaret S. Torn"),
        2011,
        "Nature",
    ),
    (
        "The contentious nature of soil organic matter",
        ("Johannes Lehmann", "Markus Kleber"),
        2015,
        "Nature",
    ),
    (
        'Matching policy and science: Rationale for the "4 per 1000 - soils for food security and '
        'climate" initiative',
        ("Jean-François Soussana", "Suzanne Lutfalla", "Fiona Ehrhardt"),
        2019,
        "Soil and Tillage Research",
    ),
    (
        "Séquestration du carbone dans les sols agricoles français",
        ("Sylvain Pellerin",),
        2020,
        "INRAE",
    ),
    ("<b>Biochar</b> & soil fertility: a review", ("A. Author",), 2021, ""),
]


def _preview(catalog: CatalogService, many: int) -> ImportPreview:
    from permille_desktop.domain.changes import ResourceDraft
    from permille_desktop.domain.exchange import (
        ExchangeFormat,
        ImportMatch,
        ImportNotice,
        ImportPreview,
        IncomingRecord,
        MatchReason,
        NoticeKind,
        Rejection,
        RejectReason,
    )
    from permille_desktop.domain.model import ResourceType
    from permille_desktop.services.search_index import BrowseQuery

    leaves = [c.id for c in catalog.categories() if c.parent_id is not None]
    new = []
    line = 1
    for n, (title, authors, year, venue) in enumerate(_NEW):
        draft = ResourceDraft(
            title=title,
            type=ResourceType.ARTICLE,
            year=year,
            authors=authors,
            venue=venue,
            # Some come with a category the library has, the others with none.
            category_ids=(leaves[n % len(leaves)],) if n % 3 == 0 else (),
        )
        new.append(IncomingRecord(line=line, draft=draft))
        line += 9
    while len(new) < many:
        record = new[len(new) % len(_NEW)]
        copy = replace(record.draft, title=f"{record.draft.title} ({len(new) + 1})")
        new.append(IncomingRecord(line=line, draft=copy))
        line += 9

    index = catalog.build_index()
    rows = index.browse(BrowseQuery()).rows
    existing = [catalog.resource(index.uuids[r]) for r in rows[:3]]
    matches = []
    for resource, reason in zip(existing, MatchReason, strict=True):
        assert resource is not None
        incoming = ResourceDraft.of(resource)
        if reason is MatchReason.DOI:
            incoming = replace(incoming, title=incoming.title.upper())
        elif reason is MatchReason.TITLE_AND_YEAR:
            incoming = replace(incoming, title=incoming.title + ".")
        record = IncomingRecord(line=line, draft=incoming)
        matches.append(ImportMatch(record=record, existing=resource, reason=reason))
        line += 11

    rejected = (
        Rejection(line + 4, RejectReason.NO_TITLE),
        Rejection(line + 15, RejectReason.BAD_YEAR, "year “19xx”"),
        Rejection(line + 27, RejectReason.MALFORMED, "unbalanced braces in @article{lal2004,"),
        Rejection(line + 40, RejectReason.DUPLICATE_IN_FILE, "same as line 10"),
    )
    notices = (
        ImportNotice(NoticeKind.LEGACY_ENCODING),
        ImportNotice(NoticeKind.UNKNOWN_CATEGORIES, "Soil biology / Microbes, Agroforestry"),
    )
    return ImportPreview(
        path=Path.home() / "Downloads" / "zotero-export.bib",
        format=ExchangeFormat.BIBTEX,
        new=tuple(new),
        matches=tuple(matches),
        rejected=rejected,
        notices=notices,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dialog", choices=["export", "import"])
    parser.add_argument("output", type=Path)
    parser.add_argument("--format", default="csv", help="export: the format picked")
    parser.add_argument("--selected", type=int, default=3, help="export: resources selected")
    parser.add_argument("--tab", choices=["new", "matches", "rejected"], help="import: tab shown")
    parser.add_argument("--many", type=int, default=0, help="import: records to add, at least")
    add_common_options(parser)
    args = parser.parse_args()

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    from permille_desktop.domain.exchange import ExchangeFormat
    from permille_desktop.gui.export_dialog import ExportDialog
    from permille_desktop.gui.import_dialog import ImportDialog
    from permille_desktop.gui.resource_table import COLUMNS
    from permille_desktop.services.catalog import CatalogService

    app = start_application(args)
    with tempfile.TemporaryDirectory() as scratch:
        catalog = CatalogService.open(args.data_dir or Path(scratch))
        try:
            dialog: QDialog
            if args.dialog == "export":
                export = ExportDialog(
                    None,
                    selected=args.selected,
                    shown=catalog.count(),
                    visible_columns=[(c.key.value, c.header()) for c in COLUMNS[:4]],
                    initial_format=ExchangeFormat(args.format),
                )
                dialog = export
            else:
                categories = catalog.categories()
                importer = ImportDialog(None, _preview(catalog, args.many), categories)
                if args.tab:
                    tab = {"new": 0, "matches": 1, "rejected": 2}[args.tab]
                    importer.ui.tabs.setCurrentIndex(tab)
                if args.tab == "matches":
                    # Two of the three ticked for update, the second one selected.
                    importer.ui.updateAllButton.click()
                    model = importer.ui.matchesTable.model()
                    unchecked = Qt.CheckState.Unchecked
                    model.setData(model.index(0, 0), unchecked, Qt.ItemDataRole.CheckStateRole)
                    importer.ui.matchesTable.selectRow(1)
                dialog = importer
            dialog.show()
            for _ in range(5):
                app.processEvents()
            saved = dialog.grab().save(str(args.output))
            dialog.done(0)
        finally:
            catalog.close()
    print(args.output if saved else "could not write the screenshot", file=sys.stderr)
    return 0 if saved else 1


if __name__ == "__main__":
    sys.exit(main())
