"""The one error the store raises, and the guard that turns database failures into it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import SQLAlchemyError


class StoreError(RuntimeError):
    """The catalog file could not be opened or written; the message says why."""


class ChangeMismatchError(ValueError):
    """A change names records the catalog does not have; raised inside :func:`writing`."""


@contextmanager
def writing(action: str) -> Iterator[None]:
    """Turn a database failure into a :class:`StoreError` that says what could not be done."""
    try:
        yield
    except (SQLAlchemyError, ChangeMismatchError) as error:
        reason = getattr(error, "orig", None) or error
        raise StoreError(f"could not {action}: {reason}") from error
