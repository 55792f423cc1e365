#!/usr/bin/env bash
# Set up everything permille-desktop needs on a Debian machine: the system libraries Qt loads,
# a virtual environment in .venv, and the app with its development tools.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Libraries the Qt wheels load (xcb for a real screen; EGL, fontconfig and fonts everywhere),
# Xvfb for screenshots of the real window, and venv support for Debian's Python.
DEB_PACKAGES=(
  python3-venv python3-pip
  libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
  libxcb-xkb1 libxrender1 libxi6 libsm6 libice6
  fonts-dejavu-core xvfb xauth
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for package in "${DEB_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
      || missing+=("$package")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet --editable ".[dev]"
# The interface's translations, compiled from translations/*.ts into the package.
.venv/bin/python scripts/update_translations.py --compile
