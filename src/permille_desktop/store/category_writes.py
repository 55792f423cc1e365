"""Writing the category tree, and resources' links to it, as a curator's change says."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update

from permille_desktop.domain.changes import CategoryChange
from permille_desktop.store.batches import batches
from permille_desktop.store.errors import ChangeMismatchError
from permille_desktop.store.schema import CategoryRow, ResourceRow, resource_categories

Link = tuple[str, int]  # resource UUID, category id


def apply_category_change(connection: Connection, change: CategoryChange) -> None:
    """Make the categories exactly ``change.after`` (ids included), then move the links.

    Deleting a category deletes its links and its subcategories with it (ON DELETE CASCADE),
    so the tree is written in an order that never deletes what ``after`` keeps: links are
    taken away first, categories added and updated next, and the rest deleted last.
    """
    wanted = {category.id: category for category in change.after}
    for category in change.after:
        if category.parent_id is not None and category.parent_id not in wanted:
            raise ChangeMismatchError(
                f"the parent of category “{category.name}” (id {category.parent_id}) "
                "would not be in the tree"
            )
    row_ids = _row_ids(connection, [uuid for uuid, _ in change.links_removed])
    _unlink(connection, [(row_ids[uuid], c) for uuid, c in change.links_removed if uuid in row_ids])
    stored = {
        row_id: (name, parent_id, position)
        for row_id, name, parent_id, position in connection.execute(
            select(CategoryRow.id, CategoryRow.name, CategoryRow.parent_id, CategoryRow.position)
        )
    }
    table = CategoryRow.__table__
    assert isinstance(table, Table)
    new = [category for category in change.after if category.id not in stored]
    if new:
        # Without parents at first: a new category's parent may be new too. They are set
        # just below, with every other difference.
        connection.execute(
            insert(table),
            [{"id": c.id, "name": c.name, "parent_id": None, "position": c.position} for c in new],
        )
    changed = [
        category
        for category in change.after
        if stored.get(category.id) != (category.name, category.parent_id, category.position)
    ]
    if changed:
        connection.execute(
            update(table)
            .where(table.c.id == bindparam("row_id"))
            .values(
                name=bindparam("name"),
                parent_id=bindparam("parent_id"),
                position=bindparam("position"),
            ),
            [
                {"row_id": c.id, "name": c.name, "parent_id": c.parent_id, "position": c.position}
                for c in changed
            ],
        )
    for some in batches([row_id for row_id in stored if row_id not in wanted]):
        connection.execute(delete(table).where(table.c.id.in_(some)))
    _link(connection, change.links_added)


def _row_ids(connection: Connection, uuids: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for some in batches(sorted(set(uuids))):
        query = select(ResourceRow.uuid, ResourceRow.id).where(ResourceRow.uuid.in_(some))
        for uuid, row_id in connection.execute(query):
            found[uuid] = row_id
    return found


def _unlink(connection: Connection, links: list[tuple[int, int]]) -> None:
    """Take away links given as (resource row id, category id)."""
    if links:
        connection.execute(
            delete(resource_categories).where(
                resource_categories.c.resource_id == bindparam("row_id"),
                resource_categories.c.category_id == bindparam("category"),
            ),
            [{"row_id": row_id, "category": category} for row_id, category in links],
        )


def _link(connection: Connection, links: Iterable[Link]) -> None:
    links = list(links)
    row_ids = _row_ids(connection, [uuid for uuid, _ in links])
    missing = sorted({uuid for uuid, _ in links if uuid not in row_ids})
    if missing:
        raise ChangeMismatchError(f"no resource has the UUID {missing[0]}")
    if links:
        # A link already there is what the change asks for: it is kept, not refused.
        connection.execute(
            insert(resource_categories).prefix_with("OR IGNORE"),
            [{"resource_id": row_ids[uuid], "category_id": category} for uuid, category in links],
        )
