"""The command line: start the window, or search the catalog from a script."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from permille_desktop import __version__
from permille_desktop.domain.query import SearchOptions
from permille_desktop.domain.text import fold
from permille_desktop.paths import default_data_dir
from permille_desktop.services.catalog import CatalogError, CatalogService
from permille_desktop.services.search_index import BrowseQuery


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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    data_dir: Path = getattr(args, "data_dir", None) or default_data_dir()
    try:
        if args.command == "search":
            return _search(args, data_dir)
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
    catalog = CatalogService.open(data_dir)
    try:
        categories = catalog.categories()
        selected: frozenset[int] | None = None
        if args.category:
            wanted = {fold(name) for name in args.category}
            selected = frozenset(c.id for c in categories if fold(c.name) in wanted)
            if not selected:
                names = ", ".join(args.category)
                print(f"permille-desktop: no category named {names}", file=sys.stderr)
                return 2
        index = catalog.build_index(categories)
        result = index.browse(BrowseQuery(text=args.query, options=options, categories=selected))
    finally:
        catalog.close()
    out = sys.stdout
    for row in result.rows:
        year = index.years[row]
        title = " ".join(index.titles[row].split())  # one resource, one line
        out.write(f"{title}\t{'' if year is None else year}\n")
    return 0
