"""Curators' changes to the catalog, as plain values that can be applied, undone and redone.

A change records the state before and after, never an instruction: undoing it puts back the
very same records (same UUIDs, dates and categories), and redoing it puts back the new ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from permille_desktop.domain.model import Category, Resource, ResourceType


@dataclass(frozen=True, slots=True)
class ResourceDraft:
    """What a curator types into the resource dialog: a resource without identity or dates."""

    title: str = ""
    type: ResourceType = ResourceType.ARTICLE
    sort_title: str | None = None
    year: int | None = None
    authors: tuple[str, ...] = ()
    venue: str = ""
    description: str = ""
    url: str = ""
    language: str = ""
    category_ids: tuple[int, ...] = field(default=())

    @classmethod
    def of(cls, resource: Resource) -> ResourceDraft:
        return cls(
            title=resource.title,
            type=resource.type,
            sort_title=resource.sort_title,
            year=resource.year,
            authors=resource.authors,
            venue=resource.venue,
            description=resource.description,
            url=resource.url,
            language=resource.language,
            category_ids=resource.category_ids,
        )

    def resource(self, uuid: str, added: datetime, modified: datetime) -> Resource:
        return Resource(
            uuid=uuid,
            title=self.title,
            type=self.type,
            added=added,
            modified=modified,
            sort_title=self.sort_title,
            year=self.year,
            authors=self.authors,
            venue=self.venue,
            description=self.description,
            url=self.url,
            language=self.language,
            category_ids=self.category_ids,
        )


@dataclass(frozen=True, slots=True)
class ResourceChange:
    """Resources before and after, matched by UUID: only before is a deletion, only after an
    addition, both an edit."""

    before: tuple[Resource, ...] = ()
    after: tuple[Resource, ...] = ()

    def reversed(self) -> ResourceChange:
        return replace(self, before=self.after, after=self.before)


@dataclass(frozen=True, slots=True)
class CategoryChange:
    """The whole category tree before and after, and the resource links taken away and made
    (as resource UUID, category id). Links of a deleted category are among those taken away.
    """

    before: tuple[Category, ...] = ()
    after: tuple[Category, ...] = ()
    links_removed: tuple[tuple[str, int], ...] = ()
    links_added: tuple[tuple[str, int], ...] = ()

    def reversed(self) -> CategoryChange:
        return CategoryChange(
            before=self.after,
            after=self.before,
            links_removed=self.links_added,
            links_added=self.links_removed,
        )
