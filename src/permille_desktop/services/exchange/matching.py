"""Which resource of the catalog an incoming record is, if any: the one with its UUID, else
the one with its DOI, else the one with its title (folded) and year."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from permille_desktop.domain.doi import doi_in
from permille_desktop.domain.exchange import ImportMatch, IncomingRecord, MatchReason
from permille_desktop.domain.model import Resource
from permille_desktop.domain.text import fold

Key = tuple[MatchReason, str, int | None]


def record_keys(uuid: str | None, title: str, year: int | None, url: str) -> Iterator[Key]:
    """What identifies a record or a resource, strongest first."""
    if uuid:
        yield MatchReason.UUID, uuid, None
    doi = doi_in(url)
    if doi:
        yield MatchReason.DOI, doi, None
    yield MatchReason.TITLE_AND_YEAR, fold(title), year


def incoming_keys(record: IncomingRecord) -> Iterator[Key]:
    draft = record.draft
    return record_keys(record.uuid, draft.title, draft.year, draft.url)


class CatalogMatcher:
    """The catalog's resources by each key, built once for a whole file."""

    def __init__(self, resources: Iterable[Resource]) -> None:
        self._by_key: dict[Key, Resource] = {}
        for resource in resources:
            for key in record_keys(resource.uuid, resource.title, resource.year, resource.url):
                self._by_key.setdefault(key, resource)

    def match(self, record: IncomingRecord) -> ImportMatch | None:
        for key in incoming_keys(record):
            found = self._by_key.get(key)
            if found is not None:
                return ImportMatch(record=record, existing=found, reason=key[0])
        return None
