"""`permille-desktop export` and `import`: what a script sees, and the files it gets."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import bibtexparser
import pytest
import rispy

from permille_desktop.cli import main
from permille_desktop.services.catalog import CatalogService
from test_cli import SRC, expected_lines


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err


def titles_in_search_order(
    capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str
) -> list[str]:
    """The titles `search` prints for the same query, as the export must select them."""
    code, lines, _ = run(capsys, "search", *args, "--data-dir", str(data_dir))
    assert code == 0
    return [line.split("\t")[0] for line in lines]


# Export -------------------------------------------------------------------------------------


def test_export_writes_what_the_same_search_shows(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "soil.json"
    code, lines, err = run(
        capsys, "export", str(target), "--query", "soil", "--data-dir", str(data_dir)
    )
    assert (code, err) == (0, "")
    items = json.loads(target.read_text(encoding="utf-8"))
    expected = titles_in_search_order(capsys, data_dir, "soil")
    assert [" ".join(item["title"].split()) for item in items] == expected
    assert [line.split("\t")[0] for line in expected_lines("soil")] == expected
    assert lines == [f"Exported {len(expected)} resources to {target}"]


def test_export_with_exact_and_category(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out.ris"
    arguments = ["soil carbon", "--exact", "--category", "News in the spotlight"]
    code, _, _ = run(
        capsys,
        "export",
        str(target),
        "--query",
        arguments[0],
        *arguments[1:],
        "--data-dir",
        str(data_dir),
    )
    assert code == 0
    records = rispy.loads(target.read_text(encoding="utf-8").replace("\r\n", "\n"))
    expected = titles_in_search_order(capsys, data_dir, *arguments)
    assert expected and [r["title"] for r in records] == expected


def test_export_of_everything_with_the_format_given(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "references.txt"
    code, _, _ = run(
        capsys, "export", str(target), "--format", "bibtex", "--data-dir", str(data_dir)
    )
    assert code == 0
    library = bibtexparser.parse_string(target.read_text(encoding="utf-8"))
    assert len(library.entries) == 24 and library.failed_blocks == []


def test_export_csv_by_its_suffix(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "all.csv"
    assert run(capsys, "export", str(target), "--data-dir", str(data_dir))[0] == 0
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file, dialect="excel"))
    assert len(rows) == 24
    assert {row["Key"] for row in rows} == {
        r.uuid for r in CatalogService.open(data_dir).resources()
    }


def test_export_without_a_known_suffix_asks_for_the_format(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    code, lines, err = run(capsys, "export", str(tmp_path / "out.xyz"), "--data-dir", str(data_dir))
    assert (code, lines) == (2, [])
    assert err.startswith("permille-desktop: ") and "--format" in err
    assert err.count("\n") == 1


def test_export_to_an_unwritable_place_fails_in_one_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    code, lines, err = run(
        capsys, "export", str(tmp_path), "--format", "csv", "--data-dir", str(data_dir)
    )
    assert (code, lines) == (1, [])
    assert err.startswith("permille-desktop: Could not write ")
    assert err.count("\n") == 1 and "Traceback" not in err


def test_export_with_an_unknown_category_exits_2(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out.csv"
    code, _, err = run(
        capsys, "export", str(target), "--category", "Nope", "--data-dir", str(data_dir)
    )
    assert code == 2
    assert err == "permille-desktop: no category named Nope\n"
    assert not target.exists()


# Import -------------------------------------------------------------------------------------

FILE = (
    "Title,Publication Year,Manual Tags\n"
    "A brand new resource,2021,Other resources / Web tools\n"  # 2
    "Can Dirt Save the Earth?,2018,\n"  # 3: in the catalog
    ",2020,\n"  # 4
    "Too old,1492,Nowhere\n"  # 5
    '"Second new\n resource",,Nowhere\n'  # 6
)


def test_import_prints_each_record_and_adds_the_new_ones(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "in.csv"
    path.write_text(FILE, encoding="utf-8")
    code, lines, err = run(capsys, "import", str(path), "--data-dir", str(data_dir))
    assert (code, err) == (0, "")
    assert lines == [
        "added\t2\tA brand new resource",
        "skipped\t3\tCan Dirt Save the Earth?\tsame title and year",
        "rejected\t4\tno title",
        "rejected\t5\tnot a valid year\tthe year is “1492”",
        "added\t6\tSecond new resource",
        "notice\t\tcategories the catalog does not have, left out: Nowhere",
        "2 added, 0 updated, 1 skipped, 2 rejected",
    ]
    catalog = CatalogService.open(data_dir)
    try:
        titles = {r.title for r in catalog.resources()}
        assert catalog.count() == 26
    finally:
        catalog.close()
    assert {"A brand new resource", "Second new\n resource"} <= titles


def test_import_dry_run_writes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "in.csv"
    path.write_text(FILE, encoding="utf-8")
    code, lines, _ = run(capsys, "import", str(path), "--dry-run", "--data-dir", str(data_dir))
    assert code == 0
    assert lines[-1] == "2 added, 0 updated, 1 skipped, 2 rejected (dry run: nothing was written)"
    catalog = CatalogService.open(data_dir)
    try:
        assert catalog.count() == 24
    finally:
        catalog.close()


def backups_of(data_dir: Path) -> list[str]:
    folder = data_dir / "backups"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_import_takes_a_backup_of_the_catalog_as_it_was_first(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "in.csv"
    path.write_text(FILE, encoding="utf-8")
    code, _, _ = run(capsys, "import", str(path), "--data-dir", str(data_dir))
    assert code == 0
    (name,) = backups_of(data_dir)
    assert name.endswith("-before-import.sqlite3")
    with closing(sqlite3.connect(data_dir / "backups" / name)) as backup:
        assert backup.execute("SELECT count(*) FROM resources").fetchone() == (24,)


def test_an_import_that_writes_nothing_takes_no_backup(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "in.csv"
    path.write_text(FILE, encoding="utf-8")
    run(capsys, "import", str(path), "--dry-run", "--data-dir", str(data_dir))
    path.write_text("Title,Publication Year\nCan Dirt Save the Earth?,2018\n", encoding="utf-8")
    code, lines, _ = run(capsys, "import", str(path), "--data-dir", str(data_dir))
    assert (code, lines[-1]) == (0, "0 added, 0 updated, 1 skipped, 0 rejected")
    assert backups_of(data_dir) == []


def test_import_into_a_newer_versions_catalog_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    CatalogService.open(data_dir).close()
    with closing(sqlite3.connect(data_dir / "catalog.sqlite3")) as connection:
        connection.execute("PRAGMA user_version = 99")
    path = tmp_path / "in.csv"
    path.write_text(FILE, encoding="utf-8")
    code, lines, err = run(capsys, "import", str(path), "--data-dir", str(data_dir))
    assert (code, lines) == (1, [])
    assert err.splitlines()[-1] == (
        "permille-desktop: The catalog was written by a newer version of permille-desktop and "
        "is open read-only; the change was not saved."
    )
    assert backups_of(data_dir) == []


def test_import_of_a_refused_file_exits_1_in_one_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "in.csv"
    path.write_text("Name,Year\nA,2001\n", encoding="utf-8")
    code, lines, err = run(capsys, "import", str(path), "--data-dir", str(data_dir))
    assert (code, lines) == (1, [])
    assert err == "permille-desktop: in.csv cannot be read: its first line has no Title column.\n"


def test_import_of_a_file_whose_every_record_is_rejected_exits_1(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "in.ris"
    path.write_text("TY  - JOUR\nTI  - Lost record\n", encoding="utf-8")
    code, lines, _ = run(capsys, "import", str(path), "--data-dir", str(data_dir))
    assert code == 1
    assert lines[0].startswith("rejected\t1\t")
    assert lines[-1] == "0 added, 0 updated, 0 skipped, 1 rejected"


def test_import_of_a_broken_bibtex_file_reports_the_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "in.bib"
    path.write_text("@book{a, title={Fine}}\n\n@article{b,\n title = {Broken\n", encoding="utf-8")
    code, lines, err = run(capsys, "import", str(path), "--data-dir", str(data_dir))
    assert (code, err) == (0, "")  # bibtexparser's own warnings stay off the terminal
    assert lines[0] == "added\t1\tFine"
    assert lines[1].startswith("rejected\t3\tcould not be read\tthe entry is broken")


def test_python_m_runs_export_and_import(data_dir: Path, tmp_path: Path) -> None:
    environment = {"PYTHONPATH": str(SRC), "PYTHONIOENCODING": "utf-8"}
    target = tmp_path / "all.ris"
    for arguments in (["export", str(target)], ["import", str(target), "--dry-run"]):
        completed = subprocess.run(
            [sys.executable, "-m", "permille_desktop", *arguments, "--data-dir", str(data_dir)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={**os.environ, **environment},
            check=False,
        )
        assert completed.returncode == 0, completed.stderr
        assert completed.stderr == ""
    assert completed.stdout.splitlines()[-1].startswith("0 added, 0 updated, 24 skipped")
