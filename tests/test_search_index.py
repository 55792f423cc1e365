"""The search index against a brute-force reference built from the domain's predicate.

The catalog is generated (seeded, so every run sees the same one): about 300 resources with
French and English words, accents, ligatures and typographic quotes, years with gaps, and
categories in a small tree. Every browse() is compared with what domain.query.matches says
about each resource on its own.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from permille_desktop.domain.model import Category, Resource, ResourceType
from permille_desktop.domain.query import SearchOptions, matches, search_terms
from permille_desktop.domain.text import fold, title_sort_key
from permille_desktop.services import text_matcher, word_index
from permille_desktop.services.search_index import BrowseQuery, SearchIndex, SortField

SIZE = 300
RARE_WORD = "quetzal"  # in a few descriptions only: a result small enough for the fast sort

WORDS = [
    "soil",
    "sol",
    "sols",
    "topsoil",
    "subsoil",
    "carbon",
    "carbone",
    "écologie",
    "Agroécologie",
    "ECOLOGY",
    "forêt",
    "forest",
    "eau",
    "water",
    "climat",
    "climate",
    "cœur",
    "coeur",
    "Œuvre",
    "Straße",
    "pâturage",
    "élevage",
    "réseau",
    "naïve",
    "matière",
    "organique",
    "organic",
    "matter",
    "crop",
    "cropland",
    "séquestration",
    "sequestration",
    "food",
    "security",
    "sécurité",
    "alimentaire",
    "Africa",
    "Afrique",
    "policy",
    "politique",
    "root",
    "racine",
    "ﬁeld",
    "Ærø",
    "the",
    "les",
    "de",
    "and",
    "et",
    "“4 per 1000”",
    "l’agriculture",
    "Drawdown’s",
    "long–term",
    "2018",
    "1000",
    "COP27",
    "N₂O",
]
AUTHORS = [
    "J. Le Noë",
    "João Carlos de Moraes Sá",
    "P. Havlík",
    "Rattan Lal",
    "Émilie Dupré",
    "Claire Chenu",
    "Øystein Lund",
    "The Nature Conservancy",
    "M. Corbeels",
]
ARTICLES = ["", "", "", "", "The ", "Les ", "L’", "A ", "“", "El "]

# A small tree with ids that are neither contiguous nor in tree order.
CATEGORIES = [
    Category(id=10, name="Soils", parent_id=None, position=0),
    Category(id=31, name="Carbon", parent_id=10, position=0),
    Category(id=12, name="Séquestration", parent_id=31, position=0),
    Category(id=13, name="Erosion", parent_id=10, position=1),
    Category(id=20, name="Water", parent_id=None, position=1),
    Category(id=21, name="Irrigation", parent_id=20, position=0),
    Category(id=5, name="Policy", parent_id=None, position=2),
    Category(id=40, name="Empty", parent_id=None, position=3),
]
# Pre-order of the tree, for the categories column.
TREE_ORDER = [10, 31, 12, 13, 20, 21, 5, 40]
ASSIGNABLE = [10, 31, 12, 13, 20, 21, 5]


def _words(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))


def generate_catalog(seed: int = 4_1000) -> list[Resource]:
    rng = random.Random(seed)
    start = datetime(2020, 1, 1, tzinfo=UTC)
    resources = []
    for number in range(SIZE):
        title = rng.choice(ARTICLES) + _words(rng, 1, 6)
        if rng.random() < 0.1:
            title += f" Vol. {rng.randint(1, 20)}"
        description = _words(rng, 0, 20)
        if number % 37 == 0:
            description += f" {RARE_WORD}"
        resources.append(
            Resource(
                uuid=f"uuid-{number:04d}",
                title=title,
                type=rng.choice(list(ResourceType)),
                added=start + timedelta(hours=rng.randint(0, 10_000)),
                modified=start,
                sort_title=_words(rng, 1, 3) if rng.random() < 0.1 else None,
                year=None if rng.random() < 0.15 else rng.randint(1995, 2024),
                authors=tuple(rng.sample(AUTHORS, rng.randint(0, 3))),
                venue=_words(rng, 0, 3),
                description=description,
                url=f"https://example.org/{rng.choice(['soil', 'eau', 'report'])}/{number}",
                language=rng.choice(["en", "fr", ""]),
                category_ids=tuple(rng.sample(ASSIGNABLE, rng.choice([0, 1, 1, 1, 2, 3]))),
            )
        )
    return resources


RESOURCES = generate_catalog()


@pytest.fixture(params=["scan", "words"])
def index(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> SearchIndex:
    """The index finding every term by scanning the text, or every one-word term through the
    word index (whatever the costs), so that each way is checked against the reference."""
    if request.param == "scan":
        return SearchIndex.from_resources(RESOURCES, CATEGORIES, word_index=False)
    force_word_index(monkeypatch)
    return SearchIndex.from_resources(RESOURCES, CATEGORIES)


def force_word_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the word index answer every one-word term, whatever a scan would cost."""
    monkeypatch.setattr(text_matcher, "_STEPS_PER_WORD", 0)
    monkeypatch.setattr(text_matcher, "_SCAN_BYTES_PER_STEP", 1 / 1000)
    monkeypatch.setattr(word_index, "_MOST_WORDS", float("inf"))


def test_the_words_fixture_does_find_terms_through_the_word_index(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Guards the fixture above: its "words" index must not quietly scan instead."""
    looked_up: list[list[str]] = []
    original = word_index.WordIndex.id_mask

    def spy(self: word_index.WordIndex, found: list[str], size: int) -> bytearray:
        looked_up.append(found)
        return original(self, found, size)

    monkeypatch.setattr(word_index.WordIndex, "id_mask", spy)
    force_word_index(monkeypatch)
    forced = SearchIndex.from_resources(RESOURCES, CATEGORIES)
    forced.browse(BrowseQuery(text=f"s {RARE_WORD}"))
    assert len(looked_up) == 2
    assert [RARE_WORD] in looked_up


# The reference ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Folded:
    title: str
    content: str


FOLDED = [
    Folded(
        title=fold(r.title),
        content=fold(
            " ".join([r.description, "; ".join(r.authors), r.venue, r.sort_title or "", r.url])
        ),
    )
    for r in RESOURCES
]


def _subtree(root: int) -> set[int]:
    found = {root}
    grew = True
    while grew:
        grew = False
        for category in CATEGORIES:
            if category.parent_id in found and category.id not in found:
                found.add(category.id)
                grew = True
    return found


SUBTREES = {c.id: _subtree(c.id) for c in CATEGORIES}


def in_category(row: int, category_id: int) -> bool:
    return bool(SUBTREES[category_id] & set(RESOURCES[row].category_ids))


def text_matches(text: str, options: SearchOptions) -> set[int]:
    terms = search_terms(text, options.exact)
    if terms and not options.searches_something:
        return set(range(SIZE))  # nothing to search in: the text is ignored
    return {
        row
        for row, folded in enumerate(FOLDED)
        if matches(terms, folded.title, folded.content, options)
    }


def expected_matching(
    text: str, options: SearchOptions, types: frozenset[ResourceType] | None = None
) -> set[int]:
    rows = text_matches(text, options)
    if types is not None:
        rows = {r for r in rows if RESOURCES[r].type in types}
    return rows


def expected_rows(
    text: str,
    options: SearchOptions,
    types: frozenset[ResourceType] | None = None,
    categories: frozenset[int] | None = None,
) -> set[int]:
    rows = expected_matching(text, options, types)
    if categories is not None:
        rows = {r for r in rows if any(in_category(r, c) for c in categories)}
    return rows


def title_key(row: int) -> str:
    resource = RESOURCES[row]
    return title_sort_key(resource.title, resource.sort_title)


def category_column(row: int) -> str:
    ids = RESOURCES[row].category_ids
    names = {c.id: c.name for c in CATEGORIES}
    return "; ".join(names[c] for c in TREE_ORDER if c in ids)


# Each sort column: the value a reader sees sorted, None when the cell is empty.
SORT_VALUES: dict[SortField, Callable[[int], Any]] = {
    SortField.YEAR: lambda row: RESOURCES[row].year,
    SortField.AUTHORS: lambda row: fold(", ".join(RESOURCES[row].authors)) or None,
    SortField.CATEGORIES: lambda row: fold(category_column(row)) or None,
    SortField.TYPE: lambda row: RESOURCES[row].type.value,
    SortField.ADDED: lambda row: RESOURCES[row].added,
}


def expected_order_keys(rows: Iterable[int], sort: SortField, descending: bool) -> list[Any]:
    """What the column shows, row by row, when sorted; ties in title order, blanks last."""
    rows = list(rows)
    if sort is SortField.TITLE:
        return sorted((title_key(r) for r in rows), reverse=descending)
    value = SORT_VALUES[sort]
    present = [r for r in rows if value(r) is not None]
    absent = [r for r in rows if value(r) is None]
    by_title = sorted(present, key=title_key)
    ordered = sorted(by_title, key=value, reverse=descending)
    return [(value(r), title_key(r)) for r in ordered] + sorted(
        (None, title_key(r)) for r in absent
    )


def order_keys(rows: list[int], sort: SortField) -> list[Any]:
    if sort is SortField.TITLE:
        return [title_key(r) for r in rows]
    value = SORT_VALUES[sort]
    return [(value(r), title_key(r)) for r in rows]


# Random queries --------------------------------------------------------------------------------

OPTIONS = [
    SearchOptions(),
    SearchOptions(exact=True),
    SearchOptions(in_content=False),
    SearchOptions(in_title=False),
    SearchOptions(exact=True, in_content=False),
    SearchOptions(exact=True, in_title=False),
    SearchOptions(in_title=False, in_content=False),
]


def _variant(rng: random.Random, word: str) -> str:
    """The word as a user might type it: without accents, in another case."""
    return rng.choice([word, fold(word), word.upper(), word.lower(), word.capitalize()])


def random_query(rng: random.Random) -> str:
    kind = rng.randrange(8)
    word = rng.choice(WORDS)
    if kind == 0:
        return _variant(rng, word)
    if kind == 1:
        return _variant(rng, word[: rng.randint(1, len(word))])
    if kind == 2:
        text = rng.choice(RESOURCES).title
        start = rng.randrange(len(text))
        return text[start : start + rng.randint(1, 12)]
    if kind == 3:
        return " ".join(_variant(rng, rng.choice(WORDS)) for _ in range(rng.randint(2, 3)))
    if kind == 4:
        words = rng.choice(RESOURCES).description.split()
        if len(words) < 2:
            return word
        at = rng.randrange(len(words) - 1)
        return f'"{words[at]} {words[at + 1]}" {_variant(rng, word)[:3]}'
    if kind == 5:
        text = fold(rng.choice(RESOURCES).description) or "x"
        start = rng.randrange(len(text))
        return text[start : start + rng.randint(3, 20)]
    if kind == 6:
        return rng.choice(["soil*", "' OR 1=1 --", '"', "NEAR(", "(", "\x00", "\x1f", "  "])
    return rng.choice(AUTHORS)[: rng.randint(2, 8)]


def check(index: SearchIndex, query: BrowseQuery) -> None:
    result = index.browse(query)
    want = expected_rows(query.text, query.options, query.types, query.categories)
    context = repr(query)
    assert set(result.rows) == want, context
    assert len(result.rows) == len(want), context
    assert result.matching == len(expected_matching(query.text, query.options, query.types))


def test_random_queries_match_the_reference(index: SearchIndex) -> None:
    rng = random.Random(2015)
    for _ in range(600):
        check(index, BrowseQuery(text=random_query(rng), options=rng.choice(OPTIONS)))


def test_typing_and_backspacing_match_the_reference(index: SearchIndex) -> None:
    rng = random.Random(1000)
    for _ in range(40):
        text = " ".join(rng.choice([random_query(rng), rng.choice(WORDS)]) for _ in range(2))
        options = rng.choice(OPTIONS[:-1])
        typed = [text[:length] for length in range(1, len(text) + 1)]
        for prefix in [*typed, *reversed(typed[:-1])]:
            check(index, BrowseQuery(text=prefix, options=options))


def test_switching_fields_while_typing_matches_the_reference(index: SearchIndex) -> None:
    text = "agroecologie sol"
    for length in range(1, len(text) + 1):
        for options in OPTIONS:
            check(index, BrowseQuery(text=text[:length], options=options))


def test_growing_a_word_into_a_phrase_matches_the_reference(index: SearchIndex) -> None:
    for text in ["soil", "soil carbon", '"soil carbon', '"soil carbon"', "soil carbon"]:
        for exact in (False, True):
            check(index, BrowseQuery(text=text, options=SearchOptions(exact=exact)))


def test_random_filters_match_the_reference(index: SearchIndex) -> None:
    rng = random.Random(4)
    types = list(ResourceType)
    for _ in range(300):
        chosen_types = (
            None if rng.random() < 0.4 else frozenset(rng.sample(types, rng.randint(0, 4)))
        )
        chosen_categories = (
            None
            if rng.random() < 0.4
            else frozenset(rng.sample([c.id for c in CATEGORIES], rng.randint(1, 3)))
        )
        check(
            index,
            BrowseQuery(
                text=random_query(rng) if rng.random() < 0.7 else "",
                options=rng.choice(OPTIONS),
                types=chosen_types,
                categories=chosen_categories,
                sort=rng.choice(list(SortField)),
                descending=rng.random() < 0.5,
            ),
        )


def test_reference_queries_are_not_trivial() -> None:
    # The comparisons above mean something only if queries find some resources, not all.
    rng = random.Random(2015)
    sizes = [len(text_matches(random_query(rng), SearchOptions())) for _ in range(200)]
    assert sum(0 < size < SIZE for size in sizes) > 100


# Examples a user would recognise ---------------------------------------------------------------


def test_soil_finds_topsoil(index: SearchIndex) -> None:
    rows = index.browse(BrowseQuery(text="soil")).rows
    topsoil = [r for r in range(SIZE) if "topsoil" in FOLDED[r].title]
    assert topsoil
    assert set(topsoil) <= set(rows)


def test_accents_do_not_matter(index: SearchIndex) -> None:
    plain = index.browse(BrowseQuery(text="ecologie")).rows
    accented = index.browse(BrowseQuery(text="ÉCOLOGIE")).rows
    assert plain
    assert plain == accented


def test_empty_text_shows_everything(index: SearchIndex) -> None:
    result = index.browse(BrowseQuery(text="  "))
    assert sorted(result.rows) == list(range(SIZE))
    assert result.matching == SIZE
    assert result.terms == ()
    assert not result.text_ignored


def test_terms_are_returned_for_highlighting(index: SearchIndex) -> None:
    assert index.browse(BrowseQuery(text='Sol "Carbon  Forêt"')).terms == ("sol", "carbon foret")
    exact = BrowseQuery(text="Sol  Carbon", options=SearchOptions(exact=True))
    assert index.browse(exact).terms == ("sol carbon",)


def test_text_is_ignored_when_no_field_is_searched(index: SearchIndex) -> None:
    options = SearchOptions(in_title=False, in_content=False)
    result = index.browse(BrowseQuery(text="soil", options=options))
    assert result.text_ignored
    assert sorted(result.rows) == list(range(SIZE))
    assert result.matching == SIZE
    assert result.terms == ()


def test_blank_text_with_no_field_searched_is_not_ignored(index: SearchIndex) -> None:
    options = SearchOptions(in_title=False, in_content=False)
    assert not index.browse(BrowseQuery(text=" ", options=options)).text_ignored


def test_text_that_matches_nothing_shows_nothing(index: SearchIndex) -> None:
    result = index.browse(BrowseQuery(text="zzzz-not-there"))
    assert result.rows == []
    assert result.matching == 0
    assert result.category_counts.get(10, 0) == 0


def test_exact_phrase_does_not_run_from_title_into_content() -> None:
    now = datetime(2024, 1, 1, tzinfo=UTC)
    resource = Resource(
        uuid="u",
        title="Healthy soil",
        type=ResourceType.REPORT,
        added=now,
        modified=now,
        description="carbon markets",
    )
    small = SearchIndex.from_resources([resource], CATEGORIES)
    exact = SearchOptions(exact=True)
    assert small.browse(BrowseQuery(text="soil carbon")).rows == [0]
    assert small.browse(BrowseQuery(text="soil carbon", options=exact)).rows == []
    assert small.browse(BrowseQuery(text='"soil carbon"')).rows == []


def test_content_covers_authors_venue_sort_title_and_link() -> None:
    now = datetime(2024, 1, 1, tzinfo=UTC)
    resource = Resource(
        uuid="u",
        title="Report",
        type=ResourceType.REPORT,
        added=now,
        modified=now,
        sort_title="Rapport annuel",
        authors=("Émilie Dupré", "J. Le Noë"),
        venue="Revue d’écologie",
        url="https://example.org/quetzal",
    )
    small = SearchIndex.from_resources([resource], CATEGORIES)
    content_only = SearchOptions(in_title=False)
    title_only = SearchOptions(in_content=False)
    for text in ["dupre", "le noe", "revue d'ecologie", "rapport annuel", "example.org/quetzal"]:
        assert small.browse(BrowseQuery(text=text, options=content_only)).rows == [0], text
        assert small.browse(BrowseQuery(text=text, options=title_only)).rows == [], text


def test_row_of_finds_a_resource_by_uuid(index: SearchIndex) -> None:
    assert index.row_of("uuid-0042") == 42
    assert index.titles[42] == RESOURCES[42].title
    assert index.row_of("no-such-uuid") is None


# Categories ------------------------------------------------------------------------------------


def test_category_filter_includes_descendants(index: SearchIndex) -> None:
    rows = set(index.browse(BrowseQuery(categories=frozenset({10}))).rows)
    in_soils = {r for r in range(SIZE) if set(RESOURCES[r].category_ids) & {10, 31, 12, 13}}
    assert rows == in_soils
    assert any(RESOURCES[r].category_ids == (12,) for r in rows)  # a grandchild only


def test_several_categories_give_their_union(index: SearchIndex) -> None:
    rows = set(index.browse(BrowseQuery(categories=frozenset({12, 21}))).rows)
    assert rows == {r for r in range(SIZE) if set(RESOURCES[r].category_ids) & {12, 21}}


def test_empty_category_shows_nothing(index: SearchIndex) -> None:
    assert index.browse(BrowseQuery(categories=frozenset({40}))).rows == []


def test_category_filter_keeps_the_matching_count(index: SearchIndex) -> None:
    everything = index.browse(BrowseQuery(text="sol"))
    filtered = index.browse(BrowseQuery(text="sol", categories=frozenset({20})))
    assert filtered.matching == everything.matching
    assert len(filtered.rows) < everything.matching


@pytest.mark.parametrize("text", ["", "sol", "carbon water", "zzzz-not-there"])
def test_category_counts_cover_each_subtree(index: SearchIndex, text: str) -> None:
    result = index.browse(BrowseQuery(text=text, categories=frozenset({5})))
    matching = text_matches(text, SearchOptions())
    for category in CATEGORIES:
        expected = sum(1 for r in matching if in_category(r, category.id))
        assert result.category_counts.get(category.id, 0) == expected, category.name
    assert set(result.category_counts) <= {c.id for c in CATEGORIES}


def test_category_counts_follow_the_types_filter(index: SearchIndex) -> None:
    kinds = frozenset({ResourceType.REPORT, ResourceType.BOOK})
    result = index.browse(BrowseQuery(text="e", types=kinds))
    matching = expected_matching("e", SearchOptions(), kinds)
    for category in CATEGORIES:
        expected = sum(1 for r in matching if in_category(r, category.id))
        assert result.category_counts.get(category.id, 0) == expected, category.name


def test_category_names_follow_the_tree(index: SearchIndex) -> None:
    for row in range(SIZE):
        assert index.category_names[row] == category_column(row)


# Types -----------------------------------------------------------------------------------------


def test_types_filter_keeps_only_those_types(index: SearchIndex) -> None:
    kinds = frozenset({ResourceType.VIDEO, ResourceType.ARTICLE})
    result = index.browse(BrowseQuery(types=kinds))
    assert set(result.rows) == {r for r in range(SIZE) if RESOURCES[r].type in kinds}
    assert result.matching == len(result.rows)


def test_all_types_is_the_same_as_no_types_filter(index: SearchIndex) -> None:
    every = index.browse(BrowseQuery(text="soil", types=frozenset(ResourceType)))
    assert every.rows == index.browse(BrowseQuery(text="soil")).rows


def test_no_types_shows_nothing(index: SearchIndex) -> None:
    result = index.browse(BrowseQuery(types=frozenset()))
    assert result.rows == []
    assert result.matching == 0


# Order -----------------------------------------------------------------------------------------


def test_title_order_follows_the_title_sort_key(index: SearchIndex) -> None:
    rows = index.browse(BrowseQuery()).rows
    assert sorted(rows) == list(range(SIZE))
    assert order_keys(rows, SortField.TITLE) == expected_order_keys(rows, SortField.TITLE, False)


def test_title_descending_is_the_reverse_of_ascending(index: SearchIndex) -> None:
    ascending = index.browse(BrowseQuery()).rows
    descending = index.browse(BrowseQuery(descending=True)).rows
    assert order_keys(descending, SortField.TITLE) == list(
        reversed(order_keys(ascending, SortField.TITLE))
    )


def test_title_order_skips_articles_and_quotes(index: SearchIndex) -> None:
    rows = index.browse(BrowseQuery()).rows
    first_letters = [title_key(r)[:1] for r in rows]
    assert first_letters == sorted(first_letters)
    assert "“" not in first_letters


@pytest.mark.parametrize("sort", [f for f in SortField if f is not SortField.TITLE])
@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
def test_column_order_puts_blanks_last_and_ties_in_title_order(
    index: SearchIndex, sort: SortField, descending: bool
) -> None:
    rows = index.browse(BrowseQuery(sort=sort, descending=descending)).rows
    assert sorted(rows) == list(range(SIZE))
    assert order_keys(rows, sort) == expected_order_keys(rows, sort, descending)


def test_catalog_has_missing_years_and_ties(index: SearchIndex) -> None:
    # Makes the year order tests meaningful: blanks and equal years exist.
    years = [r.year for r in RESOURCES]
    assert years.count(None) > 10
    assert len({y for y in years if y is not None}) < SIZE - years.count(None)


def test_year_order_puts_missing_years_last_both_ways(index: SearchIndex) -> None:
    for descending in (False, True):
        rows = index.browse(BrowseQuery(sort=SortField.YEAR, descending=descending)).rows
        years = [RESOURCES[r].year for r in rows]
        missing = years.count(None)
        assert years[-missing:] == [None] * missing
        assert None not in years[:-missing]


def _subset_queries() -> dict[str, BrowseQuery]:
    half = frozenset(list(ResourceType)[:4])
    return {
        "small": BrowseQuery(text=RARE_WORD),
        "large": BrowseQuery(types=half),
        "large-text": BrowseQuery(text="carbon"),
    }


def test_subsets_exercise_both_sort_paths(index: SearchIndex) -> None:
    sizes = {name: len(index.browse(q).rows) for name, q in _subset_queries().items()}
    assert sizes["small"] > 0 and sizes["small"] * 16 < SIZE
    assert sizes["large"] * 16 >= SIZE and sizes["large"] < SIZE
    assert sizes["large-text"] * 16 >= SIZE and sizes["large-text"] < SIZE


@pytest.mark.parametrize("subset", ["small", "large", "large-text"])
@pytest.mark.parametrize("sort", list(SortField))
@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
def test_sorting_a_subset_keeps_the_order_of_the_whole(
    index: SearchIndex, subset: str, sort: SortField, descending: bool
) -> None:
    whole = index.browse(BrowseQuery(sort=sort, descending=descending)).rows
    query = _subset_queries()[subset]
    part = index.browse(
        BrowseQuery(text=query.text, types=query.types, sort=sort, descending=descending)
    ).rows
    chosen = set(part)
    assert chosen == expected_rows(query.text, SearchOptions(), query.types)
    assert part == [r for r in whole if r in chosen]
