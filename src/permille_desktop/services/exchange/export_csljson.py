"""Resources as CSL-JSON, the citation processors' format, as Zotero's importer reads it."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from permille_desktop.domain.doi import doi_in
from permille_desktop.domain.model import Resource, ResourceType
from permille_desktop.domain.person_names import person_name
from permille_desktop.services.exchange.item_types import CSL_TYPES

# The types whose venue is the periodical or site they appeared in; the others' is their
# publisher.
_IN_CONTAINER = frozenset({ResourceType.ARTICLE, ResourceType.NEWSLETTER, ResourceType.WEB_PAGE})
KEYWORD_SEPARATOR = ", "


def csljson_text(resources: Iterable[Resource], paths: Mapping[int, str]) -> str:
    # One item a line: much smaller than an indented file, and still readable line by line.
    items = [json.dumps(_item(resource, paths), ensure_ascii=False) for resource in resources]
    return "[\n" + ",\n".join(items) + "\n]\n"


def _item(resource: Resource, paths: Mapping[int, str]) -> dict[str, Any]:
    categories = sorted(paths[c] for c in resource.category_ids if c in paths)
    venue_key = "container-title" if resource.type in _IN_CONTAINER else "publisher"
    fields: dict[str, Any] = {
        # The UUID: CSL wants an id, and a re-import into this app matches on it.
        "id": resource.uuid,
        "type": CSL_TYPES[resource.type],
        "title": resource.title,
        "author": [_author(name) for name in resource.authors],
        "issued": {"date-parts": [[resource.year]]} if resource.year is not None else None,
        venue_key: resource.venue,
        "URL": resource.url,
        "DOI": doi_in(resource.url),
        "abstract": resource.description,
        "language": resource.language,
        "keyword": KEYWORD_SEPARATOR.join(categories),
    }
    return {key: value for key, value in fields.items() if value}


def _author(name: str) -> dict[str, str]:
    person = person_name(name)
    if person is None:
        return {"literal": name}
    return {"family": person.family, "given": person.given}
