"""Sets of resource ids in two forms: ascending ids, or a bitmap for a set that is large.

A bitmap is a Python int with bit ``i`` set for id ``i``. Bitmaps unite with ``|`` in C, so
the resources of the catalog's common words (found in thousands of resources each) combine
at once, where listing their ids would cost a Python step per id.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import compress, count

# Each byte value as eight bytes of 0 or 1, lowest bit first.
_BYTE_BITS = tuple(bytes((value >> bit) & 1 for bit in range(8)) for value in range(256))

IdSet = Sequence[int] | int  # ascending ids, or a bitmap


def smaller_form(ids: Sequence[int]) -> IdSet:
    """``ids`` (ascending) as they take less room: four bytes an id, or a bit an id up to the
    largest."""
    if ids and len(ids) * 32 > ids[-1] + 1:
        return to_bitmap(ids)
    return ids


def with_ids(found: IdSet, ids: Iterable[int]) -> IdSet:
    """``found`` with ``ids`` added, a bitmap staying one (a common word stays common)."""
    if isinstance(found, int):
        return found | to_bitmap(ids)
    return smaller_form(sorted(set(found).union(ids)))


def to_bitmap(ids: Iterable[int]) -> int:
    ids = list(ids)
    if not ids:
        return 0
    bits = bytearray(max(ids) // 8 + 1)
    for resource_id in ids:
        bits[resource_id >> 3] |= 1 << (resource_id & 7)
    return int.from_bytes(bits, "little")


def byte_mask(bitmap: int, size: int) -> bytearray:
    """One byte per id, 1 where ``bitmap`` has the id, at least ``size`` bytes long."""
    mask = bytearray(
        b"".join(map(_BYTE_BITS.__getitem__, bitmap.to_bytes(_length(bitmap), "little")))
    )
    if len(mask) < size:
        mask.extend(bytes(size - len(mask)))
    return mask


def from_bitmap(bitmap: int) -> list[int]:
    """The ids in ``bitmap``, ascending."""
    return list(compress(count(), byte_mask(bitmap, 0)))


def _length(bitmap: int) -> int:
    return (bitmap.bit_length() + 7) // 8
