"""Reads the bundled catalog (``resources/catalog.json``) from its decoded JSON into seed values.

The file is ours, but it is edited by hand: every problem is reported with where it is.
"""

from __future__ import annotations

from typing import Any

from permille_desktop.domain.model import (
    ResourceType,
    SeedCatalog,
    SeedCategory,
    SeedResource,
)

SUPPORTED_FORMAT = 1


class CatalogFormatError(ValueError):
    """The catalog file does not have the expected shape."""


def parse_catalog(data: Any) -> SeedCatalog:
    if not isinstance(data, dict):
        raise CatalogFormatError("the catalog must be a JSON object")
    if data.get("format") != SUPPORTED_FORMAT:
        raise CatalogFormatError(f"unsupported catalog format {data.get('format')!r}")
    categories = tuple(_category(c, "categories") for c in _list(data, "categories", "catalog"))
    keys = _all_keys(categories)
    resources = tuple(
        _resource(r, f"resources[{i}]", keys)
        for i, r in enumerate(_list(data, "resources", "catalog"))
    )
    first_use: dict[str, int] = {}
    for position, resource in enumerate(resources):
        earlier = first_use.setdefault(resource.uuid, position)
        if earlier != position:
            raise CatalogFormatError(
                f"resources[{position}].uuid {resource.uuid!r} is already used by "
                f"resources[{earlier}]"
            )
    return SeedCatalog(categories=categories, resources=resources)


def _list(data: dict[str, Any], key: str, where: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise CatalogFormatError(f"{where}.{key} must be a list")
    return value


def _text(data: dict[str, Any], key: str, where: str, required: bool = False) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise CatalogFormatError(f"{where}.{key} must be text")
    if required and not value.strip():
        raise CatalogFormatError(f"{where}.{key} is required")
    return value.strip()


def _category(data: Any, where: str) -> SeedCategory:
    if not isinstance(data, dict):
        raise CatalogFormatError(f"{where}: a category must be an object")
    return SeedCategory(
        key=_text(data, "key", where, required=True),
        name=_text(data, "name", where, required=True),
        children=tuple(_category(c, f"{where}.children") for c in _list(data, "children", where)),
    )


def _all_keys(categories: tuple[SeedCategory, ...]) -> set[str]:
    keys: set[str] = set()
    stack = list(categories)
    while stack:
        category = stack.pop()
        if category.key in keys:
            raise CatalogFormatError(f"category key {category.key!r} is used twice")
        keys.add(category.key)
        stack.extend(category.children)
    return keys


def _resource(data: Any, where: str, category_keys: set[str]) -> SeedResource:
    if not isinstance(data, dict):
        raise CatalogFormatError(f"{where}: a resource must be an object")
    year = data.get("year")
    if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
        raise CatalogFormatError(f"{where}.year must be a whole number or null")
    authors = _list(data, "authors", where)
    if not all(isinstance(a, str) and a.strip() for a in authors):
        raise CatalogFormatError(f"{where}.authors must be non-empty texts")
    try:
        kind = ResourceType(_text(data, "type", where, required=True))
    except ValueError as error:
        raise CatalogFormatError(f"{where}.type: {error}") from None
    keys = _list(data, "categories", where)
    unknown = [k for k in keys if k not in category_keys]
    if unknown or not keys:
        raise CatalogFormatError(f"{where}.categories: unknown or missing keys {unknown}")
    return SeedResource(
        uuid=_text(data, "uuid", where, required=True),
        title=_text(data, "title", where, required=True),
        type=kind,
        category_keys=tuple(keys),
        year=year,
        authors=tuple(a.strip() for a in authors),
        venue=_text(data, "venue", where),
        description=_text(data, "description", where),
        url=_text(data, "url", where),
        language=_text(data, "language", where),
    )
