"""A synthetic catalog for benchmarks: N resources written through the real store.

The bundled catalog is seeded first (24 resources and the site's 20 categories, through
``CatalogService.open``), then N generated resources are added with ``CatalogStore.add_resources``
in batches. Titles, authors and descriptions mix English and French soil-science vocabulary with
accents, so folding and substring search meet the text they meet in the field. The same seed
always gives the same catalog.

Run on its own to make a catalog to open in the app::

    python bench/synthetic.py /tmp/library --rows 100000
    permille-desktop --data-dir /tmp/library
"""

from __future__ import annotations

import argparse
import random
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import islice
from pathlib import Path

from permille_desktop.domain.model import Resource, ResourceType
from permille_desktop.services.catalog import CatalogService
from permille_desktop.store.repository import CatalogStore

BATCH_SIZE = 20_000

TITLE_WORDS_EN = (
    "soil", "soils", "carbon", "organic matter", "sequestration", "grassland", "grasslands",
    "cropland", "tillage", "no-till", "cover crops", "agroforestry", "climate", "mitigation",
    "adaptation", "food security", "smallholder", "farming", "nitrogen", "fertility",
    "biochar", "compost", "manure", "erosion", "restoration", "degraded land", "rangelands",
    "pastures", "livestock", "rice", "maize", "wheat", "yield", "stocks", "dynamics",
    "monitoring", "MRV", "policy", "carbon farming", "regenerative agriculture", "topsoil",
    "subsoil", "microbial", "biomass", "roots", "drylands", "peatlands", "wetlands",
)  # fmt: skip
TITLE_WORDS_FR = (
    "sol", "sols", "carbone", "matière organique", "agroécologie", "séquestration",
    "prairies", "élevage", "forêt", "forêts", "érosion", "biodiversité", "fertilité",
    "agriculture", "paysans", "sécurité alimentaire", "changement climatique", "atténuation",
    "résilience", "pâturages", "cultures", "jachère", "bocage", "écologie", "écosystèmes",
    "stockage", "humus", "légumineuses", "semis direct", "couverts végétaux", "rizières",
    "dégradation", "régénération", "territoires", "fermes", "qualité des sols",
)  # fmt: skip
PLACES = (
    "Africa", "Sahel", "France", "Brazil", "India", "Sénégal", "Burkina Faso", "Côte d'Ivoire",
    "Maroc", "Québec", "Bretagne", "Amazonia", "Kenya", "Ethiopia", "Madagascar", "Mexico",
    "Perú", "Colombia", "China", "Indonesia", "Australia", "Europe", "São Paulo", "Niger",
)  # fmt: skip
LINKS_EN = ("of", "in", "and", "for", "under", "across", "with", "from", "on")
LINKS_FR = ("de", "des", "du", "en", "et", "pour", "dans", "sur", "au", "à")
LEADS_EN = ("The", "A", "An", "Towards", "Assessing", "Managing", "Measuring", "Why")
LEADS_FR = ("Le", "La", "Les", "Une", "Vers", "Évaluer", "Gérer", "Quels", "Pourquoi")

DESCRIPTION_EN = (
    TITLE_WORDS_EN
    + PLACES
    + (
        "the", "the", "the", "of", "of", "and", "and", "in", "to", "a", "is", "that", "for",
        "with", "on", "by", "this", "study", "report", "results", "show", "practices",
        "farmers", "increase", "across", "long-term", "trials", "data", "across", "regions",
        "management", "we", "found", "significant", "effects", "per", "hectare", "annual",
        "rates", "estimated", "potential", "global", "initiative", "4 per 1000", "levels",
        "approach", "methods", "sampling", "depth", "years", "network", "scenario", "cost",
        "benefits", "health", "water", "quality", "inputs", "outputs", "co-benefits",
    )
)  # fmt: skip
DESCRIPTION_FR = (
    TITLE_WORDS_FR
    + PLACES
    + (
        "le", "la", "les", "les", "de", "de", "des", "du", "et", "et", "en", "à", "un",
        "une", "est", "qui", "pour", "dans", "sur", "par", "cette", "étude", "rapport",
        "résultats", "montrent", "pratiques", "agriculteurs", "augmentation", "essais",
        "données", "régions", "gestion", "nous", "avons", "effets", "significatifs", "par",
        "hectare", "taux", "annuels", "estimés", "potentiel", "mondial", "initiative",
        "4 pour 1000", "niveaux", "approche", "méthodes", "échantillonnage", "profondeur",
        "années", "réseau", "scénario", "coût", "bénéfices", "santé", "eau", "qualité",
        "intrants", "co-bénéfices", "élevé", "privilégié", "mesurées", "œuvre", "cœur",
    )
)  # fmt: skip

FIRST_NAMES = (
    "Élodie", "João", "Zoë", "François", "Hélène", "Søren", "Ana", "José", "Renée", "Miloš",
    "Chloé", "Nuno", "Inês", "Jürgen", "Bénédicte", "Aurélien", "Mariana", "Amadou", "Fatou",
    "Rattan", "Claire", "Pete", "Budiman", "Alessandra", "Jean-Luc", "Ngozi", "Kwame", "Ilona",
    "Łukasz", "Gérard", "Priya", "Wei", "Yasmine", "Óscar", "Noémie", "Tomáš", "Ayşe", "Lars",
)  # fmt: skip
LAST_NAMES = (
    "Martín", "Sá", "Havlík", "Dupré", "Chenu", "Soussana", "Lal", "Smith", "Minasny",
    "Paustian", "Müller", "Ndiaye", "Ouédraogo", "Rakotondrabe", "Gonçalves", "Pérez", "Ruíz",
    "Schmidt", "Nørgaard", "Kowalczyk", "Dvořák", "Bossio", "Lefèvre", "Côté", "Brossard",
    "Barthès", "Demenois", "Rumpel", "Amundson", "Wang", "Zhang", "Singh", "Diallo", "Öztürk",
    "Ferreira", "Tittonell", "Vågen", "Arrouays", "Pellerin", "Bünemann", "Sanderman",
)  # fmt: skip
VENUES = (
    "Global Change Biology", "Geoderma", "Nature Sustainability", "Soil Biology and Biochemistry",
    "Agriculture, Ecosystems & Environment", "European Journal of Soil Science",
    "Étude et Gestion des Sols", "Cahiers Agricultures", "Agronomy for Sustainable Development",
    "Innovations Agronomiques", "FAO report", "INRAE Éditions", "CIRAD", "IPCC", "World Bank",
    "Le Monde", "The Guardian", "Courrier de la Planète", "Sciences Eaux & Territoires",
    "Nature Climate Change", "Regional Environmental Change", "SOIL",
    "Land Degradation & Development",
)  # fmt: skip

# Weights roughly like the site's: mostly articles and reports.
TYPES = tuple(ResourceType)
TYPE_WEIGHTS = (40, 20, 5, 6, 12, 10, 4, 3)

START = datetime(2015, 1, 1, tzinfo=UTC)
SPAN_SECONDS = int((datetime(2025, 12, 31, tzinfo=UTC) - START).total_seconds())


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    """Word pools for one language."""

    title_words: Sequence[str]
    links: Sequence[str]
    leads: Sequence[str]
    description_words: Sequence[str]
    language: str


ENGLISH = _Vocabulary(TITLE_WORDS_EN, LINKS_EN, LEADS_EN, DESCRIPTION_EN, "en")
FRENCH = _Vocabulary(TITLE_WORDS_FR, LINKS_FR, LEADS_FR, DESCRIPTION_FR, "fr")
# Titles borrow from the other language now and then, as the library's do.
MIXED_EN = _Vocabulary(TITLE_WORDS_EN + TITLE_WORDS_FR[:12], LINKS_EN, LEADS_EN, (), "en")
MIXED_FR = _Vocabulary(TITLE_WORDS_FR + TITLE_WORDS_EN[:12], LINKS_FR, LEADS_FR, (), "fr")


def author_pool(rng: random.Random, size: int = 3000) -> list[str]:
    """Generated names, some as "First Last", some as "Last F." (authors recur across works)."""
    names = []
    for _ in range(size):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        names.append(f"{last} {first[0]}." if rng.random() < 0.35 else f"{first} {last}")
    return names


def make_title(rng: random.Random, vocabulary: _Vocabulary) -> str:
    """6 to 14 words: maybe a lead word, topics joined by small words, maybe a place, a number."""
    target = rng.randint(6, 14)
    tail = [rng.choice(PLACES)] if rng.random() < 0.4 else []
    if rng.random() < 0.1:
        tail.append(f"({rng.randint(1, 30)})")  # numbered series, for natural sorting
    limit = target - sum(len(part.split()) for part in tail)
    words = [rng.choice(vocabulary.leads)] if rng.random() < 0.3 else []
    topics = rng.choices(vocabulary.title_words, k=target)
    links = rng.choices(vocabulary.links, k=target)
    for topic, link in zip(topics, links, strict=True):
        words += topic.split()
        if len(words) >= limit:
            break
        if rng.random() < 0.5:
            words.append(link)
    title = " ".join(words[:limit] + tail)
    return title[0].upper() + title[1:]


def make_description(rng: random.Random, vocabulary: _Vocabulary) -> str:
    """100 to 200 words in sentences of 8 to 20 words."""
    words = rng.choices(vocabulary.description_words, k=rng.randint(100, 200))
    sentences = []
    start = 0
    while start < len(words):
        end = start + rng.randint(8, 20)
        sentence = " ".join(words[start:end])
        sentences.append(sentence[0].upper() + sentence[1:] + ".")
        start = end
    return " ".join(sentences)


def make_resource(
    rng: random.Random, authors: Sequence[str], category_ids: Sequence[int]
) -> Resource:
    french = rng.random() < 0.4
    vocabulary = FRENCH if french else ENGLISH
    added = START + timedelta(seconds=rng.randrange(SPAN_SECONDS))
    modified = added + timedelta(seconds=rng.randrange(86_400 * 400))
    identifier = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    kind = rng.choices(TYPES, TYPE_WEIGHTS)[0]
    year = None if rng.random() < 0.08 else rng.randint(1990, 2025)
    return Resource(
        uuid=identifier,
        title=make_title(rng, MIXED_FR if french else MIXED_EN),
        type=kind,
        added=added,
        modified=modified,
        year=year,
        authors=tuple(rng.sample(authors, rng.randint(1, 6))),
        venue=f"{rng.choice(VENUES)} {rng.randint(1, 80)}({rng.randint(1, 12)})",
        description=make_description(rng, vocabulary),
        url=f"https://doi.org/10.{rng.randint(1000, 9999)}/{identifier[:8]}",
        language=vocabulary.language,
        category_ids=tuple(rng.sample(category_ids, rng.choice((1, 1, 1, 2)))),
    )


def generate(rng: random.Random, rows: int, category_ids: Sequence[int]) -> Iterator[Resource]:
    authors = author_pool(rng)
    for _ in range(rows):
        yield make_resource(rng, authors, category_ids)


def build_catalog(data_dir: Path, rows: int, seed: int = 4) -> None:
    """Create the catalog in ``data_dir``: the bundled one, plus ``rows`` generated resources."""
    CatalogService.open(data_dir).close()
    store = CatalogStore.open(data_dir)
    try:
        category_ids = [c.id for c in store.categories()]
        resources = generate(random.Random(seed), rows, category_ids)
        while batch := list(islice(resources, BATCH_SIZE)):
            store.add_resources(batch)
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, help="folder for the new catalog")
    parser.add_argument("--rows", type=int, default=100_000, help="generated resources")
    parser.add_argument("--seed", type=int, default=4, help="random seed")
    args = parser.parse_args()
    start = time.perf_counter()
    build_catalog(args.data_dir, args.rows, args.seed)
    print(f"built {args.rows} resources in {args.data_dir} in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
