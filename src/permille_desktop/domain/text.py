"""Text folding and title sort keys: the rules that make "écologie" find "Ecologie".

Folding is on the hot path (every resource is folded once when the catalog is loaded), so the
common case, Latin text, goes through one ``str.translate`` with a table built on first use; only
text that is still not ASCII afterwards takes the slower Unicode decomposition.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import cache

# Characters that decomposition alone does not reduce to what a reader would type.
_EXPLICIT_FOLDS: dict[str, str] = {
    "œ": "oe",
    "æ": "ae",
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "ł": "l",
    "þ": "th",
    "ß": "ss",
    "ı": "i",
    # Typographic quotes, apostrophes and primes become the ASCII ones.
    "‘": "'",
    "’": "'",
    "‚": "'",
    "‛": "'",
    "′": "'",
    "`": "'",
    "´": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "‟": '"',
    "″": '"',
    "«": '"',
    "»": '"',
    "‹": "'",
    "›": "'",
    # Hyphens and dashes.
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "–": "-",
    "—": "-",
    "―": "-",
    "−": "-",
    # Spaces that look like spaces; zero-width characters vanish.
    "\u00a0": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\u2060": "",
    "\ufeff": "",
    "\u00ad": "",
    "…": "...",
}


@cache
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    # Latin-1 Supplement and Latin Extended-A/B cover the languages of the library.
    for code in range(0x80, 0x250):
        char = chr(code)
        stripped = _strip_marks(unicodedata.normalize("NFKD", char))
        if stripped != char:
            table[code] = stripped
    # Ligatures such as "ﬁ" decompose under NFKD.
    for code in range(0xFB00, 0xFB07):
        table[code] = unicodedata.normalize("NFKD", chr(code))
    for char, replacement in _EXPLICIT_FOLDS.items():
        table[ord(char)] = replacement
    return table


def _strip_marks(text: str) -> str:
    return "".join(c for c in text if not unicodedata.combining(c))


@cache
def _latin1_table() -> bytes:
    """Latin-1 to ASCII one byte for one byte; 0 marks a character needing the general path."""
    table = _fold_table()
    out = bytearray(range(256))
    for code in range(0x80, 0x100):
        folded = table.get(code, chr(code))
        out[code] = ord(folded) if len(folded) == 1 and folded.isascii() else 0
    out[ord("`")] = ord(table[ord("`")])
    # Registered here, on first use, rather than as a side effect of importing the module.
    codecs.register_error(_ERRORS, _fold_beyond_latin1)
    return bytes(out)


def _fold_beyond_latin1(error: UnicodeError) -> tuple[str, int]:
    """Encoding error handler: fold a run of characters beyond Latin-1 (ligatures, quotes…)."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    folded = error.object[error.start : error.end].translate(_fold_table())
    # NUL sends the text to the general path when the fold is still not Latin-1.
    return (folded if max(folded, default="\x00") <= "\xff" else "\x00"), error.end


_ERRORS = "permille-desktop-fold"


def fold(text: str) -> str:
    """Return ``text`` folded for matching: case, accents, ligatures, quotes, dashes, spaces.

    Runs of white space become one space, and the result has no leading or trailing space.
    """
    # Fast path, all in C but for the rare characters beyond Latin-1: Latin-1 text folds one
    # byte for one byte; a zero byte means a character that needs the general path.
    table = _latin1_table()  # also registers the error handler the encoding uses
    folded = text.casefold()
    raw = folded.encode("latin-1", _ERRORS)
    if 0 not in raw:
        raw = raw.translate(table, b"\xad")
        if 0 not in raw:
            if _single_spaced(raw):
                return raw.decode("ascii")
            return " ".join(raw.decode("ascii").split())
    return _fold_general(folded)


# What str.split() takes for white space in ASCII, apart from the space itself.
_OTHER_SPACES = b"\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"


def _single_spaced(raw: bytes) -> bool:
    return (
        raw[:1] != b" "
        and raw[-1:] != b" "
        and b"  " not in raw
        and len(raw.translate(None, _OTHER_SPACES)) == len(raw)
    )


def _fold_general(folded: str) -> str:
    folded = folded.translate(_fold_table())
    if not folded.isascii():
        # Rare path: scripts outside the table (Greek, Vietnamese, …) still lose their marks.
        folded = _strip_marks(unicodedata.normalize("NFKD", folded)).translate(_fold_table())
    return " ".join(folded.split())


def folded_spans(text: str, needles: list[str]) -> list[tuple[int, int]]:
    """Where the folded ``needles`` occur in ``text``, as (start, end) offsets into ``text``.

    Used to highlight search terms in the original, accented text. Overlapping spans are merged.
    """
    needles = [n for n in needles if n]
    if not needles or not text:
        return []
    folded_chars: list[str] = []
    origin: list[int] = []  # origin[k]: index in text of folded character k
    after_space = True  # as fold() does, drop leading space and collapse runs of it
    for index, char in enumerate(text):
        piece = _fold_char(char)
        if piece == " ":
            if after_space:
                continue
            after_space = True
        elif piece:
            after_space = False
        folded_chars.append(piece)
        origin.extend([index] * len(piece))
    folded = "".join(folded_chars)
    spans: list[tuple[int, int]] = []
    for needle in needles:
        start = folded.find(needle)
        while start != -1:
            end = start + len(needle)
            spans.append((origin[start], origin[end - 1] + 1))
            start = folded.find(needle, end)
    return _merge(spans)


def _fold_char(char: str) -> str:
    if char.isspace():
        return " "
    folded = char.casefold().translate(_fold_table())
    if not folded.isascii():
        folded = _strip_marks(unicodedata.normalize("NFKD", folded)).translate(_fold_table())
    return folded


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# Leading articles that title order skips, in English, French and Spanish. "l'" and "d'" are
# elided forms that attach to the next word.
_ARTICLE = re.compile(
    r"^(?:(?:the|an?|les?|la|une?|des|el|los|las|lo|unos|unas)\s+|[ld]'(?=\w))",
)
_LEADING_NOISE = re.compile(r"^[\W_]+")
_DIGITS = re.compile(r"\d+")


def _natural(match: re.Match[str]) -> str:
    digits = match.group().lstrip("0") or "0"
    # A length prefix makes numbers compare by value as plain strings: 9 < 10.
    return f"{len(digits):03d}{digits}"


def title_sort_key(title: str, sort_as: str | None = None) -> str:
    """The key that orders titles as a reader expects in a library listing.

    Leading quotes, punctuation and articles are ignored, case and accents are folded, and
    numbers sort by value. A curator's "sort as" text, when given, replaces the title.
    """
    text = fold(sort_as if sort_as and sort_as.strip() else title)
    text = _LEADING_NOISE.sub("", text)
    without_article = _LEADING_NOISE.sub("", _ARTICLE.sub("", text, count=1))
    if without_article:
        text = without_article
    return _DIGITS.sub(_natural, text)


# In a sort key every run of digits is one number as _natural wrote it: three digits of length,
# then the digits.
_ENCODED_NUMBER = re.compile(r"\d{3}(\d+)")


def readable_sort_key(title: str, sort_as: str | None = None) -> str:
    """:func:`title_sort_key` as a curator reads it: "the 4 per 1000" → "4 per 1000"."""
    return _ENCODED_NUMBER.sub(lambda match: match.group(1), title_sort_key(title, sort_as))
