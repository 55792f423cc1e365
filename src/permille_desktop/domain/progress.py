"""Long work that says how far it got, and stops between two steps when asked to.

Work that may take seconds on a large catalog (an export, an import's preview, a backup) takes
an optional ``progress`` callback. It is called now and then with how much is done out of how
much (a total of 0: not known yet) and answers whether to go on. When it answers False the work
raises :class:`Cancelled` at once, having undone or never begun anything that would show: no
half-written file, no half-made backup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

# Told (done, total); returns whether to go on.
Progress = Callable[[int, int], bool]


class Cancelled(Exception):  # noqa: N818 (what happened, as the user asked)
    """The work stopped because its progress callback said so; it left nothing behind."""

    def __init__(self) -> None:
        super().__init__("stopped on request")


def report(progress: Progress | None, done: int, total: int) -> None:
    """Tell ``progress``, if any; raise Cancelled if it says to stop."""
    if progress is not None and not progress(done, total):
        raise Cancelled


def counted(items: Iterable[T], progress: Progress | None, start: int, total: int) -> Iterator[T]:
    """``items`` one by one, telling ``progress`` before each that ``start`` + those already
    given are done out of ``total``."""
    if progress is None:
        yield from items
        return
    for number, item in enumerate(items):
        report(progress, start + number, total)
        yield item
