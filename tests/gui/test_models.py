"""The Qt models under pytest-qt's model tester, and the proxy's contract with the index."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from permille_desktop.domain.model import Category, Resource, ResourceType
from permille_desktop.domain.query import SearchOptions
from permille_desktop.gui.category_tree import CATEGORY_ID_ROLE, COUNT_COLUMN, CategoryTreeModel
from permille_desktop.gui.resource_table import (
    COLUMNS,
    SORT_ROLE,
    UUID_ROLE,
    ResourceProxyModel,
    ResourceTableModel,
)
from permille_desktop.services.search_index import BrowseQuery, SearchIndex, SortField

CATEGORIES = [
    Category(1, "Articles", None, 0),
    Category(2, "Mainstream media", 1, 0),
    Category(3, "Reports", None, 1),
]


def _resources() -> list[Resource]:
    now = datetime(2026, 1, 2, tzinfo=UTC)
    titles = ["Vol. 10 of soils", "Vol. 2 of soils", "« L’agroécologie »", "The carbon book"]
    return [
        Resource(
            uuid=f"00000000-0000-4000-8000-00000000000{n}",
            title=title,
            type=ResourceType.ARTICLE if n % 2 else ResourceType.REPORT,
            added=now,
            modified=now,
            year=None if n == 3 else 2000 + n,
            authors=(f"Author {n}",),
            description="topsoil carbon" if n == 1 else "",
            category_ids=(2,) if n < 2 else (3,),
        )
        for n, title in enumerate(titles)
    ]


def _proxy() -> ResourceProxyModel:
    index = SearchIndex.from_resources(_resources(), CATEGORIES)
    proxy = ResourceProxyModel(ResourceTableModel(index))
    proxy.refresh()
    return proxy


def test_table_and_proxy_pass_the_model_tester(qtmodeltester):
    proxy = _proxy()
    qtmodeltester.check(proxy.sourceModel())
    qtmodeltester.check(proxy)
    proxy.set_query(BrowseQuery(text="soil"))
    qtmodeltester.check(proxy)


def test_category_tree_passes_the_model_tester(qtmodeltester):
    model = CategoryTreeModel(CATEGORIES)
    model.set_counts(4, {1: 2, 2: 2, 3: 2})
    qtmodeltester.check(model)


def test_proxy_sorts_through_the_index_in_natural_title_order():
    proxy = _proxy()
    titles = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert titles == [
        "« L’agroécologie »",
        "The carbon book",
        "Vol. 2 of soils",
        "Vol. 10 of soils",
    ]
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == titles[::-1]


def test_proxy_filters_through_the_index():
    proxy = _proxy()
    proxy.set_query(BrowseQuery(text="ecologie"))
    assert proxy.rowCount() == 1
    proxy.set_query(BrowseQuery(text="topsoil", options=SearchOptions(in_content=False)))
    assert proxy.rowCount() == 0
    proxy.set_query(BrowseQuery(categories=frozenset({1})))
    assert {proxy.index(r, 0).data(UUID_ROLE)[-1] for r in range(proxy.rowCount())} == {"0", "1"}


def test_roles_carry_native_values():
    proxy = _proxy()
    year = next(n for n, c in enumerate(COLUMNS) if c.key is SortField.YEAR)
    values = [proxy.index(r, year).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert None in values and 2001 in values
    assert proxy.headerData(year, Qt.Orientation.Horizontal) == "Year"


def test_category_counts_show_in_their_own_column():
    model = CategoryTreeModel(CATEGORIES)
    model.set_counts(4, {1: 2, 2: 2})
    root = model.all_resources_index()
    assert root.siblingAtColumn(COUNT_COLUMN).data() == "4"
    articles = model.index_of(1)
    assert articles is not None and articles.data(CATEGORY_ID_ROLE) == 1
    reports = model.index_of(3)
    assert reports is not None and reports.siblingAtColumn(COUNT_COLUMN).data() == "0"


def test_category_tree_in_curator_mode_passes_the_model_tester(qtmodeltester):
    model = CategoryTreeModel(CATEGORIES)
    model.editable = True
    qtmodeltester.check(model)


def test_a_title_that_looks_like_markup_shows_as_typed_in_its_tooltip():
    from PySide6.QtGui import QTextDocument

    now = datetime(2026, 1, 2, tzinfo=UTC)
    title = "<b>Bold</b> claims & <i>soils</i>"
    resource = Resource(uuid="u", title=title, type=ResourceType.REPORT, added=now, modified=now)
    proxy = ResourceProxyModel(ResourceTableModel(SearchIndex.from_resources([resource], [])))
    proxy.refresh()
    tooltip = proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    document = QTextDocument()
    document.setHtml(tooltip)  # the way Qt reads a tooltip that looks like markup
    assert document.toPlainText() == title
