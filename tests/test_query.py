"""The site's search semantics: domain/query.py."""

from __future__ import annotations

import pytest

from permille_desktop.domain.query import SearchOptions, matches, narrows, search_terms
from permille_desktop.domain.text import fold

ANYWHERE = SearchOptions()
EXACT = SearchOptions(exact=True)
TITLE_ONLY = SearchOptions(in_content=False)
CONTENT_ONLY = SearchOptions(in_title=False)

# Strings a user (or a paste) may put in the search field. None of them may raise.
HOSTILE = [
    '"',
    '""',
    '"""',
    '"soil',
    'soil"',
    '"soil "carbon',
    "'",
    "' OR 1=1 --",
    "'; DROP TABLE resources; --",
    "NEAR(soil carbon)",
    "soil NEAR/3 carbon",
    "soil*",
    "*",
    "(",
    ")",
    "((soil) OR (carbon",
    "AND OR NOT",
    "-soil +carbon",
    "title:soil",
    "^soil$",
    "[a-z]+",
    "\\",
    "%_%",
    "\x00",
    "soil\x00carbon",
    "\x1f",
    "soil\x1fcarbon",
    "\t\n\r\x0b\x0c",
    "\u200b\u200b",
    "\ufeff",
    "\ud7ff\ue000\uffff",
    "\ud800 lone surrogate",
    "x" * 10_000,
    "soil " * 2_000,
    '"' * 10_001,
    "é" * 10_000,
    "😀🌱💩",
    "👩‍👩‍👧‍👦",
    "العربية التربة",
    "\u202eSOIL\u202c",
    "שלום עולם",
    "中文 土壤",
    "Ελληνικά",
    "ﬁﬂﬀ œ æ ß",
    "“soil” «carbon» ‘x’",
    "–—−",
    "\u0301\u0301",
]


# search_terms, not exact -----------------------------------------------------------------------


def test_words_become_separate_terms() -> None:
    assert search_terms("soil carbon") == ("soil", "carbon")


def test_terms_are_folded() -> None:
    assert search_terms("Écologie SOLS") == ("ecologie", "sols")


def test_quoted_words_count_as_one_term() -> None:
    assert search_terms('"soil carbon" africa') == ("soil carbon", "africa")


def test_typographic_quotes_group_words_like_ascii_quotes() -> None:
    assert search_terms("“soil carbon” africa") == ("soil carbon", "africa")


def test_an_unbalanced_quote_groups_to_the_end() -> None:
    assert search_terms('africa "soil carbon') == ("africa", "soil carbon")


def test_white_space_inside_quotes_is_collapsed() -> None:
    assert search_terms('"soil   carbon"') == ("soil carbon",)


def test_repeated_terms_are_kept_once() -> None:
    assert search_terms("soil Soil SOIL carbon soil") == ("soil", "carbon")


def test_empty_quotes_give_no_term() -> None:
    assert search_terms('"" soil " "') == ("soil",)


@pytest.mark.parametrize("text", ["", " ", "\t\n ", "\u00a0", '""'])
def test_blank_text_gives_no_terms(text: str) -> None:
    assert search_terms(text) == ()
    assert search_terms(text, exact=True) == ()


# search_terms, exact ---------------------------------------------------------------------------


def test_exact_keeps_the_phrase_as_one_term() -> None:
    assert search_terms("Soil  Carbon\tsequestration", exact=True) == ("soil carbon sequestration",)


def test_exact_strips_outer_quotes() -> None:
    assert search_terms('"soil carbon"', exact=True) == ("soil carbon",)
    assert search_terms("“soil carbon”", exact=True) == ("soil carbon",)


def test_exact_keeps_inner_quotes() -> None:
    assert search_terms('the "4 per 1000" initiative', exact=True) == (
        'the "4 per 1000" initiative',
    )


# Hostile input ---------------------------------------------------------------------------------


@pytest.mark.parametrize("exact", [False, True])
def test_search_terms_never_raises_on_hostile_text(exact: bool) -> None:
    for text in HOSTILE:
        terms = search_terms(text, exact=exact)
        assert isinstance(terms, tuple), text
        assert all(isinstance(t, str) and t for t in terms), text
        assert all("\x1f" not in t for t in terms), text


def test_sql_and_fts_syntax_are_ordinary_characters() -> None:
    assert search_terms("' OR 1=1 --") == ("'", "or", "1=1", "--")
    assert search_terms("NEAR(soil*") == ("near(soil*",)


def test_hostile_terms_match_only_their_literal_text() -> None:
    title = fold("Soil* and NEAR(carbon)")
    assert matches(search_terms("NEAR(carbon"), title, "", ANYWHERE)
    assert matches(search_terms("soil*"), title, "", ANYWHERE)
    assert not matches(search_terms("' OR 1=1 --"), title, "", ANYWHERE)
    assert not matches(search_terms("carbon*"), title, "", ANYWHERE)


def test_matches_never_raises_on_hostile_text() -> None:
    title = fold("“The global potential” – écologie 😀")
    content = fold("العربية; 中文; x" * 3)
    for text in HOSTILE:
        for options in (ANYWHERE, EXACT, TITLE_ONLY, CONTENT_ONLY):
            terms = search_terms(text, exact=options.exact)
            assert isinstance(matches(terms, title, content, options), bool), text


# matches ---------------------------------------------------------------------------------------


def test_a_word_matches_inside_a_longer_word() -> None:
    assert matches(search_terms("soil"), fold("Topsoil erosion"), "", ANYWHERE)


def test_matching_ignores_accents_and_case() -> None:
    assert matches(search_terms("ECOLOGIE"), fold("Agroécologie"), "", ANYWHERE)
    assert matches(search_terms("écologie"), fold("Agroecologie"), "", ANYWHERE)


def test_every_word_must_occur() -> None:
    title = fold("Soil carbon in Africa")
    assert matches(search_terms("carbon soil"), title, "", ANYWHERE)
    assert not matches(search_terms("carbon soil europe"), title, "", ANYWHERE)


def test_words_may_be_in_different_fields() -> None:
    title, content = fold("Soil health"), fold("A report on carbon markets")
    assert matches(search_terms("soil carbon"), title, content, ANYWHERE)


def test_empty_search_matches_everything() -> None:
    assert matches((), fold("anything"), "", ANYWHERE)
    assert matches(search_terms("   "), fold("anything"), "", EXACT)


def test_not_exact_ignores_word_order() -> None:
    assert matches(search_terms("carbon soil"), fold("soil carbon"), "", ANYWHERE)


def test_exact_phrase_must_be_contiguous() -> None:
    title = fold("Soil organic carbon")
    assert matches(search_terms("organic carbon", exact=True), title, "", EXACT)
    assert not matches(search_terms("soil carbon", exact=True), title, "", EXACT)
    assert not matches(search_terms("carbon organic", exact=True), title, "", EXACT)


def test_exact_phrase_must_be_in_one_field() -> None:
    title, content = fold("Healthy soil"), fold("carbon markets")
    assert not matches(search_terms("soil carbon", exact=True), title, content, EXACT)
    assert matches(search_terms("soil carbon"), title, content, ANYWHERE)


def test_exact_phrase_matches_inside_words() -> None:
    title = fold("Topsoil carbonates")
    assert matches(search_terms("soil carbon", exact=True), title, "", EXACT)


def test_quoted_group_must_be_contiguous_even_when_not_exact() -> None:
    title = fold("Soil organic carbon")
    assert not matches(search_terms('"soil carbon"'), title, "", ANYWHERE)
    assert matches(search_terms('"organic carbon" soil'), title, "", ANYWHERE)


def test_title_only_ignores_the_content() -> None:
    title, content = fold("Soil health"), fold("carbon")
    assert matches(search_terms("soil"), title, content, TITLE_ONLY)
    assert not matches(search_terms("carbon"), title, content, TITLE_ONLY)


def test_content_only_ignores_the_title() -> None:
    title, content = fold("Soil health"), fold("carbon")
    assert matches(search_terms("carbon"), title, content, CONTENT_ONLY)
    assert not matches(search_terms("soil"), title, content, CONTENT_ONLY)


def test_with_no_field_enabled_a_search_matches_nothing() -> None:
    options = SearchOptions(in_title=False, in_content=False)
    assert not options.searches_something
    assert not matches(search_terms("soil"), fold("soil"), fold("soil"), options)


def test_search_options_search_something_by_default() -> None:
    assert ANYWHERE.searches_something
    assert TITLE_ONLY.searches_something
    assert CONTENT_ONLY.searches_something


# narrows ---------------------------------------------------------------------------------------


def test_typing_a_letter_narrows() -> None:
    assert narrows(("soi",), ("soil",))


def test_adding_a_word_narrows() -> None:
    assert narrows(("soil",), ("soil", "carbon"))


def test_quoting_words_together_narrows() -> None:
    assert narrows(("soil", "carbon"), ("soil carbon",))


def test_deleting_a_letter_does_not_narrow() -> None:
    assert not narrows(("soil",), ("soi",))


def test_removing_a_word_does_not_narrow() -> None:
    assert not narrows(("soil", "carbon"), ("soil",))


def test_replacing_a_word_does_not_narrow() -> None:
    assert not narrows(("soil",), ("carbon",))


def test_from_no_terms_everything_narrows_and_back_nothing_does() -> None:
    assert narrows((), ("soil",))
    assert not narrows(("soil",), ())


def test_narrowing_is_sound_on_examples() -> None:
    # Whenever narrows() says so, every match of the new terms matched the old ones.
    texts = [fold(t) for t in ["Topsoil", "soil carbon", "Carbone du sol", "sols", "coeur"]]
    queries = ["s", "so", "soi", "soil", "soil c", "soil carbon", '"soil carbon"', "sol", "c"]
    for old_text in queries:
        for new_text in queries:
            old, new = search_terms(old_text), search_terms(new_text)
            if not narrows(old, new):
                continue
            for text in texts:
                if matches(new, text, "", ANYWHERE):
                    assert matches(old, text, "", ANYWHERE), (old_text, new_text, text)
