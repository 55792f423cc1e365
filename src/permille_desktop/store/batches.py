"""Long lists of values cut into batches a statement can take as parameters."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

# SQLite allows 32766 parameters per statement since 3.32; stay well below.
BATCH_SIZE = 500

T = TypeVar("T")


def batches(items: Sequence[T]) -> Iterator[Sequence[T]]:
    return (items[start : start + BATCH_SIZE] for start in range(0, len(items), BATCH_SIZE))
