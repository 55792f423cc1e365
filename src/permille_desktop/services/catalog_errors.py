"""The errors of opening, backing up and restoring the library, in words for the user."""

from __future__ import annotations


class CatalogError(RuntimeError):
    """The library cannot be opened; the message says why, in words for the user."""


class BackupError(CatalogError):
    """A backup could not be taken or restored; the catalog is as it was."""
