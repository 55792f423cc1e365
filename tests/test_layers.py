"""The layers point one way: gui → services → store → domain, and nothing runs at import."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "permille_desktop"

# What each layer must never import.
FORBIDDEN = {
    "domain": (
        "PySide6",
        "sqlalchemy",
        "permille_desktop.store",
        "permille_desktop.services",
        "permille_desktop.gui",
        "platformdirs",
    ),
    "store": ("PySide6", "permille_desktop.services", "permille_desktop.gui"),
    "services": ("PySide6", "sqlalchemy", "permille_desktop.gui"),
    "gui": ("sqlalchemy", "permille_desktop.store"),
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_downwards(layer: str):
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for name in _imports(path)
        if name.startswith(FORBIDDEN[layer])
    ]
    assert offenders == []


def test_importing_the_package_starts_nothing(tmp_path: Path):
    # Importing every module must not create folders, open files or a QApplication.
    code = (
        "import pkgutil, importlib, permille_desktop, sys\n"
        "for m in pkgutil.walk_packages(permille_desktop.__path__, 'permille_desktop.'):\n"
        "    importlib.import_module(m.name)\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "assert QCoreApplication.instance() is None\n"
    )
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert list(home.iterdir()) == []
