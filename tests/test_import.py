"""Imports: round trips through each format, files from other programs, broken files with
their line numbers, the caps, matching with the catalog, and the change an import makes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from exchange_helpers import (
    ADDED,
    FORMULA_STARTS,
    add_resources,
    by_uuid,
    category_named,
    empty_catalog,
    tricky_resources,
)
from permille_desktop.domain.changes import ResourceChange
from permille_desktop.domain.exchange import (
    CsvOptions,
    ExchangeFormat,
    ImportPreview,
    MatchReason,
    NoticeKind,
    RejectReason,
)
from permille_desktop.domain.model import Resource, ResourceType
from permille_desktop.services.catalog import CatalogService
from permille_desktop.services.curation import EditError
from permille_desktop.services.exchange import (
    ExchangeError,
    ExchangeProblem,
    ImportLimits,
    export_resources,
    plan_import,
    preview_import,
)

TODAY = date(2026, 6, 1)
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def catalog(data_dir: Path) -> Iterator[CatalogService]:
    opened = CatalogService.open(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    files = tmp_path / "files"
    files.mkdir()
    return files


def preview(catalog: CatalogService, path: Path, **options: object) -> ImportPreview:
    return preview_import(catalog, path, today=TODAY, **options)  # type: ignore[arg-type]


def imported(catalog: CatalogService, found: ImportPreview, *update: int) -> ResourceChange:
    change = plan_import(catalog, found, update, now=lambda: NOW)
    catalog.curator().apply(change)
    return change


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


# Round trips --------------------------------------------------------------------------------


def exported_and_emptied(
    catalog: CatalogService, folder: Path, fmt: ExchangeFormat
) -> tuple[list[Resource], Path]:
    add_resources(catalog, tricky_resources(catalog))
    originals = catalog.resources()
    path = folder / f"all{fmt.suffix}"
    export_resources(catalog, [r.uuid for r in originals], path, fmt)
    empty_catalog(catalog)
    assert catalog.count() == 0
    return originals, path


def test_our_csv_gives_back_the_same_resources_field_for_field(
    catalog: CatalogService, folder: Path
) -> None:
    originals, path = exported_and_emptied(catalog, folder, ExchangeFormat.CSV)
    found = preview(catalog, path)
    assert (found.matches, found.rejected, found.notices) == ((), (), ())
    assert len(found.new) == len(originals) == 32
    imported(catalog, found)
    again = by_uuid(catalog.resources())
    differences = 0
    for original in originals:
        expected = replace(
            original,
            title=defused(original.title),
            venue=defused(original.venue),
            description=defused(original.description),
            # The authors are one cell: only the first can start it.
            authors=tuple(defused(a) if i == 0 else a for i, a in enumerate(original.authors)),
        )
        differences += expected != original
        assert again[original.uuid] == expected
    formula_like = sum(
        any(
            text[:1] in FORMULA_STARTS for text in (r.title, r.venue, r.description, *r.authors[:1])
        )
        for r in originals
    )
    assert differences == formula_like > 0  # those resources, and only them


def defused(text: str) -> str:
    return "'" + text if text[:1] in FORMULA_STARTS and text else text


def lossy_type(kind: ResourceType, fmt: ExchangeFormat) -> ResourceType:
    """The types a format has no word for come back as the nearest one it has."""
    if kind is ResourceType.OTHER:
        return ResourceType.DOCUMENT
    if kind is ResourceType.NEWSLETTER and fmt is ExchangeFormat.BIBTEX:
        return ResourceType.ARTICLE
    return kind


@pytest.mark.parametrize(
    "fmt", [ExchangeFormat.BIBTEX, ExchangeFormat.RIS, ExchangeFormat.CSL_JSON], ids=str
)
def test_reference_formats_give_back_every_field_they_carry(
    catalog: CatalogService, folder: Path, fmt: ExchangeFormat
) -> None:
    originals, path = exported_and_emptied(catalog, folder, fmt)
    found = preview(catalog, path)
    assert (found.matches, found.rejected, found.notices) == ((), (), ())
    imported(catalog, found)
    again = by_uuid(catalog.resources())
    assert set(again) == {r.uuid for r in originals}  # the UUIDs travel too
    for original in originals:
        back = again[original.uuid]
        authors = original.authors
        if fmt is ExchangeFormat.RIS and "Smith, John" in authors:
            # RIS cannot tell "Smith, John" kept whole from a person written family first.
            authors = ("Food and Agriculture Organization", "John Smith", "The Nature Trust")
        assert back.title == original.title
        assert back.type is lossy_type(original.type, fmt)
        assert back.year == original.year
        assert back.authors == authors
        assert back.venue == original.venue
        assert back.description == original.description.strip()
        assert back.url == original.url
        assert back.language == original.language
        assert back.category_ids == original.category_ids
        assert back.sort_title == (original.sort_title if fmt is ExchangeFormat.BIBTEX else None)
        assert back.added == back.modified == NOW  # these formats carry no such dates


def test_a_file_of_ours_matches_its_resources_by_uuid(
    catalog: CatalogService, folder: Path
) -> None:
    for fmt in ExchangeFormat:
        path = folder / f"all{fmt.suffix}"
        export_resources(catalog, [r.uuid for r in catalog.resources()], path, fmt)
        found = preview(catalog, path)
        assert found.new == () and found.rejected == ()
        assert len(found.matches) == 24
        assert {m.reason for m in found.matches} == {MatchReason.UUID}
        assert all(m.existing.uuid == m.record.uuid for m in found.matches)


# Other programs' files ----------------------------------------------------------------------

ZOTERO_HEADER = (
    "Key;Item Type;Publication Year;Author;Title;Publication Title;ISBN;ISSN;DOI;Url;"
    "Abstract Note;Date;Date Added;Date Modified;Access Date;Pages;Language;Extra;Notes;"
    "Manual Tags;Automatic Tags"
)


def zotero_csv(*rows: str) -> str:
    return "\r\n".join([ZOTERO_HEADER, *rows]) + "\r\n"


def test_a_zotero_csv_with_semicolons_in_windows_1252(
    catalog: CatalogService, folder: Path
) -> None:
    text = zotero_csv(
        'ABCD2345;journalArticle;2019;"Lefèvre, Cécile; Le Noë, J.; Organisation des Nations '
        'Unies";"Œuvres d’été; «\u00a0sols\u00a0»";Bulletin;;;10.5555/ABC.123;;"Résumé";'
        "2019-05;2021-03-04 10:11:12;2021-03-05 08:00:00;;;fr;Some extra;;"
        '"News in the spotlight / Soil Carbon Notes; soil; carbon";auto',
        "EFGH6789;report;;Somebody;Un rapport;;;;;https://example.org/r;;;;;;;;;;;",
    )
    path = write(folder / "zotero.csv", text, "cp1252")
    found = preview(catalog, path)
    kinds = {notice.kind: notice.detail for notice in found.notices}
    assert kinds[NoticeKind.LEGACY_ENCODING] == "Windows-1252"
    assert kinds[NoticeKind.UNKNOWN_COLUMNS] == "Extra, Automatic Tags"
    assert kinds[NoticeKind.UNKNOWN_CATEGORIES] == "soil; carbon"
    first, second = found.new
    assert first.line == 2 and second.line == 3
    draft = first.draft
    assert draft.title == "Œuvres d’été; «\u00a0sols\u00a0»"
    assert draft.type is ResourceType.ARTICLE
    assert draft.year == 2019
    assert draft.authors == ("Cécile Lefèvre", "J. Le Noë", "Organisation des Nations Unies")
    assert draft.venue == "Bulletin"
    assert draft.url == "https://doi.org/10.5555/abc.123"  # made of the DOI
    assert draft.description == "Résumé"
    assert draft.language == "fr"
    notes = category_named(catalog, "Soil Carbon Notes").id
    assert draft.category_ids == (notes,)
    assert first.unknown_categories == ("soil", "carbon")
    assert first.uuid is None  # a Zotero key is no UUID of ours
    assert first.added == datetime(2021, 3, 4, 10, 11, 12, tzinfo=UTC)
    assert second.draft.type is ResourceType.REPORT and second.draft.year is None
    change = imported(catalog, found)
    stored = catalog.resource(change.after[0].uuid)
    assert stored is not None and stored.added == first.added


def test_a_zotero_csv_with_commas_in_utf8_with_a_bom(catalog: CatalogService, folder: Path) -> None:
    text = zotero_csv(
        'ZZZZ0001;webpage;2020;"Doe, Jane";"Page, with ""quotes""";;;;;https://x.org;;;;;;;;;;;'
    ).replace(";", ",")
    path = write(folder / "zotero.csv", "\ufeff" + text)
    found = preview(catalog, path)
    assert found.notices == ()
    [record] = found.new
    assert record.draft.title == 'Page, with "quotes"'
    assert record.draft.authors == ("Jane Doe",)
    assert record.draft.type is ResourceType.WEB_PAGE


def test_a_zotero_bibtex_export(catalog: CatalogService, folder: Path) -> None:
    text = r"""
@article{lal_soil_2004,
	title = {Soil {Carbon} {Sequestration} {Impacts} on {Global} {Climate} {Change}},
	volume = {304},
	url = {https://doi.org/10.1126/science.1097396},
	doi = {10.1126/science.1097396},
	abstract = {The carbon sink capacity of the world's agricultural soils is 50 to 66\% of the
historic loss of 42 to 78 gigatons of carbon. M{\"u}ller \& co.},
	language = {en},
	journal = {Science},
	author = {Lal, R. and M{\"u}ller, J{\"o}rg and {Food and Agriculture Organization}},
	year = {2004},
	keywords = {News in the spotlight / Guides and reports, soil},
}

@misc{noauthor_page_nodate,
	title = {A page},
	howpublished = {\url{https://example.org/page}},
}
"""
    found = preview(catalog, write(folder / "zotero.bib", text))
    first, second = found.new
    assert first.line == 2 and second.line == 16
    draft = first.draft
    assert draft.title == "Soil Carbon Sequestration Impacts on Global Climate Change"
    assert draft.authors == ("R. Lal", "Jörg Müller", "Food and Agriculture Organization")
    assert draft.description.endswith("50 to 66% of the\nhistoric loss of 42 to 78 gigatons "
                                      "of carbon. Müller & co.")  # fmt: skip
    assert draft.venue == "Science" and draft.year == 2004
    assert draft.url == "https://doi.org/10.1126/science.1097396"
    assert first.unknown_categories == ("soil",)
    assert draft.category_ids == (category_named(catalog, "Guides and reports").id,)
    assert second.draft.url == "https://example.org/page"
    assert second.draft.type is ResourceType.DOCUMENT


def test_a_ris_file_from_endnote_with_one_space_tags_and_dates(
    catalog: CatalogService, folder: Path
) -> None:
    text = (
        "\ufeffTY - JOUR\nAU - Lal, Rattan\nA1  - Second, Author\nT1  - A title\n"
        "JF  - A journal\nPY  - 2004/05/11/\nN2  - An abstract\nthat goes on\n"
        "UR  - https://example.org/a;b\nKW  - Other resources / Web tools; Unknown tag\n"
        "KW  - other resources/web TOOLS\nER  -\n"
    )
    found = preview(catalog, write(folder / "endnote.ris", text))
    [record] = found.new
    draft = record.draft
    assert (draft.title, draft.year, draft.venue) == ("A title", 2004, "A journal")
    assert draft.authors == ("Rattan Lal",)
    assert draft.description == "An abstract\nthat goes on"
    assert draft.url == "https://example.org/a;b"
    assert draft.category_ids == (category_named(catalog, "Web tools").id,)
    assert record.unknown_categories == ("Unknown tag",)


def test_csl_json_names_dates_and_a_single_item(catalog: CatalogService, folder: Path) -> None:
    item = {
        "type": "chapter",
        "title": "A chapter",
        "author": [
            {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"},
            {"literal": "World Bank"},
        ],
        "issued": {"raw": "2015-03"},
        "container-title": ["A book"],
        "DOI": "10.1000/xyz",
    }
    found = preview(catalog, write(folder / "one.json", json.dumps(item)))
    [record] = found.new
    assert record.draft.authors == ("Ludwig van Beethoven", "World Bank")
    assert (record.draft.year, record.draft.venue) == (2015, "A book")
    assert record.draft.type is ResourceType.BOOK
    assert record.draft.url == "https://doi.org/10.1000/xyz"


@pytest.mark.parametrize(
    ("name", "text", "fmt"),
    [
        ("refs.txt", "TY  - JOUR\nTI  - Sniffed\nER  - \n", ExchangeFormat.RIS),
        ("refs.txt", "% a comment\n@book{k, title = {Sniffed}}\n", ExchangeFormat.BIBTEX),
        ("refs", '[{"title": "Sniffed"}]', ExchangeFormat.CSL_JSON),
        ("refs.dat", "Title,Year\nSniffed,2001\n", ExchangeFormat.CSV),
    ],
)
def test_the_format_is_sniffed_when_the_suffix_does_not_say(
    catalog: CatalogService, folder: Path, name: str, text: str, fmt: ExchangeFormat
) -> None:
    found = preview(catalog, write(folder / name, text))
    assert found.format is fmt
    assert [r.draft.title for r in found.new] == ["Sniffed"]


# Broken files -------------------------------------------------------------------------------


def rejections(found: ImportPreview) -> list[tuple[int, RejectReason]]:
    return [(r.line, r.reason) for r in found.rejected]


def test_csv_with_a_quote_left_open_keeps_the_records_before_it(
    catalog: CatalogService, folder: Path
) -> None:
    text = 'Title,Year\nFirst,2001\n"Second\nstill second",2002\nThird,"2003\nFourth,2004\n'
    found = preview(catalog, write(folder / "open.csv", text))
    assert [(r.line, r.draft.title) for r in found.new] == [
        (2, "First"),
        (3, "Second\nstill second"),
    ]
    assert rejections(found) == [(5, RejectReason.MALFORMED)]
    assert "never closed" in found.rejected[0].detail


def test_csv_with_a_stray_quote_rejects_that_row_only(
    catalog: CatalogService, folder: Path
) -> None:
    text = 'Title,Year\nFirst,2001\n"Bro"ken,2002\nThird,2003\nA,1,extra\n'
    found = preview(catalog, write(folder / "stray.csv", text))
    assert [r.line for r in found.new] == [2, 4]
    assert rejections(found) == [(3, RejectReason.MALFORMED), (5, RejectReason.MALFORMED)]


def test_csv_without_a_title_column_is_refused(catalog: CatalogService, folder: Path) -> None:
    with pytest.raises(ExchangeError) as raised:
        preview(catalog, write(folder / "no-title.csv", "Name,Year\nA,2001\n"))
    assert raised.value.problem is ExchangeProblem.MALFORMED
    assert "Title column" in str(raised.value)


def test_bibtex_with_broken_entries_keeps_the_others(catalog: CatalogService, folder: Path) -> None:
    text = (
        "@article{a, title = {First}, year = {2001}}\n"  # 1
        "\n"
        "@article{b,\n"  # 3: never closed, the next entry starts
        "  title = {Broken,\n"
        "  year = {2002}\n"
        "\n"
        "@book{c, title = {Third}}\n"  # 7
        "@book{d, title = {Twice}, title = {Again}}\n"  # 8
        "@book{c, title = {Same key, other book}}\n"  # 9
        "@article{e,\n"  # 10: truncated by the end of the file
        "  title = {Last"
    )
    found = preview(catalog, write(folder / "broken.bib", text))
    assert [(r.line, r.draft.title) for r in found.new] == [
        (1, "First"),
        (7, "Third"),
        (9, "Same key, other book"),
    ]
    assert rejections(found) == [
        (3, RejectReason.MALFORMED),
        (8, RejectReason.MALFORMED),
        (10, RejectReason.MALFORMED),
    ]
    assert "twice" in found.rejected[1].detail


def test_ris_without_er_lines_never_merges_or_drops_records(
    catalog: CatalogService, folder: Path
) -> None:
    text = (
        "TY  - JOUR\nTI  - First\nER  - \n"  # 1
        "TY  - JOUR\nTI  - No end\nAU  - Somebody\n"  # 4: the next record starts
        "TY  - BOOK\nTI  - Third\nER  - \n"  # 7
        "TI  - No start\nER  - \n"  # 10
        "TY  - JOUR\nTI  - Cut short\n"  # 12: the file ends
    )
    found = preview(catalog, write(folder / "broken.ris", text))
    assert [(r.line, r.draft.title, r.draft.authors) for r in found.new] == [
        (1, "First", ()),
        (7, "Third", ()),
    ]
    assert rejections(found) == [
        (4, RejectReason.MALFORMED),
        (10, RejectReason.MALFORMED),
        (12, RejectReason.MALFORMED),
    ]
    assert "ER" in found.rejected[0].detail and "line 7" in found.rejected[0].detail


def test_csl_json_broken_in_the_middle_keeps_the_items_before(
    catalog: CatalogService, folder: Path
) -> None:
    text = '[\n  {"title": "First"},\n  "not an item",\n  {"title": "Third",\n   "year": }\n]\n'
    found = preview(catalog, write(folder / "broken.json", text))
    assert [(r.line, r.draft.title) for r in found.new] == [(2, "First")]
    assert rejections(found) == [(3, RejectReason.MALFORMED), (4, RejectReason.MALFORMED)]


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("a.json", b"true", ExchangeProblem.MALFORMED),
        ("a.json", b"{broken", ExchangeProblem.MALFORMED),
        ("a.json", b"[]", ExchangeProblem.NOT_RECOGNISED),
        ("a.bib", b"just some text\n", ExchangeProblem.NOT_RECOGNISED),
        ("a.ris", b"\n\n", ExchangeProblem.NOT_RECOGNISED),
        ("a.txt", b"hello world\n", ExchangeProblem.NOT_RECOGNISED),
        ("a.csv", b"Title\x00,Year\n\x00\x01", ExchangeProblem.NOT_RECOGNISED),
    ],
)
def test_a_file_nothing_can_be_read_of_is_refused(
    catalog: CatalogService, folder: Path, name: str, content: bytes, problem: ExchangeProblem
) -> None:
    path = folder / name
    path.write_bytes(content)
    with pytest.raises(ExchangeError) as raised:
        preview(catalog, path)
    assert raised.value.problem is problem
    assert name in str(raised.value)


def test_a_missing_file_or_a_folder_is_unreadable(catalog: CatalogService, folder: Path) -> None:
    for path in (folder / "missing.csv", folder):
        with pytest.raises(ExchangeError) as raised:
            preview(catalog, path)
        assert raised.value.problem is ExchangeProblem.UNREADABLE


def test_records_the_catalog_rules_refuse_are_rejected_with_their_line(
    catalog: CatalogService, folder: Path
) -> None:
    text = (
        "Title,Publication Year,Url\n"
        "Fine,2001,https://example.org\n"  # 2
        ",2001,\n"  # 3
        "   ,2001,\n"  # 4
        "Old,1700,\n"  # 5
        "Future,2999,\n"  # 6
        "Words,soon,\n"  # 7
        "Link,,ftp://example.org\n"  # 8
        "Spaces,,https://exa mple.org\n"  # 9
        "Fine,2001,\n"  # 10: the same title and year as line 2
        "Next year,2027,\n"  # 11: the year after TODAY's is announced, not refused
    )
    found = preview(catalog, write(folder / "rules.csv", text))
    assert [r.line for r in found.new] == [2, 11]
    assert rejections(found) == [
        (3, RejectReason.NO_TITLE),
        (4, RejectReason.NO_TITLE),
        (5, RejectReason.BAD_YEAR),
        (6, RejectReason.BAD_YEAR),
        (7, RejectReason.BAD_YEAR),
        (8, RejectReason.BAD_URL),
        (9, RejectReason.BAD_URL),
        (10, RejectReason.DUPLICATE_IN_FILE),
    ]
    assert "line 2" in found.rejected[-1].detail


def test_dates_a_spreadsheet_rewrote_are_left_out_with_a_notice(
    catalog: CatalogService, folder: Path
) -> None:
    text = "Title,Date Added,Date Modified\nA,29/02/2024 23:59,2024-03-01 10:00:00\n"
    found = preview(catalog, write(folder / "dates.csv", text))
    [record] = found.new
    assert record.added is None
    assert record.modified == datetime(2024, 3, 1, 10, tzinfo=UTC)
    [notice] = found.notices
    assert (notice.kind, notice.detail) == (NoticeKind.UNREADABLE_DATES, "Date Added")


# Caps ---------------------------------------------------------------------------------------


def test_a_file_over_the_size_cap_is_refused(catalog: CatalogService, folder: Path) -> None:
    path = write(folder / "big.csv", "Title\n" + "A title\n" * 200)
    with pytest.raises(ExchangeError) as raised:
        preview(catalog, path, limits=ImportLimits(max_bytes=1000))
    assert raised.value.problem is ExchangeProblem.TOO_LARGE
    assert preview(catalog, path, limits=ImportLimits(max_bytes=2000)).rejected


@pytest.mark.parametrize("fmt", list(ExchangeFormat), ids=str)
def test_a_file_over_the_record_cap_is_refused(
    catalog: CatalogService, folder: Path, fmt: ExchangeFormat
) -> None:
    resources = catalog.resources()
    path = folder / f"six{fmt.suffix}"
    export_resources(catalog, [r.uuid for r in resources[:6]], path, fmt)
    assert len(preview(catalog, path, limits=ImportLimits(max_records=6)).matches) == 6
    with pytest.raises(ExchangeError) as raised:
        preview(catalog, path, limits=ImportLimits(max_records=5))
    assert raised.value.problem is ExchangeProblem.TOO_MANY_RECORDS


def test_a_field_over_the_length_cap_rejects_its_record(
    catalog: CatalogService, folder: Path
) -> None:
    long = "x" * 150_000  # beyond the csv module's own limit too
    text = f"Title,Abstract Note\nShort,fine\nLong,{long}\n{'y' * 100_001},\nAfter,fine\n"
    found = preview(catalog, write(folder / "long.csv", text))
    assert [r.line for r in found.new] == [2, 5]
    assert rejections(found) == [(3, RejectReason.FIELD_TOO_LONG), (4, RejectReason.FIELD_TOO_LONG)]
    assert "description" in found.rejected[0].detail and "title" in found.rejected[1].detail
    small = preview(catalog, write(folder / "s.csv", "Title\nabcdef\n"), limits=ImportLimits(
        max_field_chars=5))  # fmt: skip
    assert rejections(small) == [(2, RejectReason.FIELD_TOO_LONG)]


# Matching and planning ----------------------------------------------------------------------


def test_matches_by_uuid_doi_and_title_and_year(catalog: CatalogService, folder: Path) -> None:
    [doi_resource, *_] = tricky_resources(catalog)
    add_resources(catalog, [doi_resource])
    existing = next(r for r in catalog.resources() if r.title == "Can Dirt Save the Earth?")
    text = (
        "Key,Title,Publication Year,Url\n"
        f"{existing.uuid},Renamed,2018,\n"
        ",Another title,2000,https://dx.doi.org/10.1016/J.GEODERMA.2020.114436\n"
        ",CAN DIRT SAVE  THE ÉARTH?,2018,\n"
        ",Can Dirt Save the Earth?,2019,\n"
    )
    found = preview(catalog, write(folder / "matches.csv", text))
    assert [(m.record.line, m.reason, m.existing.uuid) for m in found.matches] == [
        (2, MatchReason.UUID, existing.uuid),
        (3, MatchReason.DOI, doi_resource.uuid),
    ]
    # Line 4 is the resource line 2 already matched; line 5 has another year.
    assert rejections(found) == [(4, RejectReason.DUPLICATE_IN_FILE)]
    assert [r.line for r in found.new] == [5]


def test_an_update_keeps_uuid_added_date_and_the_fields_not_given(
    catalog: CatalogService, folder: Path
) -> None:
    existing = next(r for r in catalog.resources() if r.description and r.authors)
    text = f"Key,Title,Publication Year\n{existing.uuid},A new title,2011\n"
    found = preview(catalog, write(folder / "update.csv", text))
    skipped = plan_import(catalog, found, now=lambda: NOW)
    assert skipped == ResourceChange()
    change = imported(catalog, found, 0)
    assert change.before == (existing,)
    updated = catalog.resource(existing.uuid)
    assert updated == replace(existing, title="A new title", year=2011, modified=NOW)
    catalog.curator().revert(change)
    assert catalog.resource(existing.uuid) == existing


def test_an_update_that_changes_nothing_is_left_out(catalog: CatalogService, folder: Path) -> None:
    path = folder / "same.csv"
    export_resources(catalog, [r.uuid for r in catalog.resources()], path, ExchangeFormat.CSV)
    found = preview(catalog, path)
    assert plan_import(catalog, found, range(len(found.matches))) == ResourceChange()


def test_an_update_with_unknown_categories_keeps_the_resource_in_its_own(
    catalog: CatalogService, folder: Path
) -> None:
    existing = next(r for r in catalog.resources() if r.category_ids)
    text = f"Key,Title,Manual Tags\n{existing.uuid},{existing.title},Nowhere\n"
    found = preview(catalog, write(folder / "tags.csv", text))
    assert plan_import(catalog, found, [0]) == ResourceChange()


def test_new_resources_get_new_uuids_or_their_own_and_a_target_category(
    catalog: CatalogService, folder: Path
) -> None:
    own = "12345678-1234-4abc-8def-123456789abc"
    text = (
        f"Key,Title,Manual Tags\n{own},Mine,\nABCD1234,Zotero's,\n"
        ",Tagged,Other resources / Web tools\n"
    )
    found = preview(catalog, write(folder / "new.csv", text))
    target = category_named(catalog, "Current News").id
    tools = category_named(catalog, "Web tools").id
    change = plan_import(catalog, found, (), target, now=lambda: NOW)
    mine, zoteros, tagged = change.after
    assert mine.uuid == own
    assert zoteros.uuid not in {own, "ABCD1234"} and len(zoteros.uuid) == 36
    assert (mine.category_ids, zoteros.category_ids, tagged.category_ids) == (
        (target,),
        (target,),
        (tools,),
    )
    assert mine.added == mine.modified == NOW
    before = catalog.count()
    catalog.curator().apply(change)
    assert catalog.count() == before + 3
    catalog.curator().revert(change)
    assert catalog.count() == before
    with pytest.raises(EditError):
        plan_import(catalog, found, (), 99_999)


def test_an_import_that_fails_to_save_writes_nothing(catalog: CatalogService, folder: Path) -> None:
    text = "Title,Manual Tags\nOne,Other resources / Web tools\nTwo,\n"
    found = preview(catalog, write(folder / "fails.csv", text))
    change = plan_import(catalog, found)
    tools = category_named(catalog, "Web tools").id
    curator = catalog.curator()
    curator.apply(curator.plan_delete_category(tools, move_resources_to_parent=False))
    before = catalog.resources()
    with pytest.raises(EditError):
        curator.apply(change)  # "One" names a category that is gone
    assert catalog.resources() == before
    with pytest.raises(EditError):
        plan_import(catalog, found)


def test_a_new_record_keeps_the_dates_of_its_file(catalog: CatalogService, folder: Path) -> None:
    text = f"Title,Date Added\nDated,{(ADDED - timedelta(days=1)).isoformat()}\n"
    found = preview(catalog, write(folder / "dated.csv", text))
    [resource] = plan_import(catalog, found, now=lambda: NOW).after
    assert resource.added == ADDED - timedelta(days=1)
    assert resource.modified == NOW


def test_the_csv_reader_leaves_the_module_limit_as_it_was(
    catalog: CatalogService, folder: Path
) -> None:
    import csv

    limit = csv.field_size_limit()
    preview(catalog, write(folder / "a.csv", f"Title\n{'z' * 200_000}\n"))
    assert csv.field_size_limit() == limit


def test_csv_options_do_not_matter_to_the_import(catalog: CatalogService, folder: Path) -> None:
    resources = catalog.resources()
    path = folder / "visible.csv"
    options = CsvOptions(columns=("title", "year", "authors"), delimiter=";", byte_order_mark=False)
    export_resources(catalog, [r.uuid for r in resources], path, ExchangeFormat.CSV, options)
    found = preview(catalog, path)
    assert len(found.matches) == 24 and found.new == ()
    assert {m.reason for m in found.matches} == {MatchReason.TITLE_AND_YEAR}
