"""Words and id sets: what the word index is made of, without a store."""

from __future__ import annotations

import random

import pytest

from permille_desktop.domain.id_sets import (
    byte_mask,
    from_bitmap,
    smaller_form,
    to_bitmap,
    with_ids,
    without_ids,
)
from permille_desktop.domain.query import FIELD_SEPARATOR
from permille_desktop.domain.search_text import SearchText
from permille_desktop.domain.words import is_one_word, words


def _text(title: str, content: str) -> SearchText:
    return SearchText(title=title, content=content, title_key=title, authors="")


def test_words_are_the_runs_between_whitespace_of_title_and_content() -> None:
    text = _text("healthy soil", "carbon; soil\tl'eau co2-rich\nend")
    assert words(text) == {"healthy", "soil", "carbon;", "l'eau", "co2-rich", "end"}


@pytest.mark.parametrize("term", ["soil", "l'eau", "co2-rich", "4/1000", "é"])
def test_terms_without_whitespace_are_one_word(term: str) -> None:
    assert is_one_word(term)


@pytest.mark.parametrize("term", ["", "soil carbon", " soil", f"a{FIELD_SEPARATOR}b", "a\u00a0b"])
def test_empty_terms_and_terms_with_whitespace_are_not(term: str) -> None:
    assert not is_one_word(term)


def test_a_one_word_term_is_in_the_text_exactly_when_it_is_in_one_of_its_words() -> None:
    """What makes the word index exact: checked on random text and every kind of term."""
    rng = random.Random(7)
    alphabet = "aeiost;'-" + " " * 3 + FIELD_SEPARATOR + "\n"
    for _ in range(300):
        title = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        content = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        whole = title + FIELD_SEPARATOR + content
        found = words(_text(title, content))
        for _ in range(20):
            start = rng.randrange(len(whole))
            term = whole[start : start + rng.randint(1, 5)]
            if rng.random() < 0.3:
                term = "".join(rng.choice("aeiost") for _ in range(rng.randint(1, 3)))
            if is_one_word(term):
                assert (term in whole) == any(term in word for word in found), (whole, term)


def test_a_few_ids_stay_a_list_and_many_become_a_bitmap() -> None:
    assert smaller_form([3, 900, 4000]) == [3, 900, 4000]
    dense = list(range(0, 1000, 3))
    bitmap = smaller_form(dense)
    assert isinstance(bitmap, int)
    assert from_bitmap(bitmap) == dense
    assert smaller_form([]) == []


def test_bitmaps_round_trip_any_ids() -> None:
    rng = random.Random(3)
    for _ in range(50):
        ids = sorted(rng.sample(range(5000), rng.randint(0, 400)))
        assert from_bitmap(to_bitmap(ids)) == ids


def test_byte_mask_has_a_byte_per_id_and_at_least_the_size_asked() -> None:
    mask = byte_mask(to_bitmap([0, 9, 17]), 40)
    assert len(mask) >= 40
    assert [i for i, b in enumerate(mask) if b] == [0, 9, 17]
    assert len(byte_mask(to_bitmap([100]), 10)) > 100


def test_adding_ids_keeps_the_form_of_a_bitmap_and_merges_a_list() -> None:
    bitmap = to_bitmap(range(64))
    grown = with_ids(bitmap, [70, 3])
    assert isinstance(grown, int)
    assert from_bitmap(grown) == [*range(64), 70]
    assert with_ids([5, 9000], [7, 5]) == [5, 7, 9000]


def test_removing_ids_from_a_list_keeps_the_others_in_order() -> None:
    assert without_ids([5, 7, 9000], [7, 4]) == [5, 9000]
    assert without_ids([5], [5]) == []


def test_a_bitmap_stays_one_while_it_is_the_smaller_form() -> None:
    bitmap = to_bitmap(range(64))
    kept = without_ids(bitmap, [3, 70])
    assert isinstance(kept, int)
    assert from_bitmap(kept) == [i for i in range(64) if i != 3]


def test_a_bitmap_that_lost_most_of_its_ids_becomes_a_list() -> None:
    left = without_ids(to_bitmap([*range(64), 5000]), range(63))
    assert left == [63, 5000]
    assert without_ids(to_bitmap(range(64)), range(64)) == []


def test_removing_ids_gives_what_the_set_difference_gives() -> None:
    rng = random.Random(11)
    for _ in range(100):
        ids = sorted(rng.sample(range(3000), rng.randint(0, 300)))
        gone = rng.sample(range(3000), rng.randint(0, 300))
        for form in (ids, smaller_form(ids), to_bitmap(ids)):
            left = without_ids(form, gone)
            expected = sorted(set(ids) - set(gone))
            assert (from_bitmap(left) if isinstance(left, int) else list(left)) == expected
            assert left == smaller_form(expected)
