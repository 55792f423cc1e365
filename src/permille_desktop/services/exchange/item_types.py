"""Our resource types in each format's vocabulary, and the other programs' types in ours.

Writing maps each of our types to one name; reading takes every name a program may write,
so each writing table is inverted by its reading table where the format has the words for it.
Zotero's CSV has them all (with "other", which Zotero lacks, for OTHER: Zotero does not
import CSV, and this keeps our own CSV exact). BibTeX, RIS and CSL have no type for our
OTHER, so it is written as their generic document and read back as DOCUMENT; BibTeX has no
newsletter either, so NEWSLETTER is written as an article.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from permille_desktop.domain.model import ResourceType

A = ResourceType


def _table(pairs: dict[ResourceType, str]) -> Mapping[ResourceType, str]:
    return MappingProxyType(pairs)


def _reading(writing: Mapping[ResourceType, str], **more: tuple[str, ...]) -> dict[str, A]:
    """What each name reads as: the writing table inverted (the first type of a name wins),
    and the other names of ``more``, keyed by our type's value."""
    found: dict[str, A] = {}
    for kind, name in writing.items():
        found.setdefault(name.lower(), kind)
    for value, names in more.items():
        for name in names:
            found.setdefault(name.lower(), A(value))
    return found


# Zotero's item types (its CSV "Item Type" column).
ZOTERO_TYPES = _table(
    {
        A.ARTICLE: "journalArticle",
        A.REPORT: "report",
        A.BOOK: "book",
        A.VIDEO: "videoRecording",
        A.WEB_PAGE: "webpage",
        A.DOCUMENT: "document",
        A.NEWSLETTER: "magazineArticle",
        A.OTHER: "other",
    }
)
_FROM_ZOTERO = _reading(
    ZOTERO_TYPES,
    article=(
        "newspaperArticle", "conferencePaper", "preprint", "encyclopediaArticle",
        "dictionaryEntry",
    ),
    report=("thesis",),
    book=("bookSection",),
    video=("film", "tvBroadcast"),
    web_page=("blogPost", "forumPost"),
    document=(
        "letter", "manuscript", "bill", "statute", "case", "hearing", "patent", "standard",
        "email",
    ),
)  # fmt: skip

# BibTeX entry types, with biblatex's where Zotero's importer knows them (@online, @video).
BIBTEX_TYPES = _table(
    {
        A.ARTICLE: "article",
        A.REPORT: "techreport",
        A.BOOK: "book",
        A.VIDEO: "video",
        A.WEB_PAGE: "online",
        A.DOCUMENT: "misc",
        A.NEWSLETTER: "article",
        A.OTHER: "misc",
    }
)
_FROM_BIBTEX = _reading(
    BIBTEX_TYPES,
    article=("inproceedings", "conference"),
    report=("report", "phdthesis", "mastersthesis", "thesis"),
    book=(
        "booklet", "manual", "inbook", "incollection", "collection", "mvbook", "proceedings",
        "bookinbook",
    ),
    video=("movie",),
    web_page=("www", "electronic", "webpage"),
    document=("unpublished", "patent", "legislation", "jurisdiction", "standard"),
)  # fmt: skip

# RIS reference types (TY), as Zotero writes and reads them.
RIS_TYPES = _table(
    {
        A.ARTICLE: "JOUR",
        A.REPORT: "RPRT",
        A.BOOK: "BOOK",
        A.VIDEO: "VIDEO",
        A.WEB_PAGE: "ELEC",
        A.DOCUMENT: "GEN",
        A.NEWSLETTER: "MGZN",
        A.OTHER: "GEN",
    }
)
_FROM_RIS = _reading(
    RIS_TYPES,
    article=("EJOUR", "JFULL", "ABST", "CONF", "CPAPER", "NEWS", "INPR"),
    report=("GOVDOC", "THES", "STAND"),
    book=("EBOOK", "EDBOOK", "CHAP", "ECHAP", "SER", "CLSWK"),
    video=("MPCT", "ADVS", "MULTI"),
    web_page=("BLOG", "WEB"),
    document=("PAMP", "UNPB", "MANSCPT", "PCOMM", "BILL", "STAT", "CASE", "HEAR", "PAT"),
)  # fmt: skip

# CSL 1.0.2 item types (CSL-JSON "type").
CSL_TYPES = _table(
    {
        A.ARTICLE: "article-journal",
        A.REPORT: "report",
        A.BOOK: "book",
        A.VIDEO: "motion_picture",
        A.WEB_PAGE: "webpage",
        A.DOCUMENT: "document",
        A.NEWSLETTER: "article-magazine",
        A.OTHER: "document",
    }
)
_FROM_CSL = _reading(
    CSL_TYPES,
    article=(
        "article", "article-newspaper", "paper-conference", "entry-encyclopedia",
        "entry-dictionary",
    ),
    report=("thesis",),
    book=("chapter",),
    video=("broadcast",),
    web_page=("post", "post-weblog"),
    document=(
        "manuscript", "bill", "legislation", "legal_case", "patent", "standard",
        "personal_communication",
    ),
)  # fmt: skip


def from_zotero(name: str) -> ResourceType:
    """A Zotero item type (or one of our own type names) as ours; OTHER when unknown."""
    name = name.strip()
    found = _FROM_ZOTERO.get(name.lower())
    if found is not None:
        return found
    try:
        return ResourceType(name.lower().replace(" ", "_"))
    except ValueError:
        return A.OTHER


def from_bibtex(entry_type: str) -> ResourceType:
    return _FROM_BIBTEX.get(entry_type.strip().lower(), A.OTHER)


def from_ris(type_of_reference: str) -> ResourceType:
    return _FROM_RIS.get(type_of_reference.strip().lower(), A.OTHER)


def from_csl(csl_type: str) -> ResourceType:
    return _FROM_CSL.get(csl_type.strip().lower(), A.OTHER)
