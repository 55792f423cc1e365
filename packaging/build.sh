#!/usr/bin/env bash
# Build the one-folder bundle dist/permille-desktop/ with PyInstaller, for the system this runs
# on (PyInstaller does not cross-build): Linux, macOS (also dist/permille-desktop.app), or
# Windows in Git Bash. Needs a virtual environment in .venv with the app installed
# (scripts/setup.sh on Debian; packaging/README.md for the others); installs PyInstaller into it
# if missing. Extra arguments go to PyInstaller, e.g. --clean.
set -euo pipefail
cd "$(dirname "$0")/.."

PYINSTALLER_VERSION=6.22.3

python=${PYTHON:-}
if [ -z "$python" ]; then
  for candidate in .venv/bin/python .venv/Scripts/python.exe; do
    if [ -x "$candidate" ]; then python=$candidate; break; fi
  done
fi
if [ -z "$python" ]; then
  echo "packaging/build.sh: no .venv here: run scripts/setup.sh first (see packaging/README.md)" >&2
  exit 1
fi

if [ "$("$python" -m PyInstaller --version 2>/dev/null)" != "$PYINSTALLER_VERSION" ]; then
  echo "Installing PyInstaller $PYINSTALLER_VERSION into .venv"
  "$python" -m pip install --quiet "pyinstaller==$PYINSTALLER_VERSION"
fi

# The interface's translations, compiled from translations/*.ts: the spec bundles them.
"$python" scripts/update_translations.py --compile

"$python" -m PyInstaller --noconfirm --log-level ERROR \
  --distpath dist --workpath build/pyinstaller "$@" packaging/permille-desktop.spec
