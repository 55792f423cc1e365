"""Why a curator's change was refused or not saved, as a kind the GUI can translate."""

from __future__ import annotations

from enum import StrEnum


class EditProblem(StrEnum):
    EMPTY_TITLE = "empty_title"  # a resource without a title
    EMPTY_NAME = "empty_name"  # a category without a name
    DUPLICATE_NAME = "duplicate_name"  # a sibling category has the name already
    INTO_ITSELF = "into_itself"  # a category moved into itself or below itself
    NOT_FOUND = "not_found"  # a resource or category no longer in the catalog
    SAVE_FAILED = "save_failed"  # the catalog file could not be written
    READ_ONLY = "read_only"  # the catalog was written by a newer version: it is not written


class EditError(RuntimeError):
    """A change refused or not saved; the catalog is as it was.

    ``str(error)`` is an English sentence. ``name`` is the category name or the resource
    UUID or category id concerned, ``existing`` the name a sibling already has (for
    DUPLICATE_NAME), and ``reason`` the store's explanation (for SAVE_FAILED).
    """

    def __init__(
        self,
        problem: EditProblem,
        message: str,
        *,
        name: str = "",
        existing: str = "",
        reason: str = "",
    ) -> None:
        super().__init__(message)
        self.problem = problem
        self.name = name
        self.existing = existing
        self.reason = reason

    @classmethod
    def empty_title(cls) -> EditError:
        return cls(EditProblem.EMPTY_TITLE, "A resource needs a title.")

    @classmethod
    def empty_name(cls) -> EditError:
        return cls(EditProblem.EMPTY_NAME, "A category needs a name.")

    @classmethod
    def duplicate_name(cls, name: str, existing: str) -> EditError:
        return cls(
            EditProblem.DUPLICATE_NAME,
            f"There is already a category named “{existing}” at this place.",
            name=name,
            existing=existing,
        )

    @classmethod
    def into_itself(cls, name: str) -> EditError:
        return cls(
            EditProblem.INTO_ITSELF,
            f"The category “{name}” cannot be moved into itself or into one of its subcategories.",
            name=name,
        )

    @classmethod
    def resource_not_found(cls, uuid: str) -> EditError:
        return cls(
            EditProblem.NOT_FOUND,
            f"The resource {uuid} is no longer in the catalog.",
            name=uuid,
        )

    @classmethod
    def category_not_found(cls, category_id: int) -> EditError:
        return cls(
            EditProblem.NOT_FOUND,
            f"The category {category_id} is no longer in the catalog.",
            name=str(category_id),
        )

    @classmethod
    def save_failed(cls, reason: str) -> EditError:
        return cls(
            EditProblem.SAVE_FAILED,
            f"The change could not be saved ({reason}); the catalog is as it was.",
            reason=reason,
        )

    @classmethod
    def read_only(cls) -> EditError:
        return cls(
            EditProblem.READ_ONLY,
            "The catalog was written by a newer version of permille-desktop and is open "
            "read-only; the change was not saved.",
        )
