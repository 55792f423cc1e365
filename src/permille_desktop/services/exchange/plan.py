"""An import as one change to the catalog, which the curator applies and may undo."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from datetime import UTC, datetime
from uuid import uuid4

from permille_desktop.domain.changes import ResourceChange, ResourceDraft
from permille_desktop.domain.exchange import ImportPreview, IncomingRecord
from permille_desktop.domain.model import Resource
from permille_desktop.services.catalog import CatalogService
from permille_desktop.services.edit_error import EditError


def _utc_now() -> datetime:
    return datetime.now(UTC)


def plan_import(
    catalog: CatalogService,
    preview: ImportPreview,
    update: Collection[int] = (),
    target_category: int | None = None,
    *,
    now: Callable[[], datetime] = _utc_now,
) -> ResourceChange:
    """The change that imports ``preview``: every new record as a new resource, and the
    matches at the indexes ``update`` (into ``preview.matches``) as updates of theirs; the
    other matches are skipped.

    A new resource keeps the UUID its file gave if the catalog has none such (our own files
    carry them), and the dates its file gave; one without any category goes into
    ``target_category`` if given. An updated resource keeps its UUID, its added date, and the
    fields its record did not give; its categories are replaced only by ones the catalog
    knows. Raises EditError if a category or a matched resource is no longer in the catalog.
    """
    known_categories = {c.id for c in catalog.categories()}
    if target_category is not None and target_category not in known_categories:
        raise EditError.category_not_found(target_category)
    stamp = now()
    chosen = [preview.matches[index] for index in sorted(set(update))]
    current = {r.uuid: r for r in catalog.resources_by_uuid([m.existing.uuid for m in chosen])}
    taken = {r.uuid for r in catalog.resources_by_uuid([r.uuid for r in preview.new if r.uuid])}
    before: list[Resource] = []
    after: list[Resource] = []
    for record in preview.new:
        draft = record.draft
        if not draft.category_ids and target_category is not None:
            draft = replace(draft, category_ids=(target_category,))
        # In the order the store reads them back, so that undo and redo compare equal.
        draft = replace(draft, category_ids=tuple(sorted(set(draft.category_ids))))
        _check_categories(draft, known_categories)
        uuid = record.uuid if record.uuid and record.uuid not in taken else str(uuid4())
        added = record.added or stamp
        after.append(draft.resource(uuid, added, record.modified or max(added, stamp)))
    for match in chosen:
        stored = current.get(match.existing.uuid)
        if stored is None:
            raise EditError.resource_not_found(match.existing.uuid)
        draft = _updated(ResourceDraft.of(stored), match.record)
        _check_categories(draft, known_categories)
        if draft != ResourceDraft.of(stored):  # an update that changes nothing is left out
            before.append(stored)
            after.append(draft.resource(stored.uuid, stored.added, stamp))
    return ResourceChange(before=tuple(before), after=tuple(after))


def _updated(draft: ResourceDraft, record: IncomingRecord) -> ResourceDraft:
    """``draft`` with the fields ``record`` gave; categories only if it named known ones."""
    given = record.fields_given
    incoming = record.draft
    fields = {
        name: getattr(incoming, name)
        for name in ResourceDraft.__dataclass_fields__
        if (given is None or name in given) and name != "category_ids"
    }
    if incoming.category_ids and (given is None or "category_ids" in given):
        fields["category_ids"] = tuple(sorted(set(incoming.category_ids)))
    return replace(draft, **fields)


def _check_categories(draft: ResourceDraft, known: set[int]) -> None:
    for category_id in draft.category_ids:
        if category_id not in known:
            raise EditError.category_not_found(category_id)
