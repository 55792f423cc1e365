"""The command line: start the window, or search, export, import and check from a script."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from permille_desktop import __version__
from permille_desktop.cli_check import check_command
from permille_desktop.cli_exchange import export_command, import_command
from permille_desktop.cli_opening import open_catalog
from permille_desktop.cli_selection import UnknownCategoryError, selected
from permille_desktop.cli_text import terminal_line
from permille_desktop.domain.exchange import ExchangeFormat
from permille_desktop.domain.query import SearchOptions
from permille_desktop.paths import default_data_dir
from permille_desktop.services.catalog import CatalogError


def build_parser() -> argparse.ArgumentParser:
    data_dir = argparse.ArgumentParser(add_help=False)
    data_dir.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="DIR",
        help="the folder holding the catalog (default: the user's data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="permille-desktop",
        description="Offline browser for the resource library of the “4 per 1000” Initiative.",
        parents=[data_dir],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    search = commands.add_parser(
        "search",
        parents=[data_dir],
        help="print the resources a search finds, one per line as title<TAB>year",
        description="Print the resources a search finds, in title order, one per line as "
        "title<TAB>year, through the same engine as the window.",
    )
    search.add_argument("query", metavar="QUERY", help="the search text")
    search.add_argument("--exact", action="store_true", help="exact matches only")
    search.add_argument("--no-title", action="store_true", help="do not search in titles")
    search.add_argument("--no-content", action="store_true", help="do not search in content")
    search.add_argument(
        "--category",
        action="append",
        metavar="NAME",
        help="only resources in this category or below it (may be repeated)",
    )
    export = commands.add_parser(
        "export",
        parents=[data_dir],
        help="write the resources a search finds to a CSV, BibTeX, RIS or CSL-JSON file",
        description="Write the resources a search finds (all of them without --query) to "
        "PATH in title order, as the window's export does.",
    )
    export.add_argument("path", type=Path, metavar="PATH", help="the file to write")
    export.add_argument(
        "--format",
        choices=[f.value for f in ExchangeFormat],
        help="the file's format (default: from PATH's suffix: .csv, .bib, .ris, .json)",
    )
    export.add_argument("--query", default="", metavar="TEXT", help="the search text")
    export.add_argument("--exact", action="store_true", help="exact matches only")
    export.add_argument(
        "--category",
        action="append",
        metavar="NAME",
        help="only resources in this category or below it (may be repeated)",
    )
    imported = commands.add_parser(
        "import",
        parents=[data_dir],
        help="add the references of a CSV, BibTeX, RIS or CSL-JSON file to the catalog",
        description="Add the records of PATH to the catalog as the window's import does "
        "with its default choices: records matching a resource already there are skipped. "
        "Prints what was added, skipped and rejected (with line numbers), one per line.",
    )
    imported.add_argument("path", type=Path, metavar="PATH", help="the file to read")
    imported.add_argument(
        "--dry-run", action="store_true", help="print what would be done; write nothing"
    )
    commands.add_parser(
        "check",
        parents=[data_dir],
        help="check the catalog's integrity and consistency, changing nothing",
        description="Run SQLite's full integrity check and the app's own checks (category "
        "tree, links, search text and word index) on the catalog, changing nothing. Prints "
        "one line per problem, then a final line; exits with status 1 if a problem was found.",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    data_dir: Path = getattr(args, "data_dir", None) or default_data_dir()
    try:
        if args.command == "search":
            return _search(args, data_dir)
        if args.command == "export":
            return export_command(args, data_dir)
        if args.command == "import":
            return import_command(args, data_dir)
        if args.command == "check":
            return check_command(data_dir)
        from permille_desktop.app import run  # Qt is loaded only for the window.

        return run(data_dir)
    except CatalogError as error:
        print(f"permille-desktop: {error}", file=sys.stderr)
        return 1


def _search(args: argparse.Namespace, data_dir: Path) -> int:
    options = SearchOptions(
        exact=args.exact, in_title=not args.no_title, in_content=not args.no_content
    )
    if not options.searches_something:
        print(
            "permille-desktop: --no-title and --no-content leave nothing to search in",
            file=sys.stderr,
        )
        return 2
    catalog = open_catalog(data_dir)
    try:
        index, result = selected(catalog, args.query, options, args.category)
    except UnknownCategoryError as error:
        print(f"permille-desktop: {error}", file=sys.stderr)
        return 2
    finally:
        catalog.close()
    out = sys.stdout
    for row in result.rows:
        year = index.years[row]
        title = terminal_line(index.titles[row])  # one resource, one line
        out.write(f"{title}\t{'' if year is None else year}\n")
    return 0
