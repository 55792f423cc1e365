"""Curators' refused or failed changes, said in the user's language."""

from __future__ import annotations

from permille_desktop.gui.translation import TranslationContext
from permille_desktop.services.curation import EditError, EditProblem


class EditErrors(TranslationContext):
    """The translation context of refused or failed changes."""


def describe(error: EditError) -> str:
    """A sentence for a message box: what was refused, or why the catalog was not written."""
    match error.problem:
        case EditProblem.SAVE_FAILED:
            return EditErrors.tr(
                "The change could not be saved, and the catalog is as it was.\n\nReason: {reason}"
            ).format(reason=error.reason)
        case EditProblem.EMPTY_TITLE:
            return EditErrors.tr("A resource needs a title.")
        case EditProblem.EMPTY_NAME:
            return EditErrors.tr("A category needs a name.")
        case EditProblem.DUPLICATE_NAME:
            return EditErrors.tr(
                "There is already a category named “{name}” at this place."
            ).format(name=error.existing)
        case EditProblem.INTO_ITSELF:
            return EditErrors.tr(
                "The category “{name}” cannot be moved into itself or into one of its "
                "subcategories."
            ).format(name=error.name)
        case EditProblem.NOT_FOUND:
            return EditErrors.tr(
                "This is no longer in the catalog: it may have been changed in another window."
            )
    return str(error)
