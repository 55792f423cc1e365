"""Reading a file to import as text: its size capped, its encoding and its format found."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from permille_desktop.domain.exchange import ExchangeFormat
from permille_desktop.services.exchange.errors import ExchangeError
from permille_desktop.services.exchange.limits import ImportLimits

_SUFFIXES = {
    ".csv": ExchangeFormat.CSV,
    ".tsv": ExchangeFormat.CSV,
    ".bib": ExchangeFormat.BIBTEX,
    ".bibtex": ExchangeFormat.BIBTEX,
    ".ris": ExchangeFormat.RIS,
    ".json": ExchangeFormat.CSL_JSON,
    ".csljson": ExchangeFormat.CSL_JSON,
}
# What each format's first lines look like (Zotero's importers look for the same).
_RIS_START = re.compile(r"^TY {1,2}- ", re.MULTILINE)
_BIBTEX_ENTRY = re.compile(r"^\s*@[A-Za-z]+\s*[{(]", re.MULTILINE)
_CSV_DELIMITERS = (",", ";", "\t")
# A look at the start of the file is enough to tell the formats apart.
_SNIFFED_CHARS = 64 * 1024


@dataclass(frozen=True, slots=True)
class TextFile:
    text: str
    legacy_encoding: bool  # not UTF-8: read as Windows-1252


def read_text(path: Path, limits: ImportLimits) -> TextFile:
    """The file's text; raises ExchangeError if it cannot be read, is too large or binary."""
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise ExchangeError.too_large(path, size, limits.max_bytes)
        with path.open("rb") as file:
            data = file.read(limits.max_bytes + 1)  # the file may grow while it is read
    except IsADirectoryError as error:
        raise ExchangeError.unreadable(path, "it is a folder") from error
    except OSError as error:
        raise ExchangeError.unreadable(path, error.strerror or str(error)) from error
    if len(data) > limits.max_bytes:
        raise ExchangeError.too_large(path, len(data), limits.max_bytes)
    return _decoded(path, data)


def _decoded(path: Path, data: bytes) -> TextFile:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return TextFile(data.decode("utf-16"), legacy_encoding=False)
        except UnicodeDecodeError as error:
            raise ExchangeError.not_recognised(path, "broken UTF-16 text") from error
    if b"\x00" in data:
        raise ExchangeError.not_recognised(path, "not a text file")
    try:
        return TextFile(data.decode("utf-8-sig"), legacy_encoding=False)
    except UnicodeDecodeError:
        # Excel and older programs on Windows save in Windows-1252; its five unassigned bytes
        # become U+FFFD rather than refusing the file.
        return TextFile(data.decode("cp1252", errors="replace"), legacy_encoding=True)


def format_of_suffix(path: Path) -> ExchangeFormat | None:
    """The format a file name's suffix names (".csv", ".bib", ".ris", ".json"…), if any."""
    return _SUFFIXES.get(path.suffix.lower())


def format_of(path: Path, text: str) -> ExchangeFormat | None:
    """The format the file's suffix names, else the one its content looks like."""
    return format_of_suffix(path) or sniffed_format(text)


def sniffed_format(text: str) -> ExchangeFormat | None:
    start = text[:_SNIFFED_CHARS]
    stripped = start.lstrip()
    if stripped.startswith(("[", "{")):
        return ExchangeFormat.CSL_JSON
    first_lines = "\n".join(line for line in stripped.splitlines()[:5] if line.strip())
    if _RIS_START.search(first_lines):
        return ExchangeFormat.RIS
    if _BIBTEX_ENTRY.search(start):
        return ExchangeFormat.BIBTEX
    first_line = stripped.partition("\n")[0]
    if any(delimiter in first_line for delimiter in _CSV_DELIMITERS):
        return ExchangeFormat.CSV
    return None
