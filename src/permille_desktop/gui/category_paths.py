"""Categories as one-line paths ("Parent / Child"), for lists where a tree will not fit."""

from __future__ import annotations

from collections.abc import Sequence

from permille_desktop.domain.category_paths import PATH_SEPARATOR as SEPARATOR
from permille_desktop.domain.model import Category


def category_paths(categories: Sequence[Category]) -> list[tuple[int, str]]:
    """Every category's id and path, in the order the tree shows them (depth first)."""
    children: dict[int | None, list[Category]] = {}
    for category in sorted(categories, key=lambda c: (c.position, c.id)):
        children.setdefault(category.parent_id, []).append(category)
    found: list[tuple[int, str]] = []
    seen: set[int] = set()
    stack: list[tuple[Category, str]] = [(c, c.name) for c in reversed(children.get(None, []))]
    while stack:
        category, path = stack.pop()
        if category.id in seen:  # a cycle in damaged data must not hang the dialog
            continue
        seen.add(category.id)
        found.append((category.id, path))
        below = children.get(category.id, [])
        stack.extend((c, path + SEPARATOR + c.name) for c in reversed(below))
    return found
