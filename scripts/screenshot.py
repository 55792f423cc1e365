"""Take a screenshot of the real main window, as a user would see it.

    python scripts/screenshot.py OUT.png [--data-dir DIR] [--query TEXT] [--size 1366x768]
        [--curator] [--category NAME] [--menu edit|tree] [--screen] [--language en|fr|es]
        [--dark]

Runs on whatever screen Qt has: under Xvfb (xvfb-run) that is a real X window; without a
display it falls back to Qt's offscreen platform. With no --data-dir the window runs on a fresh
temporary folder, so the picture shows what a new user sees on first start. --curator turns
curator mode on; --menu opens the Edit menu or the category tree's context menu (on --category),
and the picture is then the whole screen, since a menu is a window of its own. --dark runs the
window in Fusion with a dark palette, as a dark desktop theme would. --select -1 selects nothing,
which on a new library shows the welcome.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

from screenshot_support import add_common_options, start_application


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    add_common_options(parser)
    parser.add_argument("--query", default="", help="text typed into the search bar")
    parser.add_argument("--select", type=int, default=0, help="table row to select (-1: none)")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--curator", action="store_true", help="turn curator mode on")
    parser.add_argument("--category", help="name of the category to select in the tree")
    parser.add_argument("--menu", choices=["edit", "tree"], help="open this menu")
    parser.add_argument(
        "--screen", action="store_true", help="take the whole screen (messages shown at start)"
    )
    args = parser.parse_args()

    from permille_desktop.app import build_main_window

    app = start_application(args)
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
        if args.curator:
            window.ui.curatorModeAction.setChecked(True)
        if args.category:
            _select_category(window, args.category)
        menu = _open_menu(window, args.menu) if args.menu else None
        for _ in range(5):
            app.processEvents()
        whole = menu is not None or args.screen
        picture = window.screen().grabWindow(0) if whole else window.grab()
        saved = picture.save(str(args.output))
        if menu is not None:
            menu.close()
        window.close()
    print(args.output if saved else "could not write the screenshot", file=sys.stderr)
    return 0 if saved else 1


def _select_category(window: Any, name: str) -> None:
    from PySide6.QtCore import Qt

    flags = Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
    items = window.tree_model.findItems(name, flags)
    if items:
        window.ui.categoryTree.setCurrentIndex(items[0].index())


def _open_menu(window: Any, which: str) -> Any:
    if which == "edit":
        bar = window.menuBar()
        menu = window.ui.editMenu
        bar.setActiveAction(menu.menuAction())
        return menu
    tree = window.ui.categoryTree
    menu = window.curator.categories.context_menu()
    place = tree.visualRect(tree.currentIndex()).center()
    menu.popup(tree.viewport().mapToGlobal(place))
    return menu


if __name__ == "__main__":
    sys.exit(main())
