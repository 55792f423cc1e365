"""Shared fixtures. Every test gets its own data folder; Qt draws offscreen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Set before any Qt import so tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"
