"""Categories named by their path from the top of the tree: "News in the spotlight / Soil
Carbon Notes". Files carry categories this way; the catalog knows them by id."""

from __future__ import annotations

from collections.abc import Iterable

from permille_desktop.domain.model import Category
from permille_desktop.domain.text import fold

PATH_SEPARATOR = " / "


def category_paths(categories: Iterable[Category]) -> dict[int, str]:
    """Each category's path, by id."""
    by_id = {c.id: c for c in categories}
    paths: dict[int, str] = {}
    for category in by_id.values():
        names = [category.name]
        seen = {category.id}  # a damaged tree with a cycle must not loop forever
        parent_id = category.parent_id
        while parent_id is not None and parent_id in by_id and parent_id not in seen:
            seen.add(parent_id)
            names.append(by_id[parent_id].name)
            parent_id = by_id[parent_id].parent_id
        paths[category.id] = PATH_SEPARATOR.join(reversed(names))
    return paths


def path_key(path: str) -> str:
    """What two spellings of the same path have in common: case, accents and the spaces
    around "/" do not count."""
    return "/".join(fold(part) for part in path.split("/"))


def categories_by_path(categories: Iterable[Category]) -> dict[str, int]:
    """Category ids by :func:`path_key`; the first of two paths spelt alike wins."""
    found: dict[str, int] = {}
    for category_id, path in category_paths(categories).items():
        found.setdefault(path_key(path), category_id)
    return found
