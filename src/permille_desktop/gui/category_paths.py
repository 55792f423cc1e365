"""Categories as one-line paths ("Parent / Child"), for lists where a tree will not fit."""

from __future__ import annotations

from collections.abc import Sequence

from permille_desktop.domain.category_order import depth_first
from permille_desktop.domain.category_paths import category_paths as paths_by_id
from permille_desktop.domain.model import Category


def category_paths(categories: Sequence[Category]) -> list[tuple[int, str]]:
    """Every category's id and path, in the order the tree shows them (depth first)."""
    paths = paths_by_id(categories)
    return [(category.id, paths[category.id]) for category in depth_first(categories)]
