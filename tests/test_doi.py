"""DOIs read from links: what tells two records of one publication apart."""

from __future__ import annotations

import pytest

from permille_desktop.domain.doi import doi_in


@pytest.mark.parametrize(
    ("url", "doi"),
    [
        ("https://doi.org/10.1016/j.soilbio.2019.107612", "10.1016/j.soilbio.2019.107612"),
        ("https://dx.doi.org/10.1016/J.SOILBIO.2019.107612", "10.1016/j.soilbio.2019.107612"),
        ("https://www.nature.com/articles/10.1038/nclimate3286.", "10.1038/nclimate3286"),
        (
            "https://example.org/view?doi=10.5194%2Fsoil-2-111-2016&lang=fr",
            "10.5194/soil-2-111-2016",
        ),
        ("https://doi.org/10.1016/S0140-6736(20)30183-5", "10.1016/s0140-6736(20)30183-5"),
    ],
)
def test_the_doi_of_a_link_is_found_in_lower_case(url: str, doi: str) -> None:
    assert doi_in(url) == doi


@pytest.mark.parametrize(
    "url", ["", "https://example.org/soils", "https://example.org/10.1/short-registrant"]
)
def test_links_without_a_doi_have_none(url: str) -> None:
    assert doi_in(url) is None
