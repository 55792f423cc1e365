"""Take a screenshot of the real main window, as a user would see it.

    python scripts/screenshot.py OUT.png [--data-dir DIR] [--query TEXT] [--size 1366x768]

Runs on whatever screen Qt has: under Xvfb (xvfb-run) that is a real X window; without a
display it falls back to Qt's offscreen platform. With no --data-dir the window runs on a fresh
temporary folder, so the picture shows what a new user sees on first start.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--query", default="", help="text typed into the search bar")
    parser.add_argument("--select", type=int, default=0, help="table row to select (-1: none)")
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from permille_desktop.app import application, build_main_window

    app = application()
    with tempfile.TemporaryDirectory() as scratch:
        window = build_main_window(args.data_dir or Path(scratch))
        width, height = (int(v) for v in args.size.split("x"))
        window.resize(width, height)
        window.show()
        if args.query:
            window.ui.searchEdit.setText(args.query)
            window.search_bar.flush()
        if args.select >= 0 and window.proxy.rowCount() > args.select:
            window.ui.resourceTable.selectRow(args.select)
        for _ in range(5):
            app.processEvents()
        saved = window.grab().save(str(args.output))
        window.close()
    print(args.output if saved else "could not write the screenshot", file=sys.stderr)
    return 0 if saved else 1


if __name__ == "__main__":
    sys.exit(main())
