"""The order of categories among their siblings, as curators add, move and delete them.

Positions are kept as 0, 1, 2… among the children of each parent that a change touches, so
that a position is simply an index in the list the tree shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from permille_desktop.domain.model import Category, descendants


def children(tree: Iterable[Category], parent_id: int | None) -> list[Category]:
    """The children of ``parent_id`` (top-level categories for None), in the order shown."""
    return sorted((c for c in tree if c.parent_id == parent_id), key=_shown_order)


def placed(
    tree: Iterable[Category], category: Category, position: int | None
) -> tuple[Category, ...]:
    """The tree with ``category`` (new, or moved: matched by id) at ``position`` among the
    children of its parent, last for None; its old and new siblings are renumbered."""
    tree = list(tree)
    old = next((c for c in tree if c.id == category.id), None)
    others = [c for c in tree if c.id != category.id]
    siblings = children(others, category.parent_id)
    index = len(siblings) if position is None else max(0, min(position, len(siblings)))
    siblings.insert(index, category)
    by_id = {c.id: c for c in others}
    by_id.update(_renumbered(siblings))
    if old is not None and old.parent_id != category.parent_id:
        by_id.update(_renumbered(children(others, old.parent_id)))
    return in_shown_order(by_id.values())


def without_subtree(tree: Iterable[Category], root_id: int) -> tuple[Category, ...]:
    """The tree without ``root_id`` and everything below it; its siblings are renumbered."""
    tree = list(tree)
    gone = descendants(tree, root_id)
    root = next(c for c in tree if c.id == root_id)
    by_id = {c.id: c for c in tree if c.id not in gone}
    by_id.update(_renumbered(children(by_id.values(), root.parent_id)))
    return in_shown_order(by_id.values())


def depth_first(tree: Iterable[Category]) -> list[Category]:
    """Every category in the order the tree shows them: each parent, then its children.

    Categories in a cycle (damaged data) or under a missing parent are left out.
    """
    below: dict[int | None, list[Category]] = {}
    for category in in_shown_order(tree):
        below.setdefault(category.parent_id, []).append(category)
    found: list[Category] = []
    seen: set[int] = set()
    stack = list(reversed(below.get(None, [])))
    while stack:
        category = stack.pop()
        if category.id in seen:
            continue
        seen.add(category.id)
        found.append(category)
        stack.extend(reversed(below.get(category.id, [])))
    return found


def in_shown_order(tree: Iterable[Category]) -> tuple[Category, ...]:
    """Categories sorted as the store lists them: by position, then id."""
    return tuple(sorted(tree, key=_shown_order))


def _renumbered(siblings: list[Category]) -> dict[int, Category]:
    return {
        c.id: c if c.position == position else replace(c, position=position)
        for position, c in enumerate(siblings)
    }


def _shown_order(category: Category) -> tuple[int, int]:
    return category.position, category.id
