"""What the hostile-input tests share: resources whose text is markup, links that must not be
followed, right-to-left scripts, emoji, invisible and control characters, and sizes nobody
types; stored the way a curator stores them, through the curator service."""

from __future__ import annotations

import re
from dataclasses import replace

from permille_desktop.domain.changes import ResourceDraft
from permille_desktop.domain.model import Resource
from permille_desktop.services.catalog import CatalogService

# Every C0 control character but NUL, which is tried on its own, then DEL and NEL.
CONTROLS = "".join(chr(code) for code in range(1, 0x20)) + "\x7f\x85"
MARKUP_TITLE = "<b>Bold</b> claims & <i>soils</i> <img src='file:///etc/hostname'>"
MARKUP_CATEGORY = "<b>Bold</b> & <img src='file:///etc/hostname'> media"
LONG_TITLE = "Long " + "🌱 التربة soil carbon " * 15_000  # about 300 kB of UTF-8
LONG_DESCRIPTION = "Lorem ipsum sequestration dolor sit amet\n" * 12_000  # about 500 kB

HOSTILE: dict[str, ResourceDraft] = {
    "markup": ResourceDraft(
        title=MARKUP_TITLE,
        authors=("<u>Under</u> & Co", 'O\'Brien "Quoted"'),
        venue="<h1>Venue</h1>",
        description=(
            "<script>alert(1)</script> <img src=x onerror=alert(1)> "
            "<a href='file:///etc/passwd'>click</a> &amp; &lt;"
        ),
        url="javascript:alert(1)",
    ),
    "file link": ResourceDraft(title="A link to a local file", url="file:///etc/passwd"),
    "right to left": ResourceDraft(
        title="التربة والكربون العضوي 🌍🌱 אדמה ופחמן",
        authors=("محمد علي", "דוד לוי"),
        description="وصف التربة بالعربية\nתיאור הקרקע בעברית",
        language="ar",
    ),
    "emoji": ResourceDraft(
        title="Soil health 🌱👩🏽‍🌾🇫🇷 for farmers", description="🧪 Lab results 🔬 ✔️"
    ),
    "invisible": ResourceDraft(
        title="zero\u200bwidth non\u200cjoiner join\u200der word\u2060joiner bom\ufeffhere "
        "\u202eevil override\u202c \u2066isolate\u2069 soft\u00adhyphen",
        description="\u200f\u200e marks only",
    ),
    "controls": ResourceDraft(
        title=f"Controls {CONTROLS} end",
        authors=(f"Tab\tAuthor{CONTROLS}",),
        venue=f"Venue{CONTROLS}",
        description=f"Before {CONTROLS} after\u2028line\u2029paragraph\r\nwindows",
    ),
    "no-break spaces": ResourceDraft(
        title="Les sols\u00a0: «\u00a0carbone\u00a0»",
        description="Résumé\u00a0: 4\u202f‰ par an\u2028ligne suivante",
        language="fr",
    ),
    "nul": ResourceDraft(title="Before\x00After nul", description="one\x00two"),
    "long": ResourceDraft(title=LONG_TITLE, description=LONG_DESCRIPTION),
}


def add_hostile(catalog: CatalogService) -> dict[str, Resource]:
    """Store every hostile resource as a curator does; returns them as stored."""
    category = catalog.categories()[0].id
    curator = catalog.curator()
    stored: dict[str, Resource] = {}
    for name, draft in HOSTILE.items():
        change = curator.plan_add(replace(draft, category_ids=(category,)))
        curator.apply(change)
        stored[name] = change.after[0]
    return stored


def add_markup_category(catalog: CatalogService) -> int:
    curator = catalog.curator()
    change = curator.plan_add_category(MARKUP_CATEGORY, catalog.categories()[0].id)
    curator.apply(change)
    return next(c.id for c in change.after if c.name == MARKUP_CATEGORY)


def without_breaks(text: str) -> str:
    """``text`` without its line and paragraph breaks, which a document turns into blocks."""
    return re.sub("[\n\r\u2028\u2029]", "", text)


# Search texts a search box must survive: query-language syntax of every kind, which here is
# ordinary text, and sizes and characters nobody types.
HOSTILE_QUERIES = [
    '"unbalanced',
    'unbalanced"',
    '"',
    '""',
    '" "',
    "' OR 1=1 --",
    "'; DROP TABLE resources; --",
    "NEAR(a b",
    "a AND b OR NOT c",
    "title:soil",
    "*",
    "soil*",
    "(",
    ")",
    "\\",
    "%",
    "_",
    "[a-z]+",
    "{}",
    "^~",
    "x" * 10_000,
    "soil " * 2_000,
    " " * 50,
    "\t \n ",
    "\x00",
    CONTROLS,
    "\x1f",
    "\u200b\u200c\u200d",
    "\u202e",
    "🌱" * 500,
    "\u200b",
]
