"""Curators' changes: planned without writing, applied in one transaction, undone exactly.

Every change is checked the way the undo stack uses it: applied, reverted (the catalog must
be exactly as before: same UUIDs, dates, authors in order, category ids and links) and
applied again; the word index must say what the stored text says after each write.
"""

from __future__ import annotations

import sqlite3
import uuid as uuid_module
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from permille_desktop.domain.changes import CategoryChange, ResourceChange, ResourceDraft
from permille_desktop.domain.model import Category, Resource, ResourceType, descendants
from permille_desktop.services.catalog import CatalogService
from permille_desktop.services.curation import Curator, EditError, EditProblem
from permille_desktop.store import engine
from permille_desktop.store.repository import CATALOG_FILE_NAME, CatalogStore
from test_store_words import stored_words, words_of_the_stored_text

START = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
ECOLOGY_DOI = "10.1016/j.soilbio.2019.107612"

Change = ResourceChange | CategoryChange
State = tuple[dict[str, Resource], list[Category]]


class Clock:
    """A clock that moves on a minute at each reading, so each change has its own time."""

    def __init__(self) -> None:
        self.time = START

    def __call__(self) -> datetime:
        self.time += timedelta(minutes=1)
        return self.time


@dataclass
class Library:
    store: CatalogStore
    curator: Curator
    clock: Clock
    path: Path
    category: dict[str, int]  # ids by name

    def state(self) -> State:
        """Every resource by UUID and the category tree, after checking the word index."""
        assert stored_words(self.store) == words_of_the_stored_text(self.store)
        return {r.uuid: r for r in self.store.resources()}, self.store.categories()

    def resource(self, uuid: str) -> Resource:
        found = self.store.resource(uuid)
        assert found is not None
        return found

    def uuids_in(self, category_name: str) -> set[str]:
        category_id = self.category[category_name]
        return {r.uuid for r in self.store.resources() if category_id in r.category_ids}


def resource(uuid: str, title: str, *category_ids: int, **fields: object) -> Resource:
    plain = Resource(
        uuid=uuid,
        title=title,
        type=ResourceType.ARTICLE,
        added=START - timedelta(days=30),
        modified=START - timedelta(days=2),
        category_ids=category_ids,
    )
    return replace(plain, **fields)  # type: ignore[arg-type]


@pytest.fixture
def library(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Library]:
    # A locked file then fails in a tenth of a second rather than five.
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)
    data_dir.mkdir(parents=True)
    store = CatalogStore.open(data_dir)
    soils, water, policy = store.add_categories(
        [("Soils", None), ("Water", None), ("Politiques publiques", None)]
    )
    carbon, ecology = store.add_categories([("Carbon", soils), ("Écologie", soils)])
    (measurement,) = store.add_categories([("Measurement", carbon)])
    category = {
        "Soils": soils,
        "Water": water,
        "Politiques publiques": policy,
        "Carbon": carbon,
        "Écologie": ecology,
        "Measurement": measurement,
    }
    store.add_resources(
        [
            resource(
                "ecology",
                "Écologie des sols",
                ecology,
                type=ResourceType.BOOK,
                year=2019,
                authors=("Zoé Zeta", "Adam Alpha", "Bea Beta"),
                description="Life in the soil, from bacteria to earthworms",
                url=f"https://doi.org/{ECOLOGY_DOI}",
                language="fr",
            ),
            resource(
                "stocks",
                "Soil organic carbon stocks",
                carbon,
                measurement,
                authors=("C. Gamma",),
                venue="Geoderma",
                url="https://example.org/soc",
            ),
            resource("measuring", "Measuring carbon in soils", measurement, soils),
            resource("rivers", "Rivers and aquifers", water, sort_title="Aquifers"),
            resource("initiative", "The 4 per 1000 initiative", policy, soils),
            resource("note", "Uncategorised note", description="Quetzal sightings"),
            # Enough resources with common words that those words are stored as bitmaps.
            *(
                resource(
                    f"filler-{n}",
                    f"Soil carbon note {n}",
                    *((carbon,) if n % 3 == 0 else ()),
                    description=f"Écologie des sols, mesure n°{n} of topsoil",
                )
                for n in range(40)
            ),
        ]
    )
    clock = Clock()
    yield Library(store, Curator(store, clock), clock, data_dir / CATALOG_FILE_NAME, category)
    store.close()


def planned(library: Library, plan: Callable[[], Change]) -> Change:
    """What ``plan`` returns, after checking that planning wrote nothing."""
    before = library.state()
    change = plan()
    assert library.state() == before
    return change


def round_trip(library: Library, change: Change) -> State:
    """Apply, revert and apply again; return the state after applying."""
    before = library.state()
    library.curator.apply(change)
    applied = library.state()
    assert applied != before
    library.curator.revert(change)
    assert library.state() == before
    library.curator.apply(change)
    assert library.state() == applied
    return applied


def refused(library: Library, problem: EditProblem, plan: Callable[[], object]) -> EditError:
    before = library.state()
    with pytest.raises(EditError) as raised:
        plan()
    assert raised.value.problem is problem
    assert library.state() == before
    return raised.value


# Resources -------------------------------------------------------------------------------------


def test_adding_a_resource_gives_it_a_new_uuid_and_the_time_of_adding(library: Library) -> None:
    draft = ResourceDraft(
        title="Quetzalcoatl and agroforestry",
        type=ResourceType.VIDEO,
        year=2024,
        authors=("Xochitl Ruiz", "Ana Apaza"),
        url="https://example.org/video",
        # In no order, and one twice: the store keeps each link once, in ascending order.
        category_ids=(
            library.category["Carbon"],
            library.category["Water"],
            library.category["Carbon"],
        ),
    )
    change = planned(library, lambda: library.curator.plan_add(draft))
    assert isinstance(change, ResourceChange)
    assert change.before == ()
    (new,) = change.after
    assert uuid_module.UUID(new.uuid).version == 4
    assert new.uuid not in library.state()[0]
    assert new.added == new.modified == library.clock.time
    expected_categories = tuple(sorted(set(draft.category_ids)))
    assert ResourceDraft.of(new) == replace(draft, category_ids=expected_categories)

    resources, _ = round_trip(library, change)
    assert resources[new.uuid] == new
    assert library.resource(new.uuid).authors == ("Xochitl Ruiz", "Ana Apaza")
    assert "quetzalcoatl" in stored_words(library.store)
    library.curator.revert(change)
    assert library.store.resource(new.uuid) is None
    assert "quetzalcoatl" not in stored_words(library.store)


def test_two_added_resources_get_different_uuids(library: Library) -> None:
    draft = ResourceDraft(title="Same title twice")
    first = library.curator.plan_add(draft)
    second = library.curator.plan_add(draft)
    assert first.after[0].uuid != second.after[0].uuid


def test_editing_changes_fields_authors_order_and_categories(library: Library) -> None:
    stored = library.resource("ecology")
    columns = library.store.index_columns()
    row_id = dict(zip(columns.uuids, columns.ids, strict=True))
    water, carbon = library.category["Water"], library.category["Carbon"]
    draft = replace(
        ResourceDraft.of(stored),
        title="Soil ecology",
        year=2020,
        authors=tuple(reversed(stored.authors)),
        description="From bacteria to moles",
        category_ids=(water, carbon),
    )
    change = planned(library, lambda: library.curator.plan_edit("ecology", draft))
    assert isinstance(change, ResourceChange)
    assert change.before == (stored,)
    (edited,) = change.after
    assert (edited.uuid, edited.added) == (stored.uuid, stored.added)
    assert edited.modified == library.clock.time > stored.modified

    resources, _ = round_trip(library, change)
    assert resources["ecology"] == edited
    assert edited.title == "Soil ecology"
    assert edited.authors == ("Bea Beta", "Adam Alpha", "Zoé Zeta")
    assert set(edited.category_ids) == {water, carbon}
    assert "ecology" not in library.uuids_in("Écologie")
    # Edited in place: the word index and the search index keep referring to the same row.
    columns = library.store.index_columns()
    assert dict(zip(columns.uuids, columns.ids, strict=True))["ecology"] == row_id["ecology"]
    words = stored_words(library.store)
    assert "earthworms" not in words
    assert row_id["ecology"] in words["moles"]


def test_editing_only_a_date_sensitive_field_still_round_trips(library: Library) -> None:
    stored = library.resource("rivers")
    draft = replace(ResourceDraft.of(stored), sort_title=None, language="en")
    change = library.curator.plan_edit("rivers", draft)
    resources, _ = round_trip(library, change)
    assert resources["rivers"].sort_title is None
    assert resources["rivers"].language == "en"


def test_deleting_several_resources_and_undoing_it(library: Library) -> None:
    doomed = ["rivers", "stocks", "note"]
    before = library.state()[0]
    change = planned(library, lambda: library.curator.plan_delete(doomed))
    assert isinstance(change, ResourceChange)
    assert {r.uuid: r for r in change.before} == {uuid: before[uuid] for uuid in doomed}
    assert change.after == ()

    resources, _ = round_trip(library, change)
    assert set(resources) == set(before) - set(doomed)
    words = stored_words(library.store)
    assert "aquifers" not in words
    assert "quetzal" not in words
    assert "stocks" not in library.uuids_in("Measurement")


def test_planning_an_edit_of_a_resource_no_longer_there_is_refused(library: Library) -> None:
    error = refused(
        library,
        EditProblem.NOT_FOUND,
        lambda: library.curator.plan_edit("gone", ResourceDraft(title="Anything")),
    )
    assert "gone" in str(error)


def test_deleting_a_resource_no_longer_there_is_refused(library: Library) -> None:
    refused(library, EditProblem.NOT_FOUND, lambda: library.curator.plan_delete(["note", "gone"]))


@pytest.mark.parametrize("title", ["", "   ", "\n\t"])
def test_a_resource_without_a_title_is_refused(library: Library, title: str) -> None:
    refused(library, EditProblem.EMPTY_TITLE, lambda: library.curator.plan_add(ResourceDraft()))
    draft = replace(ResourceDraft.of(library.resource("note")), title=title)
    refused(library, EditProblem.EMPTY_TITLE, lambda: library.curator.plan_edit("note", draft))


def test_a_resource_in_a_category_no_longer_there_is_refused(library: Library) -> None:
    draft = ResourceDraft(title="Lost", category_ids=(library.category["Water"], 999))
    refused(library, EditProblem.NOT_FOUND, lambda: library.curator.plan_add(draft))


# Duplicates ------------------------------------------------------------------------------------


def test_a_title_differing_only_in_case_and_accents_is_a_duplicate(library: Library) -> None:
    found = library.curator.duplicates_of(ResourceDraft(title="  ecologie des   SOLS "))
    assert [r.uuid for r in found] == ["ecology"]
    assert library.curator.duplicates_of(ResourceDraft(title="Écologie des sols 2")) == []


def test_a_link_to_the_same_doi_is_a_duplicate(library: Library) -> None:
    other_title = ResourceDraft(
        title="Soil life", url=f"https://dx.doi.org/{ECOLOGY_DOI.upper()}?via=mail"
    )
    assert [r.uuid for r in library.curator.duplicates_of(other_title)] == ["ecology"]
    # A DOI that merely begins the stored one is another publication.
    shorter = replace(other_title, url=f"https://doi.org/{ECOLOGY_DOI[:-1]}")
    assert library.curator.duplicates_of(shorter) == []


def test_the_resource_being_edited_is_not_its_own_duplicate(library: Library) -> None:
    draft = ResourceDraft.of(library.resource("ecology"))
    assert [r.uuid for r in library.curator.duplicates_of(draft)] == ["ecology"]
    assert library.curator.duplicates_of(draft, excluding="ecology") == []


# Categories ------------------------------------------------------------------------------------


def children_names(library: Library, parent: str | None) -> list[str]:
    parent_id = None if parent is None else library.category[parent]
    tree = library.store.categories()
    return [c.name for c in sorted(tree, key=lambda c: c.position) if c.parent_id == parent_id]


def assert_positions_are_indexes(tree: list[Category]) -> None:
    for parent_id in {c.parent_id for c in tree}:
        positions = sorted(c.position for c in tree if c.parent_id == parent_id)
        assert positions == list(range(len(positions)))


def test_a_new_category_goes_last_among_its_siblings(library: Library) -> None:
    soils = library.category["Soils"]
    change = planned(library, lambda: library.curator.plan_add_category("  Microbes ", soils))
    assert isinstance(change, CategoryChange)
    _, tree = round_trip(library, change)
    assert tree == list(change.after)
    (new,) = [c for c in tree if c.name == "Microbes"]
    assert new.id == max(library.category.values()) + 1
    assert new.parent_id == soils
    assert children_names(library, "Soils") == ["Carbon", "Écologie", "Microbes"]


def test_a_new_category_can_be_put_first(library: Library) -> None:
    change = library.curator.plan_add_category("Agroforestry", None, position=0)
    _, tree = round_trip(library, change)
    assert children_names(library, None) == [
        "Agroforestry",
        "Soils",
        "Water",
        "Politiques publiques",
    ]
    assert_positions_are_indexes(tree)


def test_renaming_a_category_keeps_its_id_place_and_resources(library: Library) -> None:
    carbon = library.category["Carbon"]
    in_carbon = library.uuids_in("Carbon")
    change = library.curator.plan_rename_category(carbon, "Soil carbon")
    _, tree = round_trip(library, change)
    renamed = next(c for c in tree if c.id == carbon)
    assert renamed == Category(carbon, "Soil carbon", library.category["Soils"], 0)
    assert library.uuids_in("Carbon") == in_carbon


def test_renaming_to_the_same_name_in_other_case_is_allowed(library: Library) -> None:
    change = library.curator.plan_rename_category(library.category["Carbon"], "CARBON")
    _, tree = round_trip(library, change)
    assert "CARBON" in [c.name for c in tree]


@pytest.mark.parametrize("name", ["ecologie", "  ÉCOLOGIE ", "Ecologíe"])
def test_a_sibling_name_differing_in_case_or_accents_is_refused(
    library: Library, name: str
) -> None:
    soils, carbon = library.category["Soils"], library.category["Carbon"]
    error = refused(
        library, EditProblem.DUPLICATE_NAME, lambda: library.curator.plan_add_category(name, soils)
    )
    assert error.existing == "Écologie"
    assert "Écologie" in str(error)
    refused(
        library,
        EditProblem.DUPLICATE_NAME,
        lambda: library.curator.plan_rename_category(carbon, name),
    )


def test_the_same_name_under_another_parent_is_allowed(library: Library) -> None:
    change = library.curator.plan_add_category("Écologie", library.category["Water"])
    round_trip(library, change)
    assert children_names(library, "Water") == ["Écologie"]


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_an_empty_category_name_is_refused(library: Library, name: str) -> None:
    water = library.category["Water"]
    refused(library, EditProblem.EMPTY_NAME, lambda: library.curator.plan_add_category(name, None))
    refused(
        library, EditProblem.EMPTY_NAME, lambda: library.curator.plan_rename_category(water, name)
    )


def test_an_unknown_category_is_refused(library: Library) -> None:
    curator = library.curator
    refused(library, EditProblem.NOT_FOUND, lambda: curator.plan_add_category("New", 999))
    refused(library, EditProblem.NOT_FOUND, lambda: curator.plan_rename_category(999, "Name"))
    refused(library, EditProblem.NOT_FOUND, lambda: curator.plan_delete_category(999, True))
    refused(library, EditProblem.NOT_FOUND, lambda: curator.plan_move_category(999, None, 0))
    refused(library, EditProblem.NOT_FOUND, lambda: curator.resources_in_subtree(999))
    refused(
        library,
        EditProblem.NOT_FOUND,
        lambda: curator.plan_move_category(library.category["Water"], 999, 0),
    )
    refused(library, EditProblem.NOT_FOUND, lambda: curator.plan_add_to_category(["note"], 999))


def subtree_resources(library: Library, name: str) -> set[str]:
    below = descendants(library.store.categories(), library.category[name])
    return {r.uuid for r in library.store.resources() if below & set(r.category_ids)}


def test_resources_in_a_subtree_are_counted_once(library: Library) -> None:
    expected = subtree_resources(library, "Carbon")
    assert {"stocks", "measuring"} <= expected  # "stocks" is in Carbon and Measurement
    assert library.curator.resources_in_subtree(library.category["Carbon"]) == len(expected)
    assert library.curator.resources_in_subtree(library.category["Water"]) == 1


def test_deleting_a_category_deletes_its_subtree_and_its_links(library: Library) -> None:
    carbon, measurement = library.category["Carbon"], library.category["Measurement"]
    affected = subtree_resources(library, "Carbon")
    in_soils = library.uuids_in("Soils")
    before = library.state()[0]
    change = planned(library, lambda: library.curator.plan_delete_category(carbon, False))
    assert isinstance(change, CategoryChange)
    assert change.links_added == ()

    resources, tree = round_trip(library, change)
    assert {c.id for c in tree} == set(library.category.values()) - {carbon, measurement}
    assert children_names(library, "Soils") == ["Écologie"]
    assert_positions_are_indexes(tree)
    assert set(resources) == set(before)  # resources stay in the catalog
    for uuid in affected:
        assert not {carbon, measurement} & set(resources[uuid].category_ids)
    assert library.uuids_in("Soils") == in_soils


def test_deleting_a_category_can_put_its_resources_in_the_parent(library: Library) -> None:
    soils, carbon = library.category["Soils"], library.category["Carbon"]
    affected = subtree_resources(library, "Carbon")
    already_in_soils = library.uuids_in("Soils") & affected
    assert already_in_soils == {"measuring"}
    change = library.curator.plan_delete_category(carbon, move_resources_to_parent=True)
    assert isinstance(change, CategoryChange)
    assert sorted(change.links_added) == sorted((u, soils) for u in affected - already_in_soils)

    resources, _ = round_trip(library, change)
    assert library.uuids_in("Soils") >= affected
    assert resources["stocks"].category_ids == (soils,)
    # Undone, a resource that was in the parent already stays there; the others leave it.
    library.curator.revert(change)
    assert library.uuids_in("Soils") & affected == already_in_soils


def test_deleting_a_top_level_category_with_its_resources_moved_up_unlinks_them(
    library: Library,
) -> None:
    soils = library.category["Soils"]
    affected = subtree_resources(library, "Soils")
    change = library.curator.plan_delete_category(soils, move_resources_to_parent=True)
    resources, tree = round_trip(library, change)
    assert [c.name for c in tree] == ["Water", "Politiques publiques"]
    assert_positions_are_indexes(tree)
    remaining = {c.id for c in tree}
    for uuid in affected:
        assert set(resources[uuid].category_ids) <= remaining


def test_undoing_a_deletion_puts_back_a_subtree_listed_children_first(library: Library) -> None:
    water = library.category["Water"]
    (groundwater,) = library.store.add_categories([("Groundwater", water)])
    (karst,) = library.store.add_categories([("Karst", groundwater)])
    library.curator.apply(library.curator.plan_add_to_category(["rivers"], karst))
    change = library.curator.plan_delete_category(water, move_resources_to_parent=False)
    # The store lists categories by position: the children come before Water.
    names = [c.name for c in change.before]
    assert names.index("Groundwater") < names.index("Water")
    _, tree = round_trip(library, change)
    assert {c.name for c in tree} == {
        "Soils",
        "Politiques publiques",
        "Carbon",
        "Écologie",
        "Measurement",
    }
    library.curator.revert(change)
    assert library.resource("rivers").category_ids == (water, karst)


def test_moving_a_category_to_another_parent(library: Library) -> None:
    measurement = library.category["Measurement"]
    in_it = library.uuids_in("Measurement")
    change = planned(
        library, lambda: library.curator.plan_move_category(measurement, None, position=1)
    )
    _, tree = round_trip(library, change)
    assert children_names(library, None) == [
        "Soils",
        "Measurement",
        "Water",
        "Politiques publiques",
    ]
    assert children_names(library, "Carbon") == []
    assert_positions_are_indexes(tree)
    assert library.uuids_in("Measurement") == in_it


def test_moving_a_category_with_its_subtree_closes_the_gap_it_leaves(library: Library) -> None:
    carbon, water = library.category["Carbon"], library.category["Water"]
    change = library.curator.plan_move_category(carbon, water, position=0)
    _, tree = round_trip(library, change)
    assert children_names(library, "Soils") == ["Écologie"]
    assert children_names(library, "Water") == ["Carbon"]
    assert children_names(library, "Carbon") == ["Measurement"]
    assert_positions_are_indexes(tree)


def test_reordering_a_category_among_its_siblings(library: Library) -> None:
    policy = library.category["Politiques publiques"]
    change = library.curator.plan_move_category(policy, None, position=0)
    _, tree = round_trip(library, change)
    assert children_names(library, None) == ["Politiques publiques", "Soils", "Water"]
    assert_positions_are_indexes(tree)
    # Positions beyond either end mean the last or the first place.
    library.curator.apply(library.curator.plan_move_category(policy, None, position=99))
    assert children_names(library, None) == ["Soils", "Water", "Politiques publiques"]
    library.curator.apply(library.curator.plan_move_category(policy, None, position=-1))
    assert children_names(library, None) == ["Politiques publiques", "Soils", "Water"]
    assert_positions_are_indexes(library.store.categories())


@pytest.mark.parametrize("into", ["Soils", "Carbon", "Measurement"])
def test_a_category_cannot_move_into_itself_or_below_itself(library: Library, into: str) -> None:
    soils = library.category["Soils"]
    error = refused(
        library,
        EditProblem.INTO_ITSELF,
        lambda: library.curator.plan_move_category(soils, library.category[into], 0),
    )
    assert "Soils" in str(error)


def test_a_category_cannot_move_beside_one_of_the_same_name(library: Library) -> None:
    (twin,) = library.store.add_categories([("ÉCOLOGIE", library.category["Water"])])
    refused(
        library,
        EditProblem.DUPLICATE_NAME,
        lambda: library.curator.plan_move_category(twin, library.category["Soils"], 0),
    )


def test_adding_resources_to_a_category_skips_those_already_in_it(library: Library) -> None:
    water = library.category["Water"]
    change = planned(
        library, lambda: library.curator.plan_add_to_category(["rivers", "note"], water)
    )
    assert isinstance(change, CategoryChange)
    assert change.links_added == (("note", water),)
    assert change.links_removed == ()
    _, tree = round_trip(library, change)
    assert library.uuids_in("Water") == {"rivers", "note"}
    assert [c.name for c in tree] == [c.name for c in change.before]


def test_moving_resources_between_categories(library: Library) -> None:
    water, carbon = library.category["Water"], library.category["Carbon"]
    in_carbon = library.uuids_in("Carbon")
    moved = ["stocks", "filler-3"]
    change = library.curator.plan_add_to_category(moved, water, remove_from=carbon)
    round_trip(library, change)
    assert library.uuids_in("Water") == {"rivers", *moved}
    assert library.uuids_in("Carbon") == in_carbon - set(moved)
    # "stocks" keeps its other category.
    assert library.uuids_in("Measurement") >= {"stocks"}


def test_adding_unknown_resources_to_a_category_is_refused(library: Library) -> None:
    water = library.category["Water"]
    refused(
        library,
        EditProblem.NOT_FOUND,
        lambda: library.curator.plan_add_to_category(["note", "gone"], water),
    )


# Failures --------------------------------------------------------------------------------------


@pytest.fixture
def locked(library: Library) -> Iterator[None]:
    """The catalog file with its write lock held by another connection."""
    with closing(sqlite3.connect(library.path, isolation_level=None, timeout=0)) as other:
        other.execute("BEGIN IMMEDIATE")
        yield
        other.execute("ROLLBACK")


PLANS: dict[str, Callable[[Library], Change]] = {
    "add": lambda lib: lib.curator.plan_add(ResourceDraft(title="New")),
    "delete": lambda lib: lib.curator.plan_delete(["ecology", "note"]),
    "add category": lambda lib: lib.curator.plan_add_category("New", None),
    "delete category": lambda lib: lib.curator.plan_delete_category(lib.category["Soils"], True),
    "move resources": lambda lib: lib.curator.plan_add_to_category(
        ["stocks"], lib.category["Water"], lib.category["Carbon"]
    ),
}


@pytest.mark.parametrize("kind", sorted(PLANS))
def test_a_locked_file_fails_the_change_and_changes_nothing(
    library: Library, kind: str, request: pytest.FixtureRequest
) -> None:
    change = PLANS[kind](library)
    before = library.state()
    request.getfixturevalue("locked")
    with pytest.raises(EditError) as raised:
        library.curator.apply(change)
    assert raised.value.problem is EditProblem.SAVE_FAILED
    assert "locked" in raised.value.reason
    assert "locked" in str(raised.value)
    assert library.state() == before


def test_the_change_can_be_saved_once_the_lock_is_released(library: Library) -> None:
    change = library.curator.plan_delete(["note"])
    with closing(sqlite3.connect(library.path, isolation_level=None, timeout=0)) as other:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(EditError):
            library.curator.apply(change)
        other.execute("ROLLBACK")
    library.curator.apply(change)
    assert library.store.resource("note") is None


def test_a_change_failing_half_way_writes_none_of_it(library: Library) -> None:
    before = library.state()
    # Deletes and edits first, then fails on a new resource in a category that is gone.
    change = ResourceChange(
        before=(library.resource("ecology"), library.resource("rivers")),
        after=(
            replace(library.resource("rivers"), title="Rivers"),
            resource("new", "New", library.category["Water"] + 1000),
        ),
    )
    with pytest.raises(EditError) as raised:
        library.curator.apply(change)
    assert raised.value.problem is EditProblem.SAVE_FAILED
    assert library.state() == before


def test_a_category_change_failing_half_way_writes_none_of_it(library: Library) -> None:
    before = library.state()
    planned_delete = library.curator.plan_delete_category(library.category["Soils"], False)
    assert isinstance(planned_delete, CategoryChange)
    broken = replace(planned_delete, links_added=(("no-such-resource", 1),))
    with pytest.raises(EditError, match="no-such-resource") as raised:
        library.curator.apply(broken)
    assert raised.value.problem is EditProblem.SAVE_FAILED
    assert library.state() == before


# The service -----------------------------------------------------------------------------------


def test_the_catalog_service_gives_a_curator_of_its_own_store(data_dir: Path) -> None:
    service = CatalogService.open(data_dir)
    try:
        curator = service.curator()
        change = curator.plan_add(ResourceDraft(title="Added through the service"))
        curator.apply(change)
        assert service.resource(change.after[0].uuid) == change.after[0]
        assert service.count() == 25
        curator.revert(change)
        assert service.count() == 24
    finally:
        service.close()
