#!/usr/bin/env bash
# The README's screenshots, taken from the real app on a virtual screen so they stay current:
#   bash scripts/readme_screenshots.sh
# Needs the set-up of scripts/setup.sh (xvfb and the .venv).
set -euo pipefail
cd "$(dirname "$0")/.."
python=.venv/bin/python
[ -x "$python" ] || python=python3
out=docs/screenshots
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
shoot() { xvfb-run -a -s "-screen 0 1366x768x24" "$python" "$@"; }
shoot scripts/screenshot.py "$out/main-window.png" --data-dir "$scratch/library" \
    --query "soil carbon" --select 0
shoot scripts/screenshot_dialog.py "$out/resource-dialog.png" --data-dir "$scratch/library" \
    --mode edit --title "Matching policy"
echo "screenshots in $out"
