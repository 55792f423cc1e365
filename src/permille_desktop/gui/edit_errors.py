"""Curators' refused or failed changes, said in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from permille_desktop.services.curation import EditError, EditProblem


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditErrors", text)


def describe(error: EditError) -> str:
    """A sentence for a message box: what was refused, or why the catalog was not written."""
    match error.problem:
        case EditProblem.SAVE_FAILED:
            return _tr(
                "The change could not be saved, and the catalog is as it was.\n\nReason: {reason}"
            ).format(reason=error.reason)
        case EditProblem.EMPTY_TITLE:
            return _tr("A resource needs a title.")
        case EditProblem.EMPTY_NAME:
            return _tr("A category needs a name.")
        case EditProblem.DUPLICATE_NAME:
            return _tr("There is already a category named “{name}” at this place.").format(
                name=error.existing
            )
        case EditProblem.INTO_ITSELF:
            return _tr(
                "The category “{name}” cannot be moved into itself or into one of its "
                "subcategories."
            ).format(name=error.name)
        case EditProblem.NOT_FOUND:
            return _tr(
                "This is no longer in the catalog: it may have been changed in another window."
            )
    return str(error)
