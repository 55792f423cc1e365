"""Telling people's names from organisations' for the formats that split them, and the
category paths files carry."""

from __future__ import annotations

import pytest

from permille_desktop.domain.category_paths import categories_by_path, category_paths, path_key
from permille_desktop.domain.model import Category
from permille_desktop.domain.person_names import PersonName, person_name, uninverted


@pytest.mark.parametrize(
    ("name", "family", "given"),
    [
        ("M. Corbeels", "Corbeels", "M."),
        ("J.P. Gouveia", "Gouveia", "J.P."),
        ("Susan C. Cook-Patton", "Cook-Patton", "Susan C."),
        ("João Carlos de Moraes Sá", "Sá", "João Carlos de Moraes"),
        ("Ludwig van Beethoven", "van Beethoven", "Ludwig"),
        ("Ana-Maria O'Brien", "O'Brien", "Ana-Maria"),
        ("Jean D’Alembert", "D’Alembert", "Jean"),
    ],
)
def test_people_are_split_into_family_and_given_names(name: str, family: str, given: str) -> None:
    found = person_name(name)
    assert found == PersonName(family=family, given=given)
    assert found.whole == name


@pytest.mark.parametrize(
    "name",
    [
        "Government of Australia",  # a lower-case word that is no particle
        "The Nature Conservancy",
        "UN Environment Foresight",  # an acronym
        "Intergovernmental Panel on Climate Change (IPCC)",
        "CA4SH Global partners",
        "Émission « L’Esprit Sorcier »",
        "Food and Agriculture Organization",
        "Smith, John",  # already family first: kept as written
        "Corbeels M.",
        "Plato",
        "de Gaulle",
        "Two  spaces",
        "",
    ],
)
def test_anything_else_is_kept_whole(name: str) -> None:
    assert person_name(name) is None


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Corbeels, M.", "M. Corbeels"),
        ("Le Noë, J.", "J. Le Noë"),
        ("van Beethoven, Ludwig", "Ludwig van Beethoven"),
        ("Ministry of Agriculture, Forestry and Fisheries", None),
        ("King, Jr., Martin Luther", None),
        ("World Bank", None),
    ],
)
def test_family_first_names_are_turned_round_only_when_they_are_people(
    written: str, read: str | None
) -> None:
    assert uninverted(written) == (read or written)


def test_category_paths_and_their_keys() -> None:
    tree = [
        Category(1, "News in the spotlight", None, 0),
        Category(2, "Soil Carbon Notes", 1, 0),
        Category(3, "Écologie", 2, 0),
        Category(4, "Loop A", 5, 0),  # a damaged tree must not hang
        Category(5, "Loop B", 4, 0),
    ]
    paths = category_paths(tree)
    assert paths[3] == "News in the spotlight / Soil Carbon Notes / Écologie"
    assert paths[4] == "Loop B / Loop A"
    assert path_key("news in the SPOTLIGHT/soil carbon notes /ecologie") == path_key(paths[3])
    assert categories_by_path(tree)[path_key(paths[2])] == 2
