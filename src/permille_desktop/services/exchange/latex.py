"""BibTeX values as LaTeX: our text escaped for writing, and LaTeX read back as plain text.

Text is written in UTF-8, as Zotero does, with only LaTeX's special characters escaped and
TeX's ligatures (-- `` '' !` ?`) broken up, so that reading a value back gives the very text
that was written. Reading uses pylatexenc (which bibtexparser uses too) for accents and
macros, but a few escapes that it renders otherwise are read here.
"""

from __future__ import annotations

import re
from functools import cache

from pylatexenc.latex2text import LatexNodes2Text  # type: ignore[import-untyped]

_ESCAPES = str.maketrans(
    {
        "\\": r"\textbackslash{}",
        "{": r"\{",
        "}": r"\}",
        "$": r"\$",
        "%": r"\%",
        "&": r"\&",
        "#": r"\#",
        "_": r"\_",
        "~": r"\textasciitilde{}",
        "^": r"\textasciicircum{}",
    }
)
# The first character of a pair TeX would read as one (an en dash, curly quotes, ¡, ¿).
_LIGATURE = re.compile(r"-(?=-)|`(?=`)|'(?=')|[!?](?=`)")
# bibtexparser takes "@" at the start of a line for the start of a new entry.
_LINE_START_AT = re.compile(r"^([ \t]*)@", re.MULTILINE)

# What pylatexenc reads otherwise: "\^{}" as nothing, "\textasciicircum" as U+02C6, a bare "&"
# as spaces. Each is swapped for a noncharacter before and put back after.
_PROTECTED = (
    (re.compile(r"\\textasciicircum(?:\{\})?|\\\^\{\}"), "\ufdd0", "^"),
    (re.compile(r"\\textasciitilde(?:\{\})?|\\~\{\}"), "\ufdd1", "~"),
    (re.compile(r"(?<!\\)&"), "\ufdd2", "&"),
)
# Text without these reads as itself but for its braces, which only group: this spares
# pylatexenc (slow: a millisecond a value) most values, titles in braces among them.
_LATEX_MARKS = re.compile(r"[\\~$%&]|--|``|''|[!?]`")


def to_latex(text: str) -> str:
    """``text`` as a BibTeX value that reads back as ``text``."""
    escaped = _LIGATURE.sub(lambda found: found.group() + "{}", text.translate(_ESCAPES))
    return _LINE_START_AT.sub(r"\1{@}", escaped)


def from_latex(value: str) -> str:
    """A BibTeX value as plain text: accents, escapes and braces resolved."""
    if not _LATEX_MARKS.search(value):
        return value.replace("{", "").replace("}", "")
    for pattern, stand_in, _ in _PROTECTED:
        value = pattern.sub(stand_in, value)
    text: str = _decoder().latex_to_text(value)
    for _, stand_in, char in _PROTECTED:
        text = text.replace(stand_in, char)
    return text


def url_to_latex(url: str) -> str:
    """A link as a BibTeX value: written as it is, as Zotero does, but for the characters
    that would unbalance the value, which a link may carry percent-encoded instead."""
    return url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D")


_URL_MACRO = re.compile(r"^\s*\\(?:url|href)\{(.*?)\}\s*$", re.DOTALL)
_URL_ESCAPE = re.compile(r"\\([%&#_~$])")


def url_from_latex(value: str) -> str:
    """A link as BibTeX files write it: bare, in \\url{}, or with LaTeX's escapes."""
    found = _URL_MACRO.match(value)
    if found is not None:
        value = found.group(1)
    return _URL_ESCAPE.sub(r"\1", value).strip()


@cache
def _decoder() -> LatexNodes2Text:
    # Spaces and line breaks as written; "$…$" kept, as a title may hold a price.
    return LatexNodes2Text(math_mode="verbatim", keep_braced_groups=False, strict_latex_spaces=True)
