"""Curators' edits: each is planned as a change (checked, nothing written), then applied.

Planning and writing are apart so that the GUI can ask a question between them (delete these
resources?) and keep the change for undo: reverting applies it backwards, which puts back the
very records it replaced.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from uuid import uuid4

from permille_desktop.domain.category_order import (
    children,
    in_shown_order,
    placed,
    without_subtree,
)
from permille_desktop.domain.changes import CategoryChange, ResourceChange, ResourceDraft
from permille_desktop.domain.doi import doi_in
from permille_desktop.domain.model import Category, Resource, descendants
from permille_desktop.domain.text import fold
from permille_desktop.services.edit_error import EditError, EditProblem
from permille_desktop.store.repository import CatalogStore, StoreError

__all__ = ["Curator", "EditError", "EditProblem"]

Change = ResourceChange | CategoryChange


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Curator:
    """Plans and writes curators' changes to one catalog store."""

    def __init__(self, store: CatalogStore, now: Callable[[], datetime] = _utc_now) -> None:
        self._store = store
        self._now = now

    # Resources ----------------------------------------------------------------------------

    def plan_add(self, draft: ResourceDraft) -> ResourceChange:
        """A new resource from ``draft``, with a new UUID, added and modified now."""
        checked = self._checked(draft)
        now = self._now()
        return ResourceChange(after=(checked.resource(str(uuid4()), now, now),))

    def plan_edit(self, uuid: str, draft: ResourceDraft) -> ResourceChange:
        """The resource ``uuid`` as ``draft`` says, keeping its UUID and added date."""
        stored = self._store.resource(uuid)
        if stored is None:
            raise EditError.resource_not_found(uuid)
        checked = self._checked(draft)
        return ResourceChange(
            before=(stored,), after=(checked.resource(uuid, stored.added, self._now()),)
        )

    def plan_delete(self, uuids: Sequence[str]) -> ResourceChange:
        return ResourceChange(before=tuple(self._resources(uuids)))

    def duplicates_of(self, draft: ResourceDraft, excluding: str | None = None) -> list[Resource]:
        """Resources that seem to be ``draft`` already: with the same title once folded (case,
        accents, spaces…), or a link to the same DOI. ``excluding`` is the one being edited."""
        title = fold(draft.title)
        doi = doi_in(draft.url)
        if not title and doi is None:
            return []
        # The store finds links that merely contain the DOI; 10.1/ab is not 10.1/abc.
        return [
            found
            for found in self._store.duplicates(title, doi, excluding)
            if (title and fold(found.title) == title) or (doi and doi_in(found.url) == doi)
        ]

    # Categories ---------------------------------------------------------------------------

    def plan_add_category(
        self, name: str, parent_id: int | None, position: int | None = None
    ) -> CategoryChange:
        """A new category under ``parent_id`` (top level for None), last among its siblings
        unless ``position`` says where."""
        tree = self._store.categories()
        if parent_id is not None:
            _find(tree, parent_id)
        name = _checked_name(name, children(tree, parent_id))
        new_id = max((c.id for c in tree), default=0) + 1
        new = Category(id=new_id, name=name, parent_id=parent_id, position=0)
        return CategoryChange(before=in_shown_order(tree), after=placed(tree, new, position))

    def plan_rename_category(self, category_id: int, name: str) -> CategoryChange:
        tree = self._store.categories()
        category = _find(tree, category_id)
        name = _checked_name(name, children(tree, category.parent_id), category_id)
        after = [replace(c, name=name) if c.id == category_id else c for c in tree]
        return CategoryChange(before=in_shown_order(tree), after=in_shown_order(after))

    def plan_delete_category(
        self, category_id: int, move_resources_to_parent: bool
    ) -> CategoryChange:
        """Delete a category and everything below it.

        Its resources stay in the catalog; with ``move_resources_to_parent`` those of the
        whole subtree are put in its parent category, if it has one.
        """
        tree = self._store.categories()
        category = _find(tree, category_id)
        links = self._store.category_links(descendants(tree, category_id))
        added: tuple[tuple[str, int], ...] = ()
        parent = category.parent_id
        if move_resources_to_parent and parent is not None:
            there = {uuid for uuid, _ in self._store.category_links([parent])}
            added = tuple(
                (uuid, parent)
                for uuid in dict.fromkeys(uuid for uuid, _ in links)
                if uuid not in there
            )
        return CategoryChange(
            before=in_shown_order(tree),
            after=without_subtree(tree, category_id),
            links_removed=tuple(links),
            links_added=added,
        )

    def plan_move_category(
        self, category_id: int, parent_id: int | None, position: int
    ) -> CategoryChange:
        """Put a category under ``parent_id`` (top level for None) at index ``position`` of
        its new siblings: reordered among its siblings when the parent stays the same."""
        tree = self._store.categories()
        category = _find(tree, category_id)
        if parent_id is not None:
            _find(tree, parent_id)
            if parent_id in descendants(tree, category_id):
                raise EditError.into_itself(category.name)
        if parent_id != category.parent_id:
            _checked_name(category.name, children(tree, parent_id), category_id)
        moved = replace(category, parent_id=parent_id)
        return CategoryChange(before=in_shown_order(tree), after=placed(tree, moved, position))

    def plan_add_to_category(
        self, uuids: Sequence[str], category_id: int, remove_from: int | None = None
    ) -> CategoryChange:
        """Put resources in a category (those already there are left as they are); with
        ``remove_from``, take them out of that one too, which moves them."""
        tree = self._store.categories()
        _find(tree, category_id)
        if remove_from is not None:
            _find(tree, remove_from)
        resources = self._resources(uuids)
        removed: tuple[tuple[str, int], ...] = ()
        if remove_from is not None and remove_from != category_id:
            removed = tuple(
                (r.uuid, remove_from) for r in resources if remove_from in r.category_ids
            )
        return CategoryChange(
            before=in_shown_order(tree),
            after=in_shown_order(tree),
            links_removed=removed,
            links_added=tuple(
                (r.uuid, category_id) for r in resources if category_id not in r.category_ids
            ),
        )

    def resources_in_subtree(self, category_id: int) -> int:
        """How many resources are in a category or below it, each counted once."""
        tree = self._store.categories()
        _find(tree, category_id)
        links = self._store.category_links(descendants(tree, category_id))
        return len({uuid for uuid, _ in links})

    # Writing ------------------------------------------------------------------------------

    def apply(self, change: Change) -> None:
        """Write ``change`` in one transaction: all of it, or nothing and an EditError."""
        if self._store.read_only:
            raise EditError.read_only()
        try:
            if isinstance(change, ResourceChange):
                self._store.apply_resource_change(change)
            else:
                self._store.apply_category_change(change)
        except StoreError as error:
            raise EditError.save_failed(str(error)) from error

    def revert(self, change: Change) -> None:
        """Undo ``change``: put back what it replaced."""
        self.apply(change.reversed())

    # Checks -------------------------------------------------------------------------------

    def _checked(self, draft: ResourceDraft) -> ResourceDraft:
        """``draft`` if it can be written, with its categories as the store lists them."""
        if not draft.title.strip():
            raise EditError.empty_title()
        known = {c.id for c in self._store.categories()}
        for category_id in draft.category_ids:
            if category_id not in known:
                raise EditError.category_not_found(category_id)
        return replace(draft, category_ids=tuple(sorted(set(draft.category_ids))))

    def _resources(self, uuids: Sequence[str]) -> list[Resource]:
        """The resources ``uuids`` name, each once; refused if one is not in the catalog."""
        found = self._store.resources_by_uuid(uuids)
        known = {resource.uuid for resource in found}
        for uuid in uuids:
            if uuid not in known:
                raise EditError.resource_not_found(uuid)
        return found


def _find(tree: list[Category], category_id: int) -> Category:
    for category in tree:
        if category.id == category_id:
            return category
    raise EditError.category_not_found(category_id)


def _checked_name(name: str, siblings: list[Category], renamed: int | None = None) -> str:
    """``name`` without surrounding spaces, refused if empty or if a sibling other than the
    ``renamed`` category already has it, ignoring case and accents."""
    name = name.strip()
    if not name:
        raise EditError.empty_name()
    folded = fold(name)
    for sibling in siblings:
        if sibling.id != renamed and fold(sibling.name) == folded:
            raise EditError.duplicate_name(name, sibling.name)
    return name
