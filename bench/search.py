"""How fast the window answers a search, a category change and a sort, on a large catalog.

Builds a synthetic catalog of N resources (see ``synthetic.py``) in a temporary folder, opens it
in the real main window (``build_main_window``), and times, through the same code the window
uses:

- start-up: opening the catalog, building the search index and the models, until the shown
  window has its first rows (target: 2 s at 100k);
- each step of a typing sequence: the time from a changed query (``setText``, then the search
  bar's ``flush()`` to skip the debounce) to an up-to-date proxy, tree counts, status bar and
  detail pane, events processed (targets at 100k: median 30 ms, worst 100 ms);
- then a category change (one category, two, back to all);
- sorting the full catalog by title, descending then ascending, and by year (target: 150 ms);
- the process's peak resident memory.

The catalog is generated in a child process so that the memory figure is the window's own.
Run from the repository root, with the package installed::

    python bench/search.py --rows 100000

The last line is ``search rows=N p50_ms=X max_ms=Y``. Qt draws offscreen unless
``QT_QPA_PLATFORM`` says otherwise.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from permille_desktop.app import application, build_main_window
from permille_desktop.gui.main_window import MainWindow
from permille_desktop.gui.resource_table import COLUMNS
from permille_desktop.services.search_index import SortField

SYNTHETIC = Path(__file__).with_name("synthetic.py")
WINDOW_SIZE = (1280, 800)

BASE_QUERY = "soil carbon"
ACCENTED_WORD = "écologie"
Select = QItemSelectionModel.SelectionFlag


def typing_sequence() -> list[str]:
    """What the search field holds after each key: two words, an accented word, a backspace."""
    typed = [BASE_QUERY[:n] for n in range(1, len(BASE_QUERY) + 1)]
    typed += [f"{BASE_QUERY} {ACCENTED_WORD[:n]}" for n in range(1, len(ACCENTED_WORD) + 1)]
    typed.append(typed[-1][:-1])
    return typed


def elapsed_ms(action: Callable[[], object]) -> float:
    """Run ``action``, let Qt process what it caused (paint included), return the milliseconds."""
    start = time.perf_counter()
    action()
    QApplication.processEvents()
    return (time.perf_counter() - start) * 1000


def build_catalog(data_dir: Path, rows: int, seed: int) -> float:
    """Generate the catalog in a child process; return the seconds it took."""
    start = time.perf_counter()
    command = [sys.executable, str(SYNTHETIC), str(data_dir), "--rows", str(rows)]
    subprocess.run([*command, "--seed", str(seed)], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def open_window(data_dir: Path) -> tuple[MainWindow, float]:
    """Open the catalog in the real window and show it; return it and the ms to first rows."""
    start = time.perf_counter()
    window = build_main_window(data_dir)
    window.resize(*WINDOW_SIZE)
    window.show()
    QApplication.processEvents()
    while window.ui.resourceTable.model().rowCount() == 0:
        QApplication.processEvents()
    return window, (time.perf_counter() - start) * 1000


def report(step: str, window: MainWindow, ms: float) -> None:
    print(f"  {step:<44} rows={window.proxy.rowCount():>7}  {ms:7.1f} ms")


def type_text(window: MainWindow, text: str) -> float:
    def key() -> None:
        window.ui.searchEdit.setText(text)
        window.search_bar.flush()

    ms = elapsed_ms(key)
    report(repr(text), window, ms)
    return ms


def select_categories(window: MainWindow, category_ids: list[int], flags: Select) -> float:
    """Select the rows of ``category_ids`` in the tree as a click (or Ctrl-click) would."""
    tree = window.ui.categoryTree
    model = window._tree_model
    found = [model.index_of(c) for c in category_ids]
    indexes = [i for i in found if i is not None] or [model.all_resources_index()]

    def click() -> None:
        for index in indexes:
            tree.selectionModel().select(index, flags | Select.Rows)
            tree.selectionModel().setCurrentIndex(index, Select.NoUpdate)

    ms = elapsed_ms(click)
    names = sorted(window._categories[c].name for c in window.selected_categories() or ())
    report("[" + (" + ".join(names) or "All resources") + "]", window, ms)
    return ms


def largest_categories(window: MainWindow, count: int) -> list[int]:
    """The ``count`` categories with the most matches now, in a repeatable order."""
    result = window.proxy.result
    counts = result.category_counts if result else {}
    ids = sorted(window._tree_model.category_ids(), key=lambda c: (-counts.get(c, 0), c))
    return ids[:count]


def run_search_steps(window: MainWindow) -> list[float]:
    times = [type_text(window, text) for text in typing_sequence()]
    first, second = largest_categories(window, 2)
    times.append(select_categories(window, [first], Select.ClearAndSelect))
    times.append(select_categories(window, [second], Select.Select))
    times.append(select_categories(window, [], Select.ClearAndSelect))
    return times


def sort_by(window: MainWindow, key: SortField, order: Qt.SortOrder) -> float:
    column = next(n for n, c in enumerate(COLUMNS) if c.key is key)
    ms = elapsed_ms(lambda: window.proxy.sort(column, order))
    report(f"sort {key.value} {order.name.removesuffix('Order').lower()}", window, ms)
    return ms


def run_sorts(window: MainWindow) -> list[float]:
    """Sort the whole catalog (search cleared) by title both ways, then by year."""
    report("clear the search", window, elapsed_ms(window.search_bar.clear))
    title = [
        sort_by(window, SortField.TITLE, Qt.SortOrder.DescendingOrder),
        sort_by(window, SortField.TITLE, Qt.SortOrder.AscendingOrder),
    ]
    sort_by(window, SortField.YEAR, Qt.SortOrder.AscendingOrder)
    return title


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="generated resources")
    parser.add_argument("--seed", type=int, default=4, help="random seed of the catalog")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="permille-bench-") as folder:
        data_dir = Path(folder)
        print(f"catalog build: {build_catalog(data_dir, args.rows, args.seed):.1f} s")
        # Qt reads this when the application starts: draw offscreen unless told otherwise.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        application()
        window, startup_ms = open_window(data_dir)
        print(f"start-up to first rows: {startup_ms:.0f} ms (target 2000 ms at 100k)")
        print("search steps:")
        times = run_search_steps(window)
        print("sorts (target 150 ms):")
        title_ms = run_sorts(window)
        print(f"title sort: max {max(title_ms):.1f} ms")
        window.close()
    print(f"peak RSS: {peak_rss_mb():.0f} MB")
    p50, worst = statistics.median(times), max(times)
    print(f"search rows={args.rows} p50_ms={p50:.1f} max_ms={worst:.1f}")


if __name__ == "__main__":
    main()
