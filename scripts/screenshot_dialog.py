"""Take a screenshot of the resource dialog on the bundled library, as a curator would see it.

    python scripts/screenshot_dialog.py OUT.png [--mode new|edit|duplicate] [--title TEXT]
        [--problems] [--data-dir DIR] [--language en|fr|es]

Edit and Duplicate open the first resource (in title order) whose title contains --title.
--problems points out every problem of the form, as an attempt to save does. Nothing is saved.
Runs under Xvfb (xvfb-run) or, without a display, on Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from screenshot_support import add_common_options, start_application


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--mode", choices=["new", "edit", "duplicate"], default="new")
    parser.add_argument("--title", default="", help="part of the title of the resource to open")
    parser.add_argument("--problems", action="store_true", help="show every problem")
    add_common_options(parser)
    args = parser.parse_args()

    from permille_desktop.domain.changes import ResourceDraft
    from permille_desktop.gui.resource_dialog import DialogMode, ResourceDialog
    from permille_desktop.services.catalog import CatalogService
    from permille_desktop.services.search_index import BrowseQuery

    app = start_application(args)
    with tempfile.TemporaryDirectory() as scratch:
        catalog = CatalogService.open(args.data_dir or Path(scratch))
        try:
            mode = DialogMode[args.mode.upper()]
            draft = None
            if mode is not DialogMode.NEW:
                index = catalog.build_index()
                rows = index.browse(BrowseQuery()).rows
                wanted = args.title.casefold()
                uuid = next(index.uuids[r] for r in rows if wanted in index.titles[r].casefold())
                resource = catalog.resource(uuid)
                assert resource is not None
                draft = ResourceDraft.of(resource)
            dialog = ResourceDialog(
                None, catalog.categories(), draft, mode=mode, save=lambda _draft: None
            )
            dialog.show()
            if args.problems:
                dialog.show_problems()
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
