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


def _bitmap_is_smaller(bitmap: int) -> bool:
    # The test of smaller_form(), on a bitmap: its length in bits is the largest id plus one.
    return bitmap.bit_count() * 32 > bitmap.bit_length()


def with_ids(found: IdSet, ids: Iterable[int]) -> IdSet:
    """``found`` with ``ids`` added, a bitmap staying one (a common word stays common)."""
    if isinstance(found, int):
        return found | to_bitmap(ids)
    return smaller_form(sorted(set(found).union(ids)))


def without_ids(found: IdSet, ids: Iterable[int]) -> IdSet:
    """``found`` with ``ids`` taken away, in the smaller form of what is left.

    Unlike :func:`with_ids`, a bitmap may become a list: a word most resources lost is no
    longer common, and an empty set is an empty list.
    """
    if isinstance(found, int):
        left = found & ~to_bitmap(ids)
        return left if _bitmap_is_smaller(left) else from_bitmap(left)
    gone = set(ids)
    return smaller_form([resource_id for resource_id in found if resource_id not in gone])


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
