#!/usr/bin/env bash
# Set up (if needed) and start permille-desktop on the bundled catalog.
# Extra arguments go to the app, e.g. --data-dir DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/permille-desktop "$@"
