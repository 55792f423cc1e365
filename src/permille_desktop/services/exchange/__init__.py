"""Exchanging references with other programs: export to CSV, BibTeX, RIS and CSL-JSON, and
import from them, previewed first and applied as one undoable change.

The formats' details live in one module each; this is what the GUI and the command line use.
"""

from permille_desktop.services.exchange.errors import ExchangeError, ExchangeProblem
from permille_desktop.services.exchange.export import export_resources
from permille_desktop.services.exchange.limits import ImportLimits
from permille_desktop.services.exchange.plan import plan_import
from permille_desktop.services.exchange.preview import preview_import
from permille_desktop.services.exchange.text_file import format_of_suffix

__all__ = [
    "ExchangeError",
    "ExchangeProblem",
    "ImportLimits",
    "export_resources",
    "format_of_suffix",
    "plan_import",
    "preview_import",
]
