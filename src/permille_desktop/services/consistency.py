"""Checks that the catalog is whole and agrees with itself, writing nothing.

SQLite's full integrity check first; then the app's own rules, which SQLite cannot know: the
category tree has no cycles and every parent exists, links point at rows that exist, and the
derived search text and word index say what the resources say (recomputed here with
domain.search_text and domain.words). Used by ``permille-desktop check``; the GUI may call it
too, on an open library, since it reads through a connection of its own.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, fields
from enum import StrEnum
from pathlib import Path

from permille_desktop.domain.id_sets import from_bitmap
from permille_desktop.domain.model import Category
from permille_desktop.domain.search_text import SEARCH_TEXT_VERSION, SearchText, search_text
from permille_desktop.domain.words import words
from permille_desktop.store.audit import CatalogAudit, Snapshot
from permille_desktop.store.errors import StoreError
from permille_desktop.store.file_check import FileKind, check_file
from permille_desktop.store.migrations import LATEST_VERSION
from permille_desktop.store.repository import CATALOG_FILE_NAME


class FindingKind(StrEnum):
    FILE = "file"  # no catalog, not SQLite, another program's, or unreadable
    INTEGRITY = "integrity"  # SQLite's integrity check
    CATEGORIES = "categories"  # a cycle, or a parent that does not exist
    LINKS = "links"  # a category link or an author of a resource that does not exist
    SEARCH_TEXT = "search-text"  # stored search text unlike the resource's
    WORD_INDEX = "word-index"  # the word index unlike the resources' words


@dataclass(frozen=True, slots=True)
class Finding:
    kind: FindingKind
    message: str  # one line


@dataclass(frozen=True, slots=True)
class CheckReport:
    path: Path
    findings: tuple[Finding, ...]
    notes: tuple[str, ...] = ()  # what was not checked, and why; not problems
    resources: int = 0
    categories: int = 0
    words: int = 0

    @property
    def ok(self) -> bool:
        return not self.findings


def check_catalog(data_dir: Path) -> CheckReport:
    """Every check on the catalog in ``data_dir``; it works on a newer version's file too."""
    path = data_dir / CATALOG_FILE_NAME
    try:
        found = check_file(path, full=True)
    except StoreError as error:
        return CheckReport(path, (Finding(FindingKind.FILE, str(error)),))
    if found.kind in _UNUSABLE:
        detail = f": {found.problems[0]}" if found.problems else ""
        return CheckReport(path, (Finding(FindingKind.FILE, _UNUSABLE[found.kind] + detail),))
    findings = [Finding(FindingKind.INTEGRITY, line) for line in found.problems]
    notes = []
    if found.version > LATEST_VERSION:
        notes.append(
            f"written by a newer version (schema version {found.version}; this version "
            f"reads up to {LATEST_VERSION}): checked without changing it"
        )
    try:
        snapshot = CatalogAudit(path).snapshot()
    except StoreError as error:
        findings.append(Finding(FindingKind.FILE, str(error)))
        return CheckReport(path, tuple(findings), tuple(notes))
    findings += _category_findings(snapshot.categories)
    findings += [
        Finding(
            FindingKind.LINKS,
            f"{row.table} row {row.key} refers to {row.missing}, which is not in the catalog",
        )
        for row in snapshot.dangling
    ]
    if snapshot.search_text_version != str(SEARCH_TEXT_VERSION):
        notes.append(
            f"the search text was made by other folding rules (version "
            f"{snapshot.search_text_version}; this version's are {SEARCH_TEXT_VERSION}): "
            "it and the word index are not compared"
        )
    else:
        # What the derived data should be; computed once, it is most of the check's time.
        texts = {row_id: search_text(resource) for row_id, resource in snapshot.resources.items()}
        findings += _search_text_findings(snapshot, texts)
        if snapshot.words is None:
            notes.append(f"schema version {snapshot.schema_version} has no word index")
        else:
            findings += _word_index_findings(snapshot, texts)
    return CheckReport(
        path,
        tuple(findings),
        tuple(notes),
        resources=len(snapshot.resources),
        categories=len(snapshot.categories),
        words=len(snapshot.words or ()),
    )


_UNUSABLE = {
    FileKind.MISSING: "there is no catalog file",
    FileKind.EMPTY: "the catalog file has no tables",
    FileKind.NOT_A_DATABASE: "the catalog file is not an SQLite database",
    FileKind.OTHER_APPLICATION: "the catalog file is another program's SQLite database",
}


def category_cycles(categories: list[Category]) -> list[list[int]]:
    """Each cycle of parent links, once, as category ids from its smallest id on."""
    parent = {c.id: c.parent_id for c in categories}
    cycles = []
    done: set[int] = set()
    for start in parent:
        path: list[int] = []
        on_path: set[int] = set()
        current: int | None = start
        while current is not None and current in parent and current not in done:
            if current in on_path:
                cycle = path[path.index(current) :]
                smallest = cycle.index(min(cycle))
                cycles.append(cycle[smallest:] + cycle[:smallest])
                break
            path.append(current)
            on_path.add(current)
            current = parent[current]
        done.update(path)
    return cycles


def _category_findings(categories: list[Category]) -> list[Finding]:
    known = {c.id: c for c in categories}
    findings = [
        Finding(
            FindingKind.CATEGORIES,
            f"category {c.id} (“{c.name}”) has parent {c.parent_id}, which is not in the catalog",
        )
        for c in categories
        if c.parent_id is not None and c.parent_id not in known
    ]
    for cycle in category_cycles(categories):
        chain = " → ".join(f"{i} (“{known[i].name}”)" for i in [*cycle, cycle[0]])
        findings.append(Finding(FindingKind.CATEGORIES, f"categories in a cycle: {chain}"))
    return findings


def _search_text_findings(snapshot: Snapshot, texts: dict[int, SearchText]) -> list[Finding]:
    findings = []
    for row_id, resource in snapshot.resources.items():
        stored = snapshot.search_text[row_id]
        expected = texts[row_id]
        differing = [
            f.name for f in fields(expected) if getattr(stored, f.name) != getattr(expected, f.name)
        ]
        if differing:
            findings.append(
                Finding(
                    FindingKind.SEARCH_TEXT,
                    f"resource {resource.uuid} (“{_short(resource.title)}”): the stored "
                    f"search text is out of date ({', '.join(differing)})",
                )
            )
    return findings


def _word_index_findings(snapshot: Snapshot, texts: dict[int, SearchText]) -> list[Finding]:
    """The stored word index against the words of the resources' recomputed search text."""
    assert snapshot.words is not None
    expected: defaultdict[str, set[int]] = defaultdict(set)
    for row_id, text in texts.items():
        for word in words(text):
            expected[word].add(row_id)
    uuid = {row_id: resource.uuid for row_id, resource in snapshot.resources.items()}

    def named(ids: set[int]) -> str:
        return ", ".join(uuid.get(i, f"row {i} (no such resource)") for i in sorted(ids))

    findings = []
    for stored in snapshot.words:
        form = stored.resource_ids
        listed = set(from_bitmap(form) if isinstance(form, int) else form)
        should = expected.pop(stored.word, set())
        if stored.count != len(listed):
            findings.append(
                Finding(
                    FindingKind.WORD_INDEX,
                    f"“{stored.word}” counts {stored.count} resources but lists {len(listed)}",
                )
            )
        if listed - should:
            findings.append(
                Finding(
                    FindingKind.WORD_INDEX,
                    f"“{stored.word}” lists resources that do not have it: "
                    f"{named(listed - should)}",
                )
            )
        if should - listed:
            findings.append(
                Finding(
                    FindingKind.WORD_INDEX,
                    f"“{stored.word}” leaves out resources that have it: {named(should - listed)}",
                )
            )
    for word, having in sorted(expected.items()):
        findings.append(
            Finding(FindingKind.WORD_INDEX, f"“{word}” is missing; it is in: {named(having)}")
        )
    return findings


def _short(title: str) -> str:
    flat = " ".join(title.split())
    return flat if len(flat) <= 60 else flat[:59] + "…"
