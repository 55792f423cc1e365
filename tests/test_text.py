"""Folding, highlighting offsets and title order: domain/text.py."""

from __future__ import annotations

import pytest

from permille_desktop.domain.text import fold, folded_spans, readable_sort_key, title_sort_key

# fold ------------------------------------------------------------------------------------------


def test_fold_ignores_case() -> None:
    assert fold("SOIL Carbon") == "soil carbon"


@pytest.mark.parametrize(
    ("accented", "plain"),
    [
        ("écologie", "ecologie"),
        ("Écologie", "ecologie"),
        ("Noë", "noe"),
        ("João", "joao"),
        ("Havlík", "havlik"),
        ("forêt pâturage naïve", "foret paturage naive"),
    ],
)
def test_fold_removes_accents(accented: str, plain: str) -> None:
    assert fold(accented) == plain


def test_accented_and_plain_words_fold_to_the_same_text() -> None:
    assert fold("écologie") == fold("ecologie") == fold("ÉCOLOGIE")


@pytest.mark.parametrize(
    ("ligature", "expanded"),
    [("cœur", "coeur"), ("Œuvre", "oeuvre"), ("æther", "aether"), ("ﬁnance", "finance")],
)
def test_fold_expands_ligatures(ligature: str, expanded: str) -> None:
    assert fold(ligature) == expanded


def test_fold_turns_sharp_s_into_ss() -> None:
    assert fold("Straße") == "strasse"


@pytest.mark.parametrize(
    ("typographic", "ascii_"),
    [
        ("’", "'"),
        ("‘", "'"),
        ("“", '"'),
        ("”", '"'),
        ("«", '"'),
        ("»", '"'),
        ("Drawdown’s “System”", 'drawdown\'s "system"'),
    ],
)
def test_fold_turns_typographic_quotes_into_ascii(typographic: str, ascii_: str) -> None:
    assert fold(typographic) == ascii_


@pytest.mark.parametrize("dash", ["–", "—"])
def test_fold_turns_dashes_into_hyphens(dash: str) -> None:
    assert fold(f"1852{dash}2014") == "1852-2014"


def test_fold_turns_a_non_breaking_space_into_a_space() -> None:
    assert fold("4\u00a0per\u00a01000") == "4 per 1000"


def test_fold_drops_zero_width_characters() -> None:
    assert fold("soil\u200bcarbon\ufeff") == "soilcarbon"


def test_fold_collapses_and_trims_white_space() -> None:
    assert fold("  soil \t\n  carbon  ") == "soil carbon"


def test_fold_of_empty_text_is_empty() -> None:
    assert fold("") == ""
    assert fold(" \t\n") == ""


def test_fold_removes_greek_accents() -> None:
    assert fold("Ελληνικά") == "ελληνικα"
    assert fold("ΆΈΉ") == fold("αεη")


@pytest.mark.parametrize("text", ["العربية", "中文土壤", "土壌", "😀🌱"])
def test_fold_keeps_scripts_without_case_or_accents(text: str) -> None:
    assert fold(text) == text


def test_fold_keeps_emoji_next_to_latin_text() -> None:
    assert fold("Sols 🌱 Vivants") == "sols 🌱 vivants"


# folded_spans ----------------------------------------------------------------------------------


def test_folded_spans_points_into_the_original_accented_text() -> None:
    text = "Agroécologie"
    spans = folded_spans(text, ["ecologie"])
    assert spans == [(4, 12)]
    assert text[4:12] == "écologie"


def test_folded_spans_finds_a_needle_inside_a_ligature() -> None:
    text = "cœur"
    assert [text[start:end] for start, end in folded_spans(text, ["oe"])] == ["œ"]


def test_folded_spans_covers_a_whole_word_written_with_a_ligature() -> None:
    assert folded_spans("le cœur", ["coeur"]) == [(3, 7)]


def test_folded_spans_ignores_case() -> None:
    text = "Draft SOIL HEALTH resolution"
    assert [text[s:e] for s, e in folded_spans(text, ["soil health"])] == ["SOIL HEALTH"]


def test_folded_spans_finds_every_occurrence() -> None:
    text = "Soil, topsoil and subsoil"
    assert [text[s:e] for s, e in folded_spans(text, ["soil"])] == ["Soil", "soil", "soil"]


def test_folded_spans_merges_overlapping_matches() -> None:
    assert folded_spans("abcabc", ["bc", "ca"]) == [(1, 6)]


def test_folded_spans_returns_separate_spans_in_text_order() -> None:
    text = "carbon in the soil"
    assert folded_spans(text, ["soil", "carbon"]) == [(0, 6), (14, 18)]


def test_folded_spans_matches_typographic_quotes_with_ascii_needles() -> None:
    text = "Drawdown’s “System of Solutions”"
    assert [text[s:e] for s, e in folded_spans(text, ["drawdown's"])] == ["Drawdown’s"]


def test_folded_spans_with_nothing_to_find_is_empty() -> None:
    assert folded_spans("soil", []) == []
    assert folded_spans("soil", [""]) == []
    assert folded_spans("", ["soil"]) == []
    assert folded_spans("soil", ["carbon"]) == []


def test_folded_spans_finds_a_phrase_across_repeated_white_space() -> None:
    # An exact search for "soil carbon" finds this text, since fold() collapses spaces.
    text = "soil  carbon"
    assert fold(text) == "soil carbon"
    assert folded_spans(text, ["soil carbon"]) == [(0, 12)]


# title_sort_key --------------------------------------------------------------------------------


def test_title_sort_key_ignores_a_leading_typographic_quote() -> None:
    assert title_sort_key("“The global potential”").startswith("global")


def test_quoted_title_sorts_under_its_first_real_word() -> None:
    titles = ["Zebra", "“The global potential”", "Fields"]
    assert sorted(titles, key=title_sort_key) == ["Fields", "“The global potential”", "Zebra"]


@pytest.mark.parametrize("title", ["...Soil", "(Soil)", "« Soil »", "- soil", "¿Soil?"])
def test_title_sort_key_ignores_leading_punctuation(title: str) -> None:
    assert title_sort_key(title).startswith("soil")


@pytest.mark.parametrize(
    "title",
    [
        "The soil",
        "A soil",
        "An soil",
        "Le soil",
        "La soil",
        "Les soil",
        "L'soil",
        "L’soil",
        "Un soil",
        "Une soil",
        "Des soil",
        "El soil",
        "Los soil",
        "Las soil",
    ],
)
def test_title_sort_key_skips_a_leading_article(title: str) -> None:
    assert title_sort_key(title) == "soil"


def test_french_elided_article_is_skipped() -> None:
    assert title_sort_key("L’agroécologie") == "agroecologie"


def test_article_inside_a_word_is_kept() -> None:
    assert title_sort_key("Theory of soils") == "theory of soils"
    assert title_sort_key("Lessons") == "lessons"
    assert title_sort_key("Elemental") == "elemental"


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("The", "the"),
        ("Les", "les"),
        ("A", "a"),
        ("  La  ", "la"),
        ("The …", "the ..."),
        ("“Le” ?", 'le" ?'),
    ],
)
def test_title_made_only_of_an_article_is_kept(title: str, key: str) -> None:
    assert title_sort_key(title) == key


def test_initialism_starting_with_a_is_not_an_article() -> None:
    assert title_sort_key("A.I. for soil carbon") == "a.i. for soil carbon"


def test_title_sort_key_folds_case_and_accents() -> None:
    assert title_sort_key("Écologie des SOLS") == title_sort_key("ecologie des sols")


def test_accented_titles_sort_with_their_plain_letters() -> None:
    titles = ["Zone", "Évaluation", "Forest", "eau"]
    assert sorted(titles, key=title_sort_key) == ["eau", "Évaluation", "Forest", "Zone"]


def test_numbers_in_titles_sort_by_value() -> None:
    titles = ["Vol. 10", "Vol. 2", "Vol. 1", "Vol. 100", "Vol. 9"]
    assert sorted(titles, key=title_sort_key) == [
        "Vol. 1",
        "Vol. 2",
        "Vol. 9",
        "Vol. 10",
        "Vol. 100",
    ]


def test_leading_zeros_do_not_change_a_numbers_place() -> None:
    assert title_sort_key("Vol. 007") == title_sort_key("Vol. 7")
    assert title_sort_key("Vol. 08") < title_sort_key("Vol. 10")


def test_sort_as_replaces_the_title() -> None:
    assert title_sort_key("Zebra soils", "Aardvark") == title_sort_key("Aardvark")
    assert title_sort_key("Zebra soils", "Aardvark") < title_sort_key("Beta")


def test_blank_sort_as_falls_back_to_the_title() -> None:
    assert title_sort_key("Zebra soils", "  ") == title_sort_key("Zebra soils")
    assert title_sort_key("Zebra soils", None) == title_sort_key("Zebra soils")


def test_bundled_titles_with_articles_sort_under_their_first_word() -> None:
    titles = [
        "The root of the matter",
        "Soil Management for Sustainable Food Production",
        "The policy challenges to managing global soil resources",
        "Putting Carbon back where it belongs",
        "The global potential for increased storage of carbon on land",
        "Kiss The Ground",
    ]
    assert sorted(titles, key=title_sort_key) == [
        "The global potential for increased storage of carbon on land",
        "Kiss The Ground",
        "The policy challenges to managing global soil resources",
        "Putting Carbon back where it belongs",
        "The root of the matter",
        "Soil Management for Sustainable Food Production",
    ]


def test_article_followed_by_a_quote_is_skipped() -> None:
    # Bundled titles: "The “4 per 1000” Research priorities" should sort next to a title
    # that starts with “4 per 1000”, not among the T's.
    assert title_sort_key("The “4 per 1000” Research priorities") == title_sort_key(
        "“4 per 1000” Research priorities"
    )


def test_elided_article_alone_is_kept() -> None:
    assert title_sort_key("L'") == "l'"


# readable_sort_key ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "sort_as", "readable"),
    [
        ("The 4 per 1000 Initiative", None, "4 per 1000 initiative"),
        ("Chapter 007 of 12", None, "chapter 7 of 12"),
        ("L’écologie", None, "ecologie"),
        ("2019", None, "2019"),
        ("The Title", "Sorted 2nd", "sorted 2nd"),
        ("", None, ""),
    ],
)
def test_readable_sort_key_is_the_key_without_number_padding(
    title: str, sort_as: str | None, readable: str
) -> None:
    assert readable_sort_key(title, sort_as) == readable
