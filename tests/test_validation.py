"""The rules a resource must meet before the dialog saves it."""

from __future__ import annotations

from datetime import date

import pytest

from permille_desktop.domain.validation import (
    DraftFields,
    Field,
    Problem,
    parse_year,
    problems,
    url_problem,
    year_problem,
    year_range,
)

TODAY = date(2026, 3, 15)


def test_a_complete_draft_has_no_problems():
    fields = DraftFields(title="Soils", year="2019", url="https://4p1000.org", category_ids=[3])
    assert problems(fields, TODAY) == {}


def test_an_empty_draft_needs_a_title_and_a_category_only():
    assert problems(DraftFields(), TODAY) == {
        Field.TITLE: Problem.TITLE_MISSING,
        Field.CATEGORIES: Problem.CATEGORY_MISSING,
    }


@pytest.mark.parametrize("title", ["", "   ", "\t\n", "\u00a0"])
def test_a_blank_title_is_missing(title: str):
    found = problems(DraftFields(title=title, category_ids=[1]), TODAY)
    assert found == {Field.TITLE: Problem.TITLE_MISSING}


def test_problems_come_in_the_order_of_the_form():
    found = problems(DraftFields(year="x", url="ftp://a.org"), TODAY)
    assert list(found) == [Field.TITLE, Field.YEAR, Field.URL, Field.CATEGORIES]


def test_the_last_acceptable_year_is_next_year():
    assert year_range(date(2026, 1, 1)) == (1800, 2027)
    assert year_range(date(2030, 12, 31)) == (1800, 2031)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("  ", None),
        ("1800", None),
        (" 1999 ", None),
        ("2027", None),
        ("1799", Problem.YEAR_OUT_OF_RANGE),
        ("2028", Problem.YEAR_OUT_OF_RANGE),
        ("0", Problem.YEAR_OUT_OF_RANGE),
        ("20x4", Problem.YEAR_NOT_A_NUMBER),
        ("2019.5", Problem.YEAR_NOT_A_NUMBER),
        ("-2000", Problem.YEAR_NOT_A_NUMBER),
        ("+2000", Problem.YEAR_NOT_A_NUMBER),
        ("2_000", Problem.YEAR_NOT_A_NUMBER),
        ("２０１９", Problem.YEAR_NOT_A_NUMBER),  # full-width digits
        ("2019 2020", Problem.YEAR_NOT_A_NUMBER),
    ],
)
def test_year(text: str, expected: Problem | None):
    assert year_problem(text, TODAY) is expected


def test_the_year_range_follows_the_date_given():
    assert year_problem("2028", date(2027, 6, 1)) is None
    assert year_problem("2028", date(2026, 12, 31)) is Problem.YEAR_OUT_OF_RANGE


def test_parse_year():
    assert parse_year(" 2019 ") == 2019
    assert parse_year("") is None
    assert parse_year("20x4") is None
    assert parse_year("²") is None


@pytest.mark.parametrize(
    "url",
    [
        "",
        "http://example.org",
        "https://4p1000.org/resources/page?id=3#top",
        "HTTPS://WWW.FAO.ORG/",
        "https://user:secret@example.org:8443/path",
        "http://localhost:8000/",
        "http://127.0.0.1/",
        "http://[::1]/",
        "https://écologie.fr/sols",
        "https://xn--cologie-bya.fr/",
        "mailto:secretariat@4p1000.org",
        "mailto:a@example.org,b@example.org?subject=Soils",
        "  https://example.org  ",
    ],
)
def test_acceptable_urls(url: str):
    assert url_problem(url) is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("example", Problem.URL_SCHEME),
        ("www.example.org", Problem.URL_SCHEME),
        ("ftp://example.org/file", Problem.URL_SCHEME),
        ("file:///etc/passwd", Problem.URL_SCHEME),
        ("javascript:alert(1)", Problem.URL_SCHEME),
        ("http://", Problem.URL_HOST),
        ("https://", Problem.URL_HOST),
        ("http:example.org", Problem.URL_HOST),
        ("http://example", Problem.URL_HOST),
        ("http://example..org", Problem.URL_HOST),
        ("http://-example.org", Problem.URL_HOST),
        ("http://example.org:port/", Problem.URL_HOST),
        ("http://example.org:99999/", Problem.URL_HOST),
        ("http://[::1/", Problem.URL_HOST),
        ("http://exa mple.org", Problem.URL_SPACES),
        ("https://example.org/a page", Problem.URL_SPACES),
        ("mailto:", Problem.URL_MAIL_ADDRESS),
        ("mailto:someone", Problem.URL_MAIL_ADDRESS),
        ("mailto:@example.org", Problem.URL_MAIL_ADDRESS),
        ("mailto:someone@", Problem.URL_MAIL_ADDRESS),
        ("mailto:someone@example", Problem.URL_MAIL_ADDRESS),
        ("mailto:a@b@example.org", Problem.URL_MAIL_ADDRESS),
        ("mailto:a@example.org,", Problem.URL_MAIL_ADDRESS),
    ],
)
def test_rejected_urls(url: str, expected: Problem):
    assert url_problem(url) is expected
