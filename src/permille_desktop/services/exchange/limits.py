"""How much of a file an import takes: hostile or mistaken files are refused early."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ImportLimits:
    max_bytes: int = 50_000_000  # the file is refused beyond this
    max_records: int = 100_000  # the file is refused beyond this
    max_field_chars: int = 100_000  # a record with a longer field is rejected
