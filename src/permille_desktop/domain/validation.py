"""What makes a resource typed into the dialog acceptable: one problem per field, as values.

The rules live here, without Qt, so that the dialog, an import and the tests agree on them; the
GUI turns each :class:`Problem` into a sentence in the user's language.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from urllib.parse import SplitResult, urlsplit

FIRST_YEAR = 1800

WEB_SCHEMES = frozenset({"http", "https"})
MAIL_SCHEME = "mailto"

# One label of a host name: letters and digits (any script), inner hyphens allowed.
_HOST_LABEL = re.compile(r"[^\W_](?:[\w-]*[^\W_])?")
# Hosts that name this computer or the local network and need no dot.
_LOCAL_HOSTS = frozenset({"localhost"})


class Field(Enum):
    """The dialog's fields that have rules."""

    TITLE = "title"
    YEAR = "year"
    URL = "url"
    CATEGORIES = "categories"


class Problem(Enum):
    TITLE_MISSING = "title_missing"
    YEAR_NOT_A_NUMBER = "year_not_a_number"
    YEAR_OUT_OF_RANGE = "year_out_of_range"
    URL_SCHEME = "url_scheme"  # neither http, https nor mailto
    URL_SPACES = "url_spaces"
    URL_HOST = "url_host"  # a web address without a usable host name (or port)
    URL_MAIL_ADDRESS = "url_mail_address"  # a mailto: link without name@domain
    CATEGORY_MISSING = "category_missing"


@dataclass(frozen=True, slots=True)
class DraftFields:
    """The checked fields of a resource as typed: texts, before any conversion."""

    title: str = ""
    year: str = ""
    url: str = ""
    category_ids: Collection[int] = field(default=())


def year_range(today: date) -> tuple[int, int]:
    """The first and last acceptable years: a resource may be announced for next year."""
    return FIRST_YEAR, today.year + 1


def parse_year(text: str) -> int | None:
    """The year ``text`` spells as plain ASCII digits, or None (empty or not a whole number)."""
    text = text.strip()
    # isdigit() alone would take "²" or Arabic-Indic digits, which int() reads differently.
    if text.isascii() and text.isdigit():
        return int(text)
    return None


def title_problem(title: str) -> Problem | None:
    return Problem.TITLE_MISSING if not title.strip() else None


def year_problem(text: str, today: date) -> Problem | None:
    if not text.strip():
        return None
    year = parse_year(text)
    if year is None:
        return Problem.YEAR_NOT_A_NUMBER
    first, last = year_range(today)
    return None if first <= year <= last else Problem.YEAR_OUT_OF_RANGE


def url_problem(text: str) -> Problem | None:
    text = text.strip()
    if not text:
        return None
    if any(char.isspace() for char in text):
        return Problem.URL_SPACES
    try:
        parts = urlsplit(text)
    except ValueError:  # an unbalanced "[" of an IPv6 host
        return Problem.URL_HOST
    scheme = parts.scheme.lower()
    if scheme in WEB_SCHEMES:
        return None if _has_usable_host(parts) else Problem.URL_HOST
    if scheme == MAIL_SCHEME:
        return None if _is_mail_path(parts.path) else Problem.URL_MAIL_ADDRESS
    return Problem.URL_SCHEME


def categories_problem(category_ids: Collection[int]) -> Problem | None:
    return Problem.CATEGORY_MISSING if not category_ids else None


def problems(fields: DraftFields, today: date) -> dict[Field, Problem]:
    """Each field's problem, in the order the fields appear; an empty dict when all is well."""
    found = {
        Field.TITLE: title_problem(fields.title),
        Field.YEAR: year_problem(fields.year, today),
        Field.URL: url_problem(fields.url),
        Field.CATEGORIES: categories_problem(fields.category_ids),
    }
    return {name: problem for name, problem in found.items() if problem is not None}


def _has_usable_host(parts: SplitResult) -> bool:
    try:
        _ = parts.port  # raises ValueError for a port that is not a number below 65536
    except ValueError:
        return False
    return parts.hostname is not None and _is_host(parts.hostname)


def _is_host(host: str) -> bool:
    if host in _LOCAL_HOSTS:
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        labels = host.split(".")
        return len(labels) >= 2 and all(_HOST_LABEL.fullmatch(label) for label in labels)
    return True


def _is_mail_path(path: str) -> bool:
    """True for one address or several, comma-separated, each as name@domain."""
    addresses = path.split(",")
    return all(_is_mail_address(address) for address in addresses)


def _is_mail_address(address: str) -> bool:
    name, at, domain = address.rpartition("@")
    return bool(at and name) and "@" not in name and _is_host(domain.lower())
