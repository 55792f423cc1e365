#!/usr/bin/env bash
# Build the desktop bundle dist/permille-desktop/ and prove it works, as CI does after the tests:
# set up (if needed), build with PyInstaller (packaging/build.sh), start the bundle on a fresh
# data folder (--version, a search that seeds the catalog, every export format and an import,
# then the window for a few seconds), and validate the Linux desktop file and AppStream metadata.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

BUNDLE=dist/permille-desktop
APP=$BUNDLE/permille-desktop
read -r VERSION APP_ID < <(.venv/bin/python -c \
  'from permille_desktop import __version__, paths; print(__version__, paths.APP_ID)')

# The validators, from Debian's packages (like setup.sh's); without them that step is skipped.
TOOLS=(desktop-file-utils appstream)
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for package in "${TOOLS[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
      || missing+=("$package")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  { $sudo apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null; } || echo "bundle: could not install ${missing[*]}" >&2
fi

now() { date +%s%N; }
since() { # seconds since $1, from now
  local ms=$((($(now) - $1) / 1000000))
  printf '%d.%02d' $((ms / 1000)) $((ms % 1000 / 10))
}

started=$(now)
bash packaging/build.sh
echo "bundle: built $BUNDLE in $(since "$started") s, $(du -sh "$BUNDLE" | cut -f1)"

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export QT_QPA_PLATFORM=offscreen

started=$(now)
version=$("$APP" --version)
echo "bundle: --version in $(since "$started") s"
[ "$version" = "permille-desktop $VERSION" ] || {
  echo "bundle: --version said '$version', not 'permille-desktop $VERSION'" >&2
  exit 1
}

# The first start on an empty folder creates the catalog from the bundled resources/.
started=$(now)
"$APP" search soil --data-dir "$data" >"$data/found.txt"
echo "bundle: first search (seeding a new catalog) in $(since "$started") s"
started=$(now)
"$APP" search soil --data-dir "$data" >/dev/null
echo "bundle: second search in $(since "$started") s"
if [ ! -s "$data/found.txt" ]; then
  echo "bundle: 'search soil' found nothing on a new data folder" >&2
  exit 1
fi

for file in all.csv all.bib all.ris all.json; do
  "$APP" export "$data/$file" --data-dir "$data" >/dev/null
  [ -s "$data/$file" ] || { echo "bundle: export wrote no $file" >&2; exit 1; }
done
"$APP" import "$data/all.bib" --dry-run --data-dir "$data" >/dev/null

# The window: still running after a few seconds, on X11 under Xvfb when it is here (which
# exercises the bundled xcb libraries), else on the offscreen platform.
window=(timeout 5 "$APP" --data-dir "$data")
platform=offscreen
if command -v xvfb-run >/dev/null 2>&1; then
  window=(xvfb-run -a env QT_QPA_PLATFORM=xcb "${window[@]}")
  platform="xcb (Xvfb)"
fi
status=0
"${window[@]}" >"$data/window.log" 2>&1 || status=$?
if [ "$status" -ne 124 ]; then
  cat "$data/window.log" >&2
  echo "bundle: the window ended with status $status within 5 s" >&2
  exit 1
fi
echo "bundle: the window ran for 5 s on $platform"

if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "packaging/linux/$APP_ID.desktop"
else
  echo "bundle: desktop-file-validate missing, desktop file not validated" >&2
fi
if command -v appstreamcli >/dev/null 2>&1; then
  appstreamcli validate --no-net "packaging/linux/$APP_ID.metainfo.xml"
else
  echo "bundle: appstreamcli missing, AppStream metadata not validated" >&2
fi
echo "bundle: $BUNDLE works"
