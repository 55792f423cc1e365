"""Take a screenshot of a dialog of the main window: Help → About, Help → Keyboard shortcuts, or
the progress of a long export.

    python scripts/screenshot_help.py OUT.png --dialog about|shortcuts|progress [--dark]
        [--data-dir DIR]

The picture is the whole screen, window and dialog. The export's progress is held a third of
the way until the picture is taken, then cancelled: no file is written. --dark runs the window
in Fusion with a dark palette. Runs under Xvfb (xvfb-run) or, without a display, on Qt's
offscreen platform.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from screenshot_support import add_common_options, start_application


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--dialog", choices=["about", "shortcuts", "progress"], required=True)
    add_common_options(parser)
    args = parser.parse_args()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QPushButton

    from permille_desktop.app import build_main_window

    app = start_application(args)
    saved: list[bool] = []
    with tempfile.TemporaryDirectory() as scratch:
        window = build_main_window(args.data_dir or Path(scratch))
        window.resize(1366, 768)
        window.show()
        window.ui.resourceTable.selectRow(0)

        def shoot() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QDialog) or not dialog.isVisible():
                QTimer.singleShot(50, shoot)
                return
            for _ in range(5):
                app.processEvents()
            saved.append(window.screen().grabWindow(0).save(str(args.output)))
            if isinstance(dialog, QProgressDialog):
                dialog.findChild(QPushButton).click()  # Cancel, as a user would
            else:
                dialog.reject()

        QTimer.singleShot(200, shoot)
        if args.dialog == "about":
            window.help.about()
        elif args.dialog == "shortcuts":
            window.help.shortcuts()
        else:
            _held_export(window, Path(scratch) / "references.csv")
        window.close()
    ok = bool(saved and saved[0])
    print(args.output if ok else "could not write the screenshot", file=sys.stderr)
    return 0 if ok else 1


def _held_export(window: Any, target: Path) -> None:
    """File → Export's work, held a third of the way until it is cancelled."""
    from permille_desktop.domain.exchange import ExchangeFormat
    from permille_desktop.domain.progress import Cancelled
    from permille_desktop.gui.long_work import run_long
    from permille_desktop.services.exchange import export_resources

    uuids = window.shown_uuids()

    def work(progress: Any) -> object:
        def held(done: int, total: int) -> bool:
            while progress(total // 3, total):
                time.sleep(0.05)
            return False

        return export_resources(window._catalog, uuids, target, ExchangeFormat.CSV, progress=held)

    with contextlib.suppress(Cancelled):
        run_long(window, f"Exporting {len(uuids)} resources to {target.name}…", work)


if __name__ == "__main__":
    sys.exit(main())
