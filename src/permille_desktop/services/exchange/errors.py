"""Why an export or an import could not be done at all, as a kind the GUI can translate."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class ExchangeProblem(StrEnum):
    WRITE_FAILED = "write_failed"  # the export could not be written; no file was left
    UNREADABLE = "unreadable"  # the file to import cannot be opened or read
    TOO_LARGE = "too_large"  # the file is over the size an import accepts
    TOO_MANY_RECORDS = "too_many_records"  # the file holds more records than an import takes
    NOT_RECOGNISED = "not_recognised"  # not a file of any format the app reads
    MALFORMED = "malformed"  # in a known format, but broken before anything could be read


class ExchangeError(RuntimeError):
    """A file refused or not written; nothing was changed.

    ``str(error)`` is an English sentence; ``detail`` is what went wrong in the file system or
    the file (an OS error, a parser's message with its line), for the log and the curious.
    """

    def __init__(self, problem: ExchangeProblem, message: str, path: Path, detail: str = ""):
        super().__init__(message)
        self.problem = problem
        self.path = path
        self.detail = detail

    @classmethod
    def write_failed(cls, path: Path, detail: str) -> ExchangeError:
        return cls(
            ExchangeProblem.WRITE_FAILED,
            f"Could not write {path} ({detail}); no file was written.",
            path,
            detail,
        )

    @classmethod
    def unreadable(cls, path: Path, detail: str) -> ExchangeError:
        return cls(ExchangeProblem.UNREADABLE, f"Could not read {path} ({detail}).", path, detail)

    @classmethod
    def too_large(cls, path: Path, size: int, limit: int) -> ExchangeError:
        return cls(
            ExchangeProblem.TOO_LARGE,
            f"{path.name} is {_megabytes(size)}; files over {_megabytes(limit)} are not imported.",
            path,
            f"{size} bytes",
        )

    @classmethod
    def too_many_records(cls, path: Path, limit: int) -> ExchangeError:
        return cls(
            ExchangeProblem.TOO_MANY_RECORDS,
            f"{path.name} holds more than {limit:,} records, more than an import takes.",
            path,
        )

    @classmethod
    def not_recognised(cls, path: Path, detail: str) -> ExchangeError:
        return cls(
            ExchangeProblem.NOT_RECOGNISED,
            f"{path.name} is not a CSV, BibTeX, RIS or CSL-JSON file that can be imported"
            f" ({detail}).",
            path,
            detail,
        )

    @classmethod
    def malformed(cls, path: Path, detail: str) -> ExchangeError:
        return cls(
            ExchangeProblem.MALFORMED,
            f"{path.name} cannot be read: {detail}.",
            path,
            detail,
        )


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
