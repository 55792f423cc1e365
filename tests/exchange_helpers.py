"""What the export, import and command-line exchange tests share: a catalog with resources
that are hard to write (accents, quotes, commas, line breaks, long text, formula-like text,
every type), and ways to empty it and compare what comes back."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from permille_desktop.domain.changes import ResourceChange
from permille_desktop.domain.model import Category, Resource, ResourceType
from permille_desktop.services.catalog import CatalogService

ADDED = datetime(2024, 2, 29, 23, 59, 58, 123456, tzinfo=UTC)
MODIFIED = ADDED + timedelta(days=3, microseconds=7)
LONG_DESCRIPTION = ("Soil organic carbon, “4 per 1000”; ½ of it\n" * 1500)[:60_000]
# Cells a spreadsheet would run as formulas (OWASP's list), which the export must defuse.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def category_named(catalog: CatalogService, name: str) -> Category:
    return next(c for c in catalog.categories() if c.name == name)


def punctuated_category(catalog: CatalogService) -> int:
    """A subcategory whose name holds the characters that separate categories in files."""
    name = "Soils, carbon; climate / trade-offs"
    found = [c for c in catalog.categories() if c.name == name]
    if found:
        return found[0].id
    curator = catalog.curator()
    parent = category_named(catalog, "News in the spotlight").id
    change = curator.plan_add_category(name, parent)
    curator.apply(change)
    return next(c.id for c in change.after if c.name == name)


def tricky_resources(catalog: CatalogService) -> list[Resource]:
    """Resources of every type with text that is hard to write in each format."""
    notes = category_named(catalog, "Soil Carbon Notes").id
    punctuated = punctuated_category(catalog)
    guides = category_named(catalog, "Guides and reports").id
    tools = category_named(catalog, "Web tools").id
    plain = Resource(
        uuid="",
        title="",
        type=ResourceType.ARTICLE,
        added=ADDED,
        modified=MODIFIED,
        language="en",
    )
    specs: list[dict[str, object]] = [
        {
            "title": "Écologie des sols : l’état de l’art, « vu » par Dupré & Cœur",
            "type": ResourceType.ARTICLE,
            "sort_title": "Ecologie des sols",
            "year": 2021,
            "authors": ("Émilie Dupré", "João Carlos de Moraes Sá", "Ludwig van Beethoven"),
            "venue": "Revue d’Écologie (Terre & Vie), vol. 76",
            "description": "Résumé : « carbone », 50 % ~ ^ _ # $ {braces} \\backslash",
            "url": "https://doi.org/10.1016/j.geoderma.2020.114436",
            "language": "fr",
            "category_ids": (notes, guides),
        },
        {
            "title": "He said \"soil, carbon\", and left; then -- well --- ``this''",
            "type": ResourceType.REPORT,
            "year": 1999,
            "authors": ("Food and Agriculture Organization", "Smith, John", "The Nature Trust"),
            "venue": 'Publisher, "quoted", Inc.',
            "description": "line one\nline two\nline three\n\nparagraph, with, commas",
            "url": "https://example.org/a;b?x=1&y=2%20z#frag",
            "category_ids": (guides, punctuated),
        },
        {
            "title": "A very long description",
            "type": ResourceType.BOOK,
            "year": None,
            "authors": ("Ministry of Agriculture, Forestry and Fisheries",),
            "description": LONG_DESCRIPTION,
            "category_ids": (),
        },
        {
            "title": "=1+1",
            "type": ResourceType.VIDEO,
            "year": 2025,
            "authors": ("-2 Minus", "Ana-Maria O'Brien"),
            "venue": "@SUM(A1:A2)",
            "description": "+cmd|' /C calc'!A0\n@notablock{x,\nTI  - not a tag\nER  - nor an end",
            "category_ids": (tools,),
        },
        {
            "title": "@Home: soils",
            "type": ResourceType.WEB_PAGE,
            "year": 2010,
            "url": "mailto:someone@example.org",
            "category_ids": (notes,),
        },
        {"title": "+A document", "type": ResourceType.DOCUMENT, "year": 1800},
        {"title": "-A newsletter", "type": ResourceType.NEWSLETTER, "category_ids": (tools,)},
        {"title": "Something else", "type": ResourceType.OTHER, "language": ""},
    ]
    return [
        replace(plain, uuid=f"00000000-0000-4000-8000-{index:012d}", **spec)  # type: ignore[arg-type]
        for index, spec in enumerate(specs, start=1)
    ]


def add_resources(catalog: CatalogService, resources: list[Resource]) -> None:
    catalog.curator().apply(ResourceChange(after=tuple(resources)))


def empty_catalog(catalog: CatalogService) -> None:
    uuids = [r.uuid for r in catalog.resources()]
    catalog.curator().apply(catalog.curator().plan_delete(uuids))


def by_uuid(resources: list[Resource]) -> dict[str, Resource]:
    return {r.uuid: r for r in resources}
