"""What each format's reader gives: records as texts, before the catalog's rules apply."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from uuid import UUID

from permille_desktop.domain.exchange import ImportNotice, Rejection
from permille_desktop.domain.model import ResourceType
from permille_desktop.services.exchange.errors import ExchangeError
from permille_desktop.services.exchange.limits import ImportLimits


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One record as read, its fields as the file spells them."""

    line: int  # where the record starts, from 1
    title: str = ""
    type: ResourceType = ResourceType.OTHER
    sort_title: str | None = None
    year: str = ""
    authors: tuple[str, ...] = ()
    venue: str = ""
    description: str = ""
    url: str = ""
    doi: str = ""  # a DOI, which makes the link when there is none
    language: str = ""
    # Cells or values that hold category paths, and the characters that may separate several
    # paths in one of them.
    categories: tuple[str, ...] = ()
    category_separators: str = ""
    uuid: str | None = None
    added: datetime | None = None
    modified: datetime | None = None
    given: frozenset[str] = frozenset()  # ResourceDraft fields the record gave


@dataclass(slots=True)
class ReadResult:
    """A reader's findings: records in file order, records that could not be read at all."""

    records: list[RawRecord] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    notices: list[ImportNotice] = field(default_factory=list)

    def count_one(self, path: Path, limits: ImportLimits) -> None:
        """Refuse the file once it holds more records than an import takes."""
        if len(self.records) + len(self.rejected) >= limits.max_records:
            raise ExchangeError.too_many_records(path, limits.max_records)


_LEADING_YEAR = re.compile(r"\s*(\d{4})(?!\d)")


def leading_year(date: str) -> str:
    """The year a date starts with ("2018-05-01", "2018/05//"), or "" when it starts with
    none ("Spring 2018" is left undated rather than rejected)."""
    found = _LEADING_YEAR.match(date)
    return found.group(1) if found else ""


def uuid_or_none(text: str) -> str | None:
    """``text`` as a UUID in its usual spelling, or None when it is not one."""
    try:
        return str(UUID(text.strip()))
    except ValueError:
        return None
