"""`permille-desktop export` and `import`: the exchange with reference managers, scripted.

Import takes the dialog's default choices: matches with resources of the catalog are skipped
and nothing is updated. Before it writes, the catalog is backed up (reason before-import). What
it did is printed one record per line, tab-separated, then a summary line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from permille_desktop.cli_opening import open_catalog
from permille_desktop.cli_selection import UnknownCategoryError, selected
from permille_desktop.cli_text import terminal_line
from permille_desktop.domain.backups import BackupReason
from permille_desktop.domain.exchange import (
    ExchangeFormat,
    ImportNotice,
    ImportPreview,
    MatchReason,
    NoticeKind,
    RejectReason,
)
from permille_desktop.domain.query import SearchOptions
from permille_desktop.services.edit_error import EditError
from permille_desktop.services.exchange import (
    ExchangeError,
    export_resources,
    format_of_suffix,
    plan_import,
    preview_import,
)

_REJECTED = {
    RejectReason.NO_TITLE: "no title",
    RejectReason.BAD_YEAR: "not a valid year",
    RejectReason.BAD_URL: "not a valid link",
    RejectReason.FIELD_TOO_LONG: "a field is too long",
    RejectReason.MALFORMED: "could not be read",
    RejectReason.DUPLICATE_IN_FILE: "already earlier in the file",
}
_MATCHED = {
    MatchReason.UUID: "same identifier",
    MatchReason.DOI: "same DOI",
    MatchReason.TITLE_AND_YEAR: "same title and year",
}
_NOTICES = {
    NoticeKind.LEGACY_ENCODING: "not UTF-8: read as",
    NoticeKind.UNKNOWN_COLUMNS: "columns left out:",
    NoticeKind.UNKNOWN_CATEGORIES: "categories the catalog does not have, left out:",
    NoticeKind.UNREADABLE_DATES: "dates that could not be read, left out:",
}


def export_command(args: argparse.Namespace, data_dir: Path) -> int:
    fmt = ExchangeFormat(args.format) if args.format else format_of_suffix(args.path)
    if fmt is None:
        _error(f"cannot tell the format of {args.path} from its suffix; give --format")
        return 2
    catalog = open_catalog(data_dir)
    try:
        index, found = selected(catalog, args.query, SearchOptions(exact=args.exact), args.category)
        result = export_resources(catalog, [index.uuids[row] for row in found.rows], args.path, fmt)
    except UnknownCategoryError as error:
        _error(str(error))
        return 2
    except ExchangeError as error:
        _error(str(error))
        return 1
    finally:
        catalog.close()
    noun = "resource" if result.count == 1 else "resources"
    done = f"Exported {result.count} {noun} to {result.path}"
    if result.neutralised:
        done += f" ({result.neutralised} cells that began like a formula start with a quote)"
    print(done)
    return 0


def import_command(args: argparse.Namespace, data_dir: Path) -> int:
    catalog = open_catalog(data_dir)
    try:
        preview = preview_import(catalog, args.path)
        change = plan_import(catalog, preview)
        if not args.dry_run and (change.before or change.after):
            if catalog.read_only:
                raise EditError.read_only()
            # Raises BackupError, which main() reports: nothing is imported without one.
            catalog.back_up(BackupReason.BEFORE_IMPORT)
            catalog.curator().apply(change)
    except (ExchangeError, EditError) as error:
        _error(str(error))
        return 1
    finally:
        catalog.close()
    _report(preview, sys.stdout, args.dry_run)
    # A file whose every record was rejected is refused as a whole, for scripts that check.
    refused = bool(preview.rejected) and not (preview.new or preview.matches)
    return 1 if refused else 0


def _report(preview: ImportPreview, out: TextIO, dry_run: bool) -> None:
    rows: list[tuple[int, str]] = []
    for record in preview.new:
        rows.append((record.line, f"added\t{record.line}\t{_one_line(record.draft.title)}"))
    for match in preview.matches:
        line, title = match.record.line, _one_line(match.record.draft.title)
        why = _MATCHED[match.reason]
        if match.existing.title != match.record.draft.title:
            why = f"{why} as “{_one_line(match.existing.title)}”"
        rows.append((line, f"skipped\t{line}\t{title}\t{why}"))
    for rejection in preview.rejected:
        line, why = rejection.line, _REJECTED[rejection.reason]
        detail = f"\t{_one_line(rejection.detail)}" if rejection.detail else ""
        rows.append((line, f"rejected\t{line}\t{why}{detail}"))
    for _, text in sorted(rows, key=lambda row: row[0]):
        out.write(text + "\n")
    for notice in preview.notices:
        out.write(f"notice\t\t{_notice(notice)}\n")
    summary = (
        f"{len(preview.new)} added, 0 updated, {len(preview.matches)} skipped, "
        f"{len(preview.rejected)} rejected"
    )
    out.write(f"{summary} (dry run: nothing was written)\n" if dry_run else f"{summary}\n")


def _notice(notice: ImportNotice) -> str:
    return f"{_NOTICES[notice.kind]} {notice.detail}".strip()


def _one_line(text: str) -> str:
    return terminal_line(text)


def _error(message: str) -> None:
    print(f"permille-desktop: {message}", file=sys.stderr)
