"""The bundled catalog file and its parser: domain/catalog_file.py."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from permille_desktop.domain.catalog_file import CatalogFormatError, parse_catalog
from permille_desktop.domain.model import ResourceType, SeedCatalog, SeedCategory
from permille_desktop.paths import bundled_catalog_path

TYPOGRAPHIC_QUOTES = "‘’‚‛“”„‟«»‹›"


def bundled_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(bundled_catalog_path().read_text(encoding="utf-8"))
    return data


def all_categories(categories: tuple[SeedCategory, ...]) -> list[SeedCategory]:
    found: list[SeedCategory] = []
    for category in categories:
        found.append(category)
        found.extend(all_categories(category.children))
    return found


@pytest.fixture(scope="module")
def bundled() -> SeedCatalog:
    return parse_catalog(bundled_data())


def minimal() -> dict[str, Any]:
    """A small valid catalog that each error test breaks in one place."""
    return {
        "format": 1,
        "categories": [
            {"key": "guides", "name": "Guides", "children": [{"key": "soil", "name": "Soil"}]}
        ],
        "resources": [
            {
                "uuid": "11111111-1111-1111-1111-111111111111",
                "title": "First guide",
                "year": 2020,
                "authors": ["A. Author", "B. Author"],
                "type": "report",
                "categories": ["guides"],
            },
            {
                "uuid": "22222222-2222-2222-2222-222222222222",
                "title": "Second guide",
                "year": None,
                "type": "book",
                "categories": ["soil"],
            },
        ],
    }


# The bundled catalog ---------------------------------------------------------------------------


def test_bundled_catalog_has_24_resources(bundled: SeedCatalog) -> None:
    assert len(bundled.resources) == 24


def test_bundled_catalog_has_20_categories(bundled: SeedCatalog) -> None:
    assert len(all_categories(bundled.categories)) == 20


def test_every_bundled_resource_has_a_category(bundled: SeedCatalog) -> None:
    keys = {c.key for c in all_categories(bundled.categories)}
    for resource in bundled.resources:
        assert resource.category_keys, resource.title
        assert set(resource.category_keys) <= keys, resource.title


def test_bundled_uuids_are_unique(bundled: SeedCatalog) -> None:
    assert len({r.uuid for r in bundled.resources}) == 24


def test_bundled_titles_do_not_start_with_a_typographic_quote(bundled: SeedCatalog) -> None:
    for resource in bundled.resources:
        assert resource.title[0] not in TYPOGRAPHIC_QUOTES, resource.title


def test_bundled_titles_are_not_combined_with_author_and_year(bundled: SeedCatalog) -> None:
    # The site shows "Title – 2018 – Author"; only the title belongs in the title field.
    combined = re.compile(r"\s[–—-]\s*(?:1[89]|20)\d\d\s*[–—-]\s")
    for resource in bundled.resources:
        assert not combined.search(resource.title), resource.title


def test_bundled_titles_are_trimmed_and_on_one_line(bundled: SeedCatalog) -> None:
    for resource in bundled.resources:
        assert resource.title == resource.title.strip()
        assert "\n" not in resource.title


def test_bundled_years_are_whole_numbers_or_none(bundled: SeedCatalog) -> None:
    years = [r.year for r in bundled.resources]
    assert all(y is None or (type(y) is int and 1900 < y < 2100) for y in years), years
    assert any(y is None for y in years)


def test_bundled_authors_keep_their_order(bundled: SeedCatalog) -> None:
    by_uuid = {r.uuid: r for r in bundled.resources}
    for raw in bundled_data()["resources"]:
        assert list(by_uuid[raw["uuid"]].authors) == raw.get("authors", [])


def test_bundled_types_are_known(bundled: SeedCatalog) -> None:
    assert all(isinstance(r.type, ResourceType) for r in bundled.resources)


def test_bundled_category_tree_keeps_children(bundled: SeedCatalog) -> None:
    archived = next(c for c in bundled.categories if c.key == "archived-resources")
    assert [c.name for c in archived.children] == [
        "Articles in mainstream media",
        "Other newsletters",
        "Thematic articles in specialized media",
    ]


# A small valid catalog -------------------------------------------------------------------------


def test_minimal_catalog_parses() -> None:
    catalog = parse_catalog(minimal())
    assert [r.title for r in catalog.resources] == ["First guide", "Second guide"]
    assert catalog.resources[0].authors == ("A. Author", "B. Author")
    assert catalog.resources[0].type is ResourceType.REPORT
    assert catalog.resources[1].year is None
    assert catalog.resources[1].category_keys == ("soil",)


def test_text_fields_are_trimmed() -> None:
    data = minimal()
    data["resources"][0]["title"] = "  First guide \n"
    data["resources"][0]["authors"] = [" A. Author "]
    resource = parse_catalog(data).resources[0]
    assert resource.title == "First guide"
    assert resource.authors == ("A. Author",)


# Errors ----------------------------------------------------------------------------------------


def broken(change: Any) -> dict[str, Any]:
    data = minimal()
    change(data)
    return data


@pytest.mark.parametrize("version", [0, 2, "1", None])
def test_wrong_format_number_is_refused(version: object) -> None:
    data = broken(lambda d: d.update(format=version))
    with pytest.raises(
        CatalogFormatError, match=re.escape(f"unsupported catalog format {version!r}")
    ):
        parse_catalog(data)


def test_missing_format_number_is_refused() -> None:
    data = broken(lambda d: d.pop("format"))
    with pytest.raises(CatalogFormatError, match="format"):
        parse_catalog(data)


def test_catalog_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(CatalogFormatError, match="JSON object"):
        parse_catalog([])


def test_unknown_category_key_is_refused_with_its_name_and_place() -> None:
    data = broken(lambda d: d["resources"][1].update(categories=["soil", "no-such-key"]))
    with pytest.raises(CatalogFormatError, match=r"resources\[1\]\.categories.*no-such-key"):
        parse_catalog(data)


def test_resource_without_categories_is_refused() -> None:
    data = broken(lambda d: d["resources"][0].update(categories=[]))
    with pytest.raises(CatalogFormatError, match=r"resources\[0\]\.categories"):
        parse_catalog(data)


def test_duplicate_uuid_is_refused() -> None:
    data = broken(lambda d: d["resources"][1].update(uuid=d["resources"][0]["uuid"]))
    with pytest.raises(CatalogFormatError, match="uuid"):
        parse_catalog(data)


def test_duplicate_uuid_error_names_the_uuid() -> None:
    data = broken(lambda d: d["resources"][1].update(uuid=d["resources"][0]["uuid"]))
    with pytest.raises(CatalogFormatError, match="11111111-1111-1111-1111-111111111111"):
        parse_catalog(data)


def test_duplicate_category_key_is_refused() -> None:
    data = broken(lambda d: d["categories"].append({"key": "soil", "name": "Soil again"}))
    with pytest.raises(CatalogFormatError, match="'soil' is used twice"):
        parse_catalog(data)


@pytest.mark.parametrize("year", ["2018", 2018.0, True, [2018]])
def test_year_that_is_not_a_whole_number_is_refused(year: object) -> None:
    data = broken(lambda d: d["resources"][1].update(year=year))
    with pytest.raises(CatalogFormatError, match=r"resources\[1\]\.year must be a whole number"):
        parse_catalog(data)


def test_missing_title_is_refused() -> None:
    data = broken(lambda d: d["resources"][1].pop("title"))
    with pytest.raises(CatalogFormatError, match=r"resources\[1\]\.title is required"):
        parse_catalog(data)


def test_blank_title_is_refused() -> None:
    data = broken(lambda d: d["resources"][0].update(title=" \t "))
    with pytest.raises(CatalogFormatError, match=r"resources\[0\]\.title is required"):
        parse_catalog(data)


def test_title_that_is_not_text_is_refused() -> None:
    data = broken(lambda d: d["resources"][0].update(title=42))
    with pytest.raises(CatalogFormatError, match=r"resources\[0\]\.title must be text"):
        parse_catalog(data)


def test_missing_uuid_is_refused() -> None:
    data = broken(lambda d: d["resources"][0].pop("uuid"))
    with pytest.raises(CatalogFormatError, match=r"resources\[0\]\.uuid is required"):
        parse_catalog(data)


def test_unknown_type_is_refused() -> None:
    data = broken(lambda d: d["resources"][0].update(type="podcast"))
    with pytest.raises(CatalogFormatError, match=r"resources\[0\]\.type.*podcast"):
        parse_catalog(data)


def test_blank_author_is_refused() -> None:
    data = broken(lambda d: d["resources"][0].update(authors=["A. Author", " "]))
    with pytest.raises(CatalogFormatError, match=r"resources\[0\]\.authors"):
        parse_catalog(data)


def test_resources_that_are_not_a_list_are_refused() -> None:
    data = broken(lambda d: d.update(resources={"uuid": "x"}))
    with pytest.raises(CatalogFormatError, match=r"catalog\.resources must be a list"):
        parse_catalog(data)


def test_category_without_a_name_is_refused() -> None:
    data = broken(lambda d: d["categories"][0]["children"][0].pop("name"))
    with pytest.raises(CatalogFormatError, match=r"categories\.children\.name is required"):
        parse_catalog(data)


def test_format_errors_are_value_errors() -> None:
    assert issubclass(CatalogFormatError, ValueError)
