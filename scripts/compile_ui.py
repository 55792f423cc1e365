"""Compile the Designer files in ui/ into src/permille_desktop/gui/_generated/.

Run after editing a .ui file; CI runs it with --check to catch a stale generated file.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
OUT_DIR = ROOT / "src" / "permille_desktop" / "gui" / "_generated"
HEADER = "# Generated from ui/{name} by scripts/compile_ui.py (pyside6-uic). Do not edit.\n"


def compile_one(ui_file: Path) -> str:
    uic = shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))
    output = subprocess.run(
        [uic, "--no-autoconnection", str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    # The uic version line would make --check fail on any other PySide6 release.
    lines = [line for line in output.splitlines(keepends=True) if "Created by:" not in line]
    return HEADER.format(name=ui_file.name) + "".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if a file is out of date")
    args = parser.parse_args()
    stale = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target = OUT_DIR / f"ui_{ui_file.stem}.py"
        text = compile_one(ui_file)
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(target.relative_to(ROOT))
        else:
            target.write_text(text, encoding="utf-8")
    if stale:
        print("out of date (run scripts/compile_ui.py):", *stale, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
