"""Resources as RIS, through rispy, in the form Zotero's importer reads: CRLF line ends, a
person as "Family, Given", one KW line per category."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

import rispy  # type: ignore[import-untyped]

from permille_desktop.domain.doi import doi_in
from permille_desktop.domain.model import Resource, ResourceType
from permille_desktop.domain.person_names import person_name
from permille_desktop.services.exchange.item_types import RIS_TYPES

# Where each type keeps its venue (rispy's names): a periodical's or a site's name for
# articles and pages (T2, which Zotero reads as the publication; JO too, which EndNote and
# Mendeley read), the publisher (PB) for the others.
_PERIODICAL = ("secondary_title", "journal_name")
_VENUE_KEYS: Mapping[ResourceType, tuple[str, ...]] = {
    ResourceType.ARTICLE: _PERIODICAL,
    ResourceType.NEWSLETTER: _PERIODICAL,
    ResourceType.WEB_PAGE: ("secondary_title",),
}
_DEFAULT_VENUE_KEYS = ("publisher",)
# A line of a value that a reader would take for a tag line ("ER  - ").
_LOOKS_LIKE_TAG = re.compile(r"^ *[A-Z][A-Z0-9] {1,2}-")


class RisFileWriter(rispy.RisWriter):  # type: ignore[misc]
    """rispy's writer without its "1." line before each record, with the CRLF line ends of
    the RIS specification."""

    NEWLINE: ClassVar[str] = "\r\n"

    def set_header(self, count: int) -> str:
        return ""


def ris_text(resources: Iterable[Resource], paths: Mapping[int, str]) -> str:
    records = [_record(resource, paths) for resource in resources]
    # No delimited tags: rispy would otherwise split a link at each ";".
    text: str = rispy.dumps(records, implementation=RisFileWriter, delimiter_tags_mapping={})
    return text


def _record(resource: Resource, paths: Mapping[int, str]) -> dict[str, Any]:
    record: dict[str, Any] = {"type_of_reference": RIS_TYPES[resource.type]}
    fields: dict[str, Any] = {
        "title": resource.title,
        "authors": [_author(name) for name in resource.authors],
        "year": "" if resource.year is None else str(resource.year),
        **dict.fromkeys(_VENUE_KEYS.get(resource.type, _DEFAULT_VENUE_KEYS), resource.venue),
        "urls": [resource.url] if resource.url else [],
        "doi": doi_in(resource.url) or "",
        "abstract": resource.description,
        "keywords": sorted(paths[c] for c in resource.category_ids if c in paths),
        "language": resource.language,
        "id": resource.uuid,
    }
    for key, value in fields.items():
        if isinstance(value, list):
            value = [one_value(item) for item in value if item]
        elif value:
            value = one_value(value)
        if value:
            record[key] = value
    return record


def _author(name: str) -> str:
    person = person_name(name)
    return name if person is None else f"{person.family}, {person.given}"


def one_value(text: str) -> str:
    """``text`` as a tag's value: its line breaks as CRLF continuation lines, which Zotero
    reads back; a continuation line that a reader would take for a tag is indented by one
    space (and read back without it)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\r\n".join(
        [lines[0], *(" " + line if _LOOKS_LIKE_TAG.match(line) else line for line in lines[1:])]
    )
