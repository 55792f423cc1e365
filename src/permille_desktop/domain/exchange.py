"""Exchanging references with other programs: the formats, the choices an export takes, and
what an import found in a file before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from permille_desktop.domain.changes import ResourceDraft
from permille_desktop.domain.model import Resource


class ExchangeFormat(StrEnum):
    CSV = "csv"
    BIBTEX = "bibtex"
    RIS = "ris"
    CSL_JSON = "csljson"

    @property
    def suffix(self) -> str:
        return {"csv": ".csv", "bibtex": ".bib", "ris": ".ris", "csljson": ".json"}[self.value]


@dataclass(frozen=True, slots=True)
class CsvOptions:
    # Keys of the table's columns (services.search_index.SortField values) in on-screen
    # order; None writes every field of a resource.
    columns: tuple[str, ...] | None = None
    delimiter: str = ","  # or ";", which French Excel expects
    byte_order_mark: bool = True  # so that Excel reads UTF-8 accents


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    count: int  # resources written
    neutralised: int  # CSV cells that began like a formula and were defused


class MatchReason(StrEnum):
    UUID = "uuid"
    DOI = "doi"
    TITLE_AND_YEAR = "title_and_year"


@dataclass(frozen=True, slots=True)
class IncomingRecord:
    """One record read from a file, as a resource would be made of it."""

    line: int  # where the record starts in the file, from 1
    draft: ResourceDraft  # categories resolved to ids where the catalog has them
    uuid: str | None = None  # our own exports carry the resource's UUID
    added: datetime | None = None
    modified: datetime | None = None
    unknown_categories: tuple[str, ...] = ()  # category paths the catalog does not have
    # The draft's fields (ResourceDraft attribute names) that the record gave: updating a
    # resource changes only those, so that a file without descriptions blanks none. None
    # stands for every field.
    fields_given: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class ImportMatch:
    record: IncomingRecord
    existing: Resource
    reason: MatchReason


class RejectReason(StrEnum):
    NO_TITLE = "no_title"
    BAD_YEAR = "bad_year"
    BAD_URL = "bad_url"
    FIELD_TOO_LONG = "field_too_long"
    MALFORMED = "malformed"  # the record's syntax is broken (detail says how)
    DUPLICATE_IN_FILE = "duplicate_in_file"


@dataclass(frozen=True, slots=True)
class Rejection:
    line: int
    reason: RejectReason
    detail: str = ""  # what exactly, in English, for the curious and for the log


class NoticeKind(StrEnum):
    LEGACY_ENCODING = "legacy_encoding"  # not UTF-8: read as Windows-1252
    UNKNOWN_COLUMNS = "unknown_columns"  # CSV columns that were left out (detail names them)
    UNKNOWN_CATEGORIES = "unknown_categories"  # category paths the catalog lacks
    # Added or modified dates that are not dates (detail names the column): a spreadsheet
    # may rewrite them in its own format. The records are imported as if undated.
    UNREADABLE_DATES = "unreadable_dates"


@dataclass(frozen=True, slots=True)
class ImportNotice:
    """Something the user should know about the file as a whole."""

    kind: NoticeKind
    detail: str = ""


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What importing a file would do; nothing is written until a plan is applied."""

    path: Path
    format: ExchangeFormat
    new: tuple[IncomingRecord, ...] = ()
    matches: tuple[ImportMatch, ...] = ()
    rejected: tuple[Rejection, ...] = ()
    notices: tuple[ImportNotice, ...] = field(default=())
