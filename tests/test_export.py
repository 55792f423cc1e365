"""Exports: every file read back by an independent reader (the csv module in the excel
dialect, bibtexparser, rispy, json) and compared field by field with the catalog; formula
cells defused; and a failed write leaving no file, not even a temporary one."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import bibtexparser
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware

from exchange_helpers import FORMULA_STARTS, add_resources, tricky_resources
from permille_desktop.domain.exchange import CsvOptions, ExchangeFormat
from permille_desktop.domain.model import Resource, ResourceType
from permille_desktop.services.catalog import CatalogService
from permille_desktop.services.exchange import (
    ExchangeError,
    ExchangeProblem,
    atomic_write,
    export_resources,
)

ZOTERO_HEADERS = [
    "Key", "Item Type", "Publication Year", "Author", "Title", "Publication Title", "DOI", "Url",
    "Abstract Note", "Date Added", "Date Modified", "Language", "Manual Tags", "Sort Title",
]  # fmt: skip
ZOTERO_TYPE = {
    ResourceType.ARTICLE: "journalArticle",
    ResourceType.REPORT: "report",
    ResourceType.BOOK: "book",
    ResourceType.VIDEO: "videoRecording",
    ResourceType.WEB_PAGE: "webpage",
    ResourceType.DOCUMENT: "document",
    ResourceType.NEWSLETTER: "magazineArticle",
    ResourceType.OTHER: "other",
}
BIBTEX_TYPE = {
    ResourceType.ARTICLE: "article",
    ResourceType.REPORT: "techreport",
    ResourceType.BOOK: "book",
    ResourceType.VIDEO: "video",
    ResourceType.WEB_PAGE: "online",
    ResourceType.DOCUMENT: "misc",
    ResourceType.NEWSLETTER: "article",
    ResourceType.OTHER: "misc",
}
RIS_TYPE = {
    ResourceType.ARTICLE: "JOUR",
    ResourceType.REPORT: "RPRT",
    ResourceType.BOOK: "BOOK",
    ResourceType.VIDEO: "VIDEO",
    ResourceType.WEB_PAGE: "ELEC",
    ResourceType.DOCUMENT: "GEN",
    ResourceType.NEWSLETTER: "MGZN",
    ResourceType.OTHER: "GEN",
}
CSL_TYPE = {
    ResourceType.ARTICLE: "article-journal",
    ResourceType.REPORT: "report",
    ResourceType.BOOK: "book",
    ResourceType.VIDEO: "motion_picture",
    ResourceType.WEB_PAGE: "webpage",
    ResourceType.DOCUMENT: "document",
    ResourceType.NEWSLETTER: "article-magazine",
    ResourceType.OTHER: "document",
}


@pytest.fixture
def catalog(data_dir: Path) -> Iterator[CatalogService]:
    opened = CatalogService.open(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where the exports go: a folder of their own, beside the data folder."""
    exports = tmp_path / "exports"
    exports.mkdir()
    return exports


@pytest.fixture
def everything(catalog: CatalogService) -> list[Resource]:
    """The bundled catalog and the tricky resources, in the order they are exported."""
    add_resources(catalog, tricky_resources(catalog))
    return catalog.resources()


def paths_of(catalog: CatalogService) -> dict[int, str]:
    """Category paths, worked out here rather than by the code under test."""
    tree = {c.id: c for c in catalog.categories()}

    def path(category_id: int) -> str:
        category = tree[category_id]
        if category.parent_id is None:
            return category.name
        return f"{path(category.parent_id)} / {category.name}"

    return {category_id: path(category_id) for category_id in tree}


def defused(cell: str) -> str:
    return "'" + cell if cell[:1] in FORMULA_STARTS and cell else cell


def utc_text(moment: datetime) -> str:
    """A date as Zotero's CSV has it, in UTC, with the microseconds our dates have."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f").removesuffix(".000000")


# CSV ----------------------------------------------------------------------------------------


def read_csv_file(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file, dialect="excel", delimiter=delimiter))


def test_csv_of_every_field_reads_back_cell_for_cell(
    catalog: CatalogService, everything: list[Resource], folder: Path
) -> None:
    target = folder / "out.csv"
    result = export_resources(catalog, [r.uuid for r in everything], target, ExchangeFormat.CSV)
    assert result.count == len(everything) == 32
    paths = paths_of(catalog)
    with target.open(encoding="utf-8-sig", newline="") as file:
        assert next(csv.reader(file)) == ZOTERO_HEADERS
    rows = read_csv_file(target)
    assert len(rows) == len(everything)
    neutralised = 0
    for row, resource in zip(rows, everything, strict=True):
        expected = {
            "Key": resource.uuid,
            "Item Type": ZOTERO_TYPE[resource.type],
            "Publication Year": "" if resource.year is None else str(resource.year),
            "Author": "; ".join(resource.authors),
            "Title": resource.title,
            "Publication Title": resource.venue,
            "DOI": "10.1016/j.geoderma.2020.114436" if "doi.org" in resource.url else "",
            "Url": resource.url,
            "Abstract Note": resource.description,
            "Date Added": utc_text(resource.added),
            "Date Modified": utc_text(resource.modified),
            "Language": resource.language,
            "Manual Tags": "; ".join(sorted(paths[c] for c in resource.category_ids)),
            "Sort Title": resource.sort_title or "",
        }
        for header, cell in expected.items():
            assert row[header] == defused(cell), (resource.title, header)
            neutralised += row[header] != cell
    assert result.neutralised == neutralised == 7


def test_csv_is_utf8_with_a_byte_order_mark_and_crlf_line_ends(
    catalog: CatalogService, everything: list[Resource], folder: Path
) -> None:
    target = folder / "out.csv"
    export_resources(catalog, [r.uuid for r in everything], target, ExchangeFormat.CSV)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfKey,Item Type,")
    text = data.decode("utf-8-sig")
    assert "Écologie des sols" in text
    records = text.split("\r\n")
    assert records[-1] == ""  # every record, the last too, ends with CRLF
    assert records[0].count(",") == len(ZOTERO_HEADERS) - 1


def test_csv_of_the_visible_columns_in_their_order_with_semicolons_and_no_bom(
    catalog: CatalogService, everything: list[Resource], folder: Path
) -> None:
    target = folder / "out.csv"
    columns = ("year", "title", "categories", "authors", "added", "type")
    options = CsvOptions(columns=columns, delimiter=";", byte_order_mark=False)
    export_resources(catalog, [r.uuid for r in everything], target, ExchangeFormat.CSV, options)
    assert not target.read_bytes().startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8", newline="") as file:
        header, *rows = list(csv.reader(file, dialect="excel", delimiter=";"))
    assert header == [
        "Publication Year", "Title", "Manual Tags", "Author", "Date Added", "Item Type",
    ]  # fmt: skip
    paths = paths_of(catalog)
    for row, resource in zip(rows, everything, strict=True):
        assert row == [
            "" if resource.year is None else str(resource.year),
            defused(resource.title),
            "; ".join(sorted(paths[c] for c in resource.category_ids)),
            defused("; ".join(resource.authors)),
            utc_text(resource.added),
            ZOTERO_TYPE[resource.type],
        ]


@pytest.mark.parametrize(
    "payload", ["=1+1", "+cmd|' /C calc'!A0", "-2", "@SUM(A1:A9)", "\tx", "\rx", "\nx"]
)
def test_a_formula_cell_is_defused_with_a_quote_and_counted(
    catalog: CatalogService, folder: Path, payload: str
) -> None:
    [template] = [r for r in tricky_resources(catalog) if r.title == "Something else"]
    resource = replace(template, title=payload, venue=payload, description="safe")
    add_resources(catalog, [resource])
    target = folder / "out.csv"
    result = export_resources(catalog, [resource.uuid], target, ExchangeFormat.CSV)
    [row] = read_csv_file(target)
    assert row["Title"] == row["Publication Title"] == "'" + payload
    assert row["Abstract Note"] == "safe"
    assert result.neutralised == 2


def test_unknown_csv_options_are_refused(catalog: CatalogService, folder: Path) -> None:
    uuids = [r.uuid for r in catalog.resources()]
    with pytest.raises(ValueError, match="delimiter"):
        export_resources(
            catalog, uuids, folder / "a.csv", ExchangeFormat.CSV, CsvOptions(delimiter="|")
        )
    with pytest.raises(ValueError, match="nonsense"):
        export_resources(
            catalog, uuids, folder / "a.csv", ExchangeFormat.CSV, CsvOptions(("nonsense",))
        )
    assert list(folder.iterdir()) == []


# BibTeX -------------------------------------------------------------------------------------


def test_bibtex_reads_back_with_bibtexparser(
    catalog: CatalogService, everything: list[Resource], folder: Path
) -> None:
    target = folder / "out.bib"
    export_resources(catalog, [r.uuid for r in everything], target, ExchangeFormat.BIBTEX)
    text = target.read_text(encoding="utf-8")
    library = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    assert library.failed_blocks == []
    assert len(library.entries) == len(everything)
    assert len({entry.key for entry in library.entries}) == len(everything)
    paths = paths_of(catalog)
    venue_field = {"article": "journal", "techreport": "institution"}
    for entry, resource in zip(library.entries, everything, strict=True):
        fields = {field.key: field.value for field in entry.fields}
        assert entry.entry_type == BIBTEX_TYPE[resource.type]
        assert fields["uuid"] == resource.uuid
        assert fields.get("year") == (None if resource.year is None else str(resource.year))
        if resource.uuid.startswith("00000000"):
            continue  # LaTeX specials: read back by the import tests, with our own reader
        assert fields["title"] == resource.title
        assert fields.get(venue_field.get(entry.entry_type, "publisher"), "") == resource.venue
        assert fields.get("abstract", "") == resource.description
        assert fields.get("language", "") == resource.language
        categories = sorted(paths[c] for c in resource.category_ids)
        assert fields.get("keywords", "") == ", ".join(categories)
        assert authors_of(fields.get("author", "")) == list(resource.authors)


def authors_of(value: str) -> list[str]:
    """BibTeX names ("Family, Given" or a braced whole) in first-name-first order."""
    names = []
    for name in value.split(" and ") if value else []:
        family, comma, given = name.partition(", ")
        names.append(f"{given} {family}" if comma else name.strip("{}"))
    return names


def test_bibtex_writes_organisations_whole_and_people_family_first(
    catalog: CatalogService, folder: Path
) -> None:
    resources = catalog.resources()
    target = folder / "out.bib"
    export_resources(catalog, [r.uuid for r in resources], target, ExchangeFormat.BIBTEX)
    text = target.read_text(encoding="utf-8")
    assert "author = {{Government of Australia}}" in text
    assert "author = {{Intergovernmental Panel on Climate Change (IPCC)}}" in text
    assert "{Sá, João Carlos de Moraes and Lal, Rattan and Cerri, Carlos Clemente}" in text
    assert "title = {{Can Dirt Save the Earth?}}" in text  # capitals kept by every style


# RIS ----------------------------------------------------------------------------------------


def test_ris_reads_back_with_rispy(
    catalog: CatalogService, everything: list[Resource], folder: Path
) -> None:
    target = folder / "out.ris"
    export_resources(catalog, [r.uuid for r in everything], target, ExchangeFormat.RIS)
    data = target.read_bytes()
    assert b"\n" not in data.replace(b"\r\n", b"")  # CRLF line ends throughout
    text = data.decode("utf-8")
    assert text.startswith("TY  - ")
    assert text.count("\r\nER  - \r\n") == len(everything)
    records = rispy.loads(text.replace("\r\n", "\n"), delimiter_tags_mapping={})
    assert len(records) == len(everything)
    paths = paths_of(catalog)
    for record, resource in zip(records, everything, strict=True):
        assert record["type_of_reference"] == RIS_TYPE[resource.type]
        assert record["id"] == resource.uuid
        assert record.get("year") == (None if resource.year is None else str(resource.year))
        assert record.get("urls", []) == ([resource.url] if resource.url else [])
        if resource.uuid.startswith("00000000"):
            continue  # line breaks: read back by the import tests
        assert record["title"] == resource.title
        assert record.get("abstract", "") == resource.description
        assert record.get("language", "") == resource.language
        assert record.get("keywords", []) == sorted(paths[c] for c in resource.category_ids)
        venue = record.get("secondary_title") or record.get("publisher", "")
        assert venue == resource.venue
        if resource.type is ResourceType.ARTICLE and resource.venue:
            assert record["journal_name"] == resource.venue
        assert [uninvert(name) for name in record.get("authors", [])] == list(resource.authors)


def uninvert(name: str) -> str:
    family, comma, given = name.partition(", ")
    return f"{given} {family}" if comma else name


# CSL-JSON -----------------------------------------------------------------------------------


def test_csljson_reads_back_with_json(
    catalog: CatalogService, everything: list[Resource], folder: Path
) -> None:
    target = folder / "out.json"
    export_resources(catalog, [r.uuid for r in everything], target, ExchangeFormat.CSL_JSON)
    items = json.loads(target.read_text(encoding="utf-8"))
    assert len(items) == len(everything)
    paths = paths_of(catalog)
    for item, resource in zip(items, everything, strict=True):
        assert item["id"] == resource.uuid
        assert item["type"] == CSL_TYPE[resource.type]
        assert item["title"] == resource.title
        year = item.get("issued", {}).get("date-parts", [[None]])[0][0]
        assert year == resource.year
        assert item.get("container-title", item.get("publisher", "")) == resource.venue
        assert item.get("URL", "") == resource.url
        assert item.get("abstract", "") == resource.description
        assert item.get("language", "") == resource.language
        categories = sorted(paths[c] for c in resource.category_ids)
        assert item.get("keyword", "") == ", ".join(categories)
        names = [
            name["literal"] if "literal" in name else f"{name['given']} {name['family']}"
            for name in item.get("author", [])
        ]
        assert names == list(resource.authors)
    doi_item = next(i for i in items if "doi.org" in i.get("URL", ""))
    assert doi_item["DOI"] == "10.1016/j.geoderma.2020.114436"


def test_export_keeps_the_order_asked_and_leaves_out_unknown_uuids(
    catalog: CatalogService, folder: Path
) -> None:
    resources = catalog.resources()
    wanted = [resources[5].uuid, "not-a-uuid", resources[2].uuid]
    target = folder / "out.json"
    result = export_resources(catalog, wanted, target, ExchangeFormat.CSL_JSON)
    assert result.count == 2
    items = json.loads(target.read_text(encoding="utf-8"))
    assert [item["id"] for item in items] == [resources[5].uuid, resources[2].uuid]


# Failures -----------------------------------------------------------------------------------


def test_a_target_that_is_a_folder_is_refused_and_nothing_is_left(
    catalog: CatalogService, folder: Path
) -> None:
    target = folder / "out.csv"
    target.mkdir()
    with pytest.raises(ExchangeError) as raised:
        export_resources(catalog, [r.uuid for r in catalog.resources()], target, ExchangeFormat.CSV)
    assert raised.value.problem is ExchangeProblem.WRITE_FAILED
    assert str(target) in str(raised.value)
    assert sorted(folder.iterdir()) == [target]
    assert list(target.iterdir()) == []


def test_a_full_disk_half_way_leaves_no_file_and_the_old_one_intact(
    catalog: CatalogService, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = folder / "out.ris"
    target.write_text("the old export", encoding="utf-8")
    written: list[int] = []

    def full_disk(file: io.BufferedWriter, data: bytes, progress: object = None) -> None:
        file.write(data[: len(data) // 2])
        written.append(len(data) // 2)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic_write, "_write_all", full_disk)
    with pytest.raises(ExchangeError) as raised:
        export_resources(catalog, [r.uuid for r in catalog.resources()], target, ExchangeFormat.RIS)
    assert written and written[0] > 0
    assert raised.value.problem is ExchangeProblem.WRITE_FAILED
    assert "No space left on device" in str(raised.value)
    assert sorted(folder.iterdir()) == [target]
    assert target.read_text(encoding="utf-8") == "the old export"


def test_a_failed_rename_leaves_no_temporary_file(
    catalog: CatalogService, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(source: object, target: object) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(atomic_write.os, "replace", refused)
    target = folder / "out.bib"
    with pytest.raises(ExchangeError) as raised:
        export_resources(
            catalog, [r.uuid for r in catalog.resources()], target, ExchangeFormat.BIBTEX
        )
    assert raised.value.problem is ExchangeProblem.WRITE_FAILED
    assert list(folder.iterdir()) == []


def test_a_missing_folder_is_a_clear_error(catalog: CatalogService, folder: Path) -> None:
    target = folder / "missing" / "out.json"
    with pytest.raises(ExchangeError) as raised:
        export_resources(catalog, [], target, ExchangeFormat.CSL_JSON)
    assert raised.value.problem is ExchangeProblem.WRITE_FAILED
    assert "No such file or directory" in raised.value.detail
    assert list(folder.iterdir()) == []


def test_a_written_file_has_the_permissions_of_any_saved_file(
    catalog: CatalogService, folder: Path
) -> None:
    target = folder / "out.csv"
    export_resources(catalog, [], target, ExchangeFormat.CSV)
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
