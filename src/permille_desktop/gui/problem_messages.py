"""The sentences that tell a curator what is wrong with a field, in the user's language."""

from __future__ import annotations

from datetime import date

from permille_desktop.domain.validation import Problem, year_range
from permille_desktop.gui.translation import TranslationContext


class ResourceProblems(TranslationContext):
    """The translation context of what is wrong with a field of the resource dialog."""


def problem_message(problem: Problem, today: date) -> str:
    first, last = year_range(today)
    # Years are written without the locale's digit grouping: 2027, never 2,027.
    years = {"first": str(first), "last": str(last)}
    match problem:
        case Problem.TITLE_MISSING:
            return ResourceProblems.tr("A title is required.")
        case Problem.YEAR_NOT_A_NUMBER:
            return ResourceProblems.tr(
                "The year must be a whole number from {first} to {last}."
            ).format(**years)
        case Problem.YEAR_OUT_OF_RANGE:
            return ResourceProblems.tr("The year must be from {first} to {last}.").format(**years)
        case Problem.URL_SCHEME:
            return ResourceProblems.tr(
                "The link must be a web address (https://…) or an e-mail link (mailto:…)."
            )
        case Problem.URL_SPACES:
            return ResourceProblems.tr("The link must not contain spaces; write a space as %20.")
        case Problem.URL_HOST:
            return ResourceProblems.tr(
                "The link needs a complete site name, as in https://example.org/page."
            )
        case Problem.URL_MAIL_ADDRESS:
            return ResourceProblems.tr(
                "The e-mail link needs an address, as in mailto:name@example.org."
            )
        case Problem.CATEGORY_MISSING:
            return ResourceProblems.tr("Choose at least one category.")
