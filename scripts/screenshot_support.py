"""What the screenshot scripts share: the options every picture takes, and the application
started the way the app starts (a real screen if there is one, the chosen language, a dark
palette on request)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any


def add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, help="library to open (default: a fresh one)")
    parser.add_argument(
        "--language", choices=["en", "fr", "es"], default="en", help="the interface's language"
    )
    parser.add_argument("--dark", action="store_true", help="a dark palette, in Fusion")


def start_application(args: argparse.Namespace) -> Any:
    """The QApplication, set up as ``args`` say, before any window is built."""
    # Under Xvfb there is a display; without one Qt draws offscreen.
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from permille_desktop.app import application
    from permille_desktop.gui.dark_palette import dark_palette
    from permille_desktop.gui.translation import install_language

    app = application()
    install_language(app, args.language)
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    return app
