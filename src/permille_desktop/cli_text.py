"""Catalog text printed to a terminal: one line, and nothing the terminal would obey."""

from __future__ import annotations

from functools import cache

_REPLACEMENT = "\ufffd"


@cache
def _controls() -> dict[int, str]:
    # C0 controls, DEL and C1 controls: an imported title could hold ESC sequences that set
    # the terminal's title, clear it or worse. Whitespace is folded before this runs.
    return dict.fromkeys([*range(0x20), *range(0x7F, 0xA0)], _REPLACEMENT)


def terminal_line(text: str) -> str:
    """``text`` on one line (runs of whitespace become one space), its controls shown as "�"."""
    return " ".join(text.split()).translate(_controls())
