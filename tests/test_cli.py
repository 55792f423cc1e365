"""The command line: `permille-desktop search` and the error paths a script relies on."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from permille_desktop import __version__
from permille_desktop.cli import main
from permille_desktop.domain.model import SeedCatalog, SeedCategory, SeedResource
from permille_desktop.domain.query import SearchOptions, matches, search_terms
from permille_desktop.domain.text import fold, title_sort_key
from permille_desktop.paths import bundled_catalog_path
from permille_desktop.services.seeding import read_bundled_catalog
from permille_desktop.store.migrations import LATEST_VERSION

SRC = Path(__file__).resolve().parents[1] / "src"

CATALOG: SeedCatalog = read_bundled_catalog(bundled_catalog_path())


def _keys_below(categories: tuple[SeedCategory, ...], names: set[str], inside: bool) -> set[str]:
    keys: set[str] = set()
    for category in categories:
        here = inside or category.name in names
        if here:
            keys.add(category.key)
        keys |= _keys_below(category.children, names, here)
    return keys


def _content(resource: SeedResource) -> str:
    parts = [resource.description, "; ".join(resource.authors), resource.venue, resource.url]
    return fold(" ".join(parts))


ANYWHERE = SearchOptions()


def expected_lines(
    text: str, options: SearchOptions = ANYWHERE, categories: tuple[str, ...] = ()
) -> list[str]:
    """What `search` should print, computed from the catalog file and the domain rules."""
    terms = search_terms(text, options.exact)
    found = [r for r in CATALOG.resources if matches(terms, fold(r.title), _content(r), options)]
    if categories:
        keys = _keys_below(CATALOG.categories, set(categories), False)
        found = [r for r in found if keys & set(r.category_keys)]
    found.sort(key=lambda r: title_sort_key(r.title))
    return [f"{' '.join(r.title.split())}\t{'' if r.year is None else r.year}" for r in found]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err


# Searching -------------------------------------------------------------------------------------


def test_search_prints_title_and_year_in_title_order(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, lines, err = run(capsys, "search", "soil", "--data-dir", str(data_dir))
    assert code == 0
    assert err == ""
    assert lines == expected_lines("soil")
    assert 1 < len(lines) < 24
    assert all(line.count("\t") == 1 for line in lines)


def test_search_finds_words_inside_words(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    _, lines, _ = run(capsys, "search", "soil", "--data-dir", str(data_dir))
    assert "The policy challenges to managing global soil resources\t2020" in lines
    assert any(line.startswith("Draft SOIL HEALTH RESOLUTION") for line in lines)


def test_missing_year_prints_an_empty_column(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    _, lines, _ = run(capsys, "search", "Research priorities", "--data-dir", str(data_dir))
    assert lines == ["The “4 per 1000” Research priorities\t"]


def test_empty_search_lists_the_whole_catalog_in_title_order(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, lines, _ = run(capsys, "search", "", "--data-dir", str(data_dir))
    assert code == 0
    assert len(lines) == 24
    assert lines == expected_lines("")


def test_search_ignores_accents_and_case(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    _, lines, _ = run(capsys, "search", "SPÉCIAUX", "--data-dir", str(data_dir))
    assert lines == ["Dossiers spéciaux : les sols\t2018"]


def test_exact_search_needs_the_words_together(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    exact = SearchOptions(exact=True)
    _, loose, _ = run(capsys, "search", "carbon soil", "--data-dir", str(data_dir))
    _, together, _ = run(capsys, "search", "carbon soil", "--exact", "--data-dir", str(data_dir))
    assert loose == expected_lines("carbon soil")
    assert together == expected_lines("carbon soil", exact)
    assert set(together) < set(loose)


def test_no_title_searches_only_the_content(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    options = SearchOptions(in_title=False)
    code, lines, _ = run(capsys, "search", "soil", "--no-title", "--data-dir", str(data_dir))
    assert code == 0
    assert lines == expected_lines("soil", options)
    assert lines != expected_lines("soil")


def test_no_content_searches_only_the_title(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    options = SearchOptions(in_content=False)
    _, lines, _ = run(capsys, "search", "lal", "--no-content", "--data-dir", str(data_dir))
    assert lines == expected_lines("lal", options)
    assert lines != expected_lines("lal")


def test_category_limits_the_results_to_that_category(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, lines, _ = run(
        capsys, "search", "soil", "--category", "Guides and reports", "--data-dir", str(data_dir)
    )
    assert code == 0
    assert lines == expected_lines("soil", categories=("Guides and reports",))
    guides = {r.title for r in CATALOG.resources if "guides-and-reports" in r.category_keys}
    assert lines
    assert {line.split("\t")[0] for line in lines} <= guides
    assert len(lines) < len(expected_lines("soil"))


def test_category_name_ignores_case(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    _, lines, _ = run(
        capsys, "search", "", "--category", "GUIDES AND REPORTS", "--data-dir", str(data_dir)
    )
    assert lines == expected_lines("", categories=("Guides and reports",))


def test_category_includes_the_categories_below_it(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    _, lines, _ = run(
        capsys, "search", "", "--category", "News in the spotlight", "--data-dir", str(data_dir)
    )
    assert lines == expected_lines("", categories=("News in the spotlight",))
    assert "Special Report on Climate Change\t2019" in lines  # in "Guides and reports"


def test_repeated_category_gives_the_union(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    names = ("Guides and reports", "Web tools")
    _, lines, _ = run(
        capsys,
        "search",
        "",
        "--category",
        names[0],
        "--category",
        names[1],
        "--data-dir",
        str(data_dir),
    )
    assert lines == expected_lines("", categories=names)


def test_search_that_finds_nothing_prints_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, lines, err = run(capsys, "search", "zzzz-not-there", "--data-dir", str(data_dir))
    assert (code, lines, err) == (0, [], "")


@pytest.mark.parametrize("query", ["' OR 1=1 --", "NEAR(", '"soil', "*", "\x1f"])
def test_hostile_queries_are_plain_text(
    capsys: pytest.CaptureFixture[str], data_dir: Path, query: str
) -> None:
    code, lines, err = run(capsys, "search", query, "--data-dir", str(data_dir))
    assert code == 0
    assert err == ""
    assert lines == expected_lines(query)


def test_data_dir_may_come_before_the_command(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, lines, _ = run(capsys, "--data-dir", str(data_dir), "search", "soil")
    assert code == 0
    assert lines == expected_lines("soil")
    assert (data_dir / "catalog.sqlite3").is_file()


# Errors ----------------------------------------------------------------------------------------


def test_unknown_category_exits_2_with_a_message(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, lines, err = run(
        capsys, "search", "soil", "--category", "No such thing", "--data-dir", str(data_dir)
    )
    assert code == 2
    assert lines == []
    assert err == "permille-desktop: no category named No such thing\n"


def test_no_field_to_search_exits_2_with_a_message(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, lines, err = run(
        capsys, "search", "soil", "--no-title", "--no-content", "--data-dir", str(data_dir)
    )
    assert code == 2
    assert lines == []
    assert err.startswith("permille-desktop: ")
    assert "--no-title" in err and "--no-content" in err


def test_version_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--version"])
    assert raised.value.code == 0
    assert capsys.readouterr().out.strip() == f"permille-desktop {__version__}"


def test_search_without_a_query_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["search"])
    assert raised.value.code == 2
    assert "QUERY" in capsys.readouterr().err


def test_data_dir_under_a_regular_file_exits_1_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code, lines, err = run(capsys, "search", "soil", "--data-dir", str(blocker / "data"))
    assert code == 1
    assert lines == []
    assert err.startswith("permille-desktop: ")
    assert err.count("\n") == 1
    assert str(blocker / "data") in err
    assert "Traceback" not in err


def test_corrupt_catalog_is_put_aside_and_said_on_stderr(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    data_dir.mkdir()
    (data_dir / "catalog.sqlite3").write_bytes(b"not a database " * 100)
    code, lines, err = run(capsys, "search", "soil", "--data-dir", str(data_dir))
    assert code == 0
    assert lines == expected_lines("soil")
    moved = next(data_dir.glob("catalog.sqlite3.damaged-*"))
    assert err.splitlines() == [
        "permille-desktop: the catalog could not be used: it is not an SQLite database "
        f"(file is not a database); it was moved to {moved}",
        "permille-desktop: there was no good backup: a new catalog was made from the bundled one",
    ]


def test_catalog_that_cannot_be_read_exits_1_with_one_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    (data_dir / "catalog.sqlite3").mkdir(parents=True)
    code, lines, err = run(capsys, "search", "soil", "--data-dir", str(data_dir))
    assert code == 1
    assert lines == []
    assert err.startswith("permille-desktop: cannot read the catalog ")
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_newer_catalog_is_searched_read_only_and_said_so(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    assert main(["search", "x", "--data-dir", str(data_dir)]) == 0
    with closing(sqlite3.connect(data_dir / "catalog.sqlite3")) as connection:
        connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    capsys.readouterr()
    code, lines, err = run(capsys, "search", "soil", "--data-dir", str(data_dir))
    assert code == 0
    assert lines == expected_lines("soil")
    assert err == (
        "permille-desktop: the catalog was written by a newer version of permille-desktop "
        f"(schema version {LATEST_VERSION + 1}; this version reads up to {LATEST_VERSION}): "
        "it is open read-only\n"
    )


# As a program ----------------------------------------------------------------------------------


def test_python_m_runs_the_search(data_dir: Path) -> None:
    environment = {**os.environ, "PYTHONPATH": str(SRC), "PYTHONIOENCODING": "utf-8"}
    completed = subprocess.run(
        [sys.executable, "-m", "permille_desktop", "search", "carbon", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stderr == ""
    assert completed.stdout.splitlines() == expected_lines("carbon")
    assert len(completed.stdout.splitlines()) > 3
