"""The real main window, driven as a user drives it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QCheckBox, QLineEdit, QTableView, QTextBrowser, QTreeView

from permille_desktop.domain.model import Resource, ResourceType
from permille_desktop.gui.detail_view import DetailView
from permille_desktop.services.search_index import SortField
from permille_desktop.store.repository import CatalogStore

from .helpers import column, count_of, shown, type_search


def test_main_widgets_have_stable_object_names(window):
    for name, kind in [
        ("categoryTree", QTreeView),
        ("searchEdit", QLineEdit),
        ("exactCheck", QCheckBox),
        ("titleCheck", QCheckBox),
        ("contentCheck", QCheckBox),
        ("resourceTable", QTableView),
        ("detailView", QTextBrowser),
    ]:
        assert isinstance(window.findChild(kind, name), kind), name


def test_first_start_shows_the_bundled_library(window, data_dir: Path):
    assert (data_dir / "catalog.sqlite3").is_file()
    titles = shown(window)
    assert len(titles) == 24
    assert "Can Dirt Save the Earth?" in titles
    assert window.statusBar().findChildren(object)  # the count label lives there
    assert "24 of 24 resources" in _status(window)
    assert count_of(window, "All resources") == 24
    assert count_of(window, "Guides and reports") == 4


def test_restarting_adds_nothing_twice(open_window, data_dir: Path):
    first = open_window(data_dir)
    before = shown(first)
    first.close()
    second = open_window(data_dir)
    assert shown(second) == before


def test_typing_filters_the_table_and_the_status_bar(qtbot, window):
    type_search(qtbot, window, "sol")
    titles = shown(window)
    assert "Dossiers spéciaux : les sols" in titles
    assert len(titles) < 24
    assert f"{len(titles)} of 24 resources" in _status(window)


def test_search_folds_accents_and_case(qtbot, window):
    type_search(qtbot, window, "SPECIAUX")
    assert shown(window) == ["Dossiers spéciaux : les sols"]


def test_words_may_be_in_different_fields(qtbot, window):
    # "Lal" is an author, "negative emission" is in the title.
    type_search(qtbot, window, "lal negative")
    assert shown(window) == [
        "The role of industry and the private sector in promoting the “4 per 1000” "
        "initiative and other negative emission technologies"
    ]


def test_exact_matches_only_needs_the_phrase_in_one_piece(qtbot, window):
    type_search(qtbot, window, "carbon soil")
    loose = set(shown(window))
    window.ui.exactCheck.setChecked(True)
    exact = set(shown(window))
    assert exact < loose
    assert exact == set()  # nothing has "carbon soil" in that order
    type_search(qtbot, window, "soil carbon")
    assert shown(window)
    assert all("soil carbon" in _details_text(window, t).lower() for t in shown(window))


def test_title_and_content_toggles(qtbot, window):
    type_search(qtbot, window, "Tickell")
    assert shown(window) == [
        "Kiss The Ground: Regenerative Agriculture, The solution is right under your feet"
    ]
    window.ui.contentCheck.setChecked(False)
    assert shown(window) == []
    window.ui.titleCheck.setChecked(False)
    # With nothing to search in, the bar says so and the text filters nothing.
    assert window.ui.searchHint.isVisible()
    assert "Search in title" in window.ui.searchHint.text()
    assert len(shown(window)) == 24
    window.ui.titleCheck.setChecked(True)
    assert not window.ui.searchHint.isVisible()


def test_selecting_a_category_shows_it_and_its_descendants(qtbot, window):
    _click_category(qtbot, window, "News in the spotlight")
    in_parent = set(shown(window))
    assert len(in_parent) == count_of(window, "News in the spotlight")
    _click_category(qtbot, window, "Guides and reports")
    assert set(shown(window)) < in_parent
    assert len(shown(window)) == 4


def test_ctrl_click_selects_the_union_of_categories(qtbot, window):
    _click_category(qtbot, window, "Guides and reports")
    guides = set(shown(window))
    _click_category(qtbot, window, "Official documents")
    official = set(shown(window))
    _click_category(qtbot, window, "Guides and reports", Qt.KeyboardModifier.ControlModifier)
    assert set(shown(window)) == guides | official


def test_counts_follow_the_search(qtbot, window):
    type_search(qtbot, window, "carbon")
    matching = len(shown(window))
    assert count_of(window, "All resources") == matching
    _click_category(qtbot, window, "Guides and reports")
    assert len(shown(window)) == count_of(window, "Guides and reports")
    assert count_of(window, "Guides and reports") < matching


def test_header_click_sorts_years_with_blanks_last_both_ways(qtbot, window):
    header = window.ui.resourceTable.horizontalHeader()
    year = column(SortField.YEAR)
    _click_header(qtbot, header, year)
    years = shown(window, SortField.YEAR)
    numbers = [int(y) for y in years if y]
    assert numbers == sorted(numbers)
    assert years[-4:] == ["", "", "", ""]
    _click_header(qtbot, header, year)
    years = shown(window, SortField.YEAR)
    numbers = [int(y) for y in years if y]
    assert numbers == sorted(numbers, reverse=True)
    assert years[-4:] == ["", "", "", ""]


def test_title_order_ignores_quotes_and_articles(window):
    titles = shown(window)
    global_potential = titles.index("The global potential for increased storage of carbon on land")
    assert titles[global_potential - 1].startswith("Drivers of long-term")
    assert titles[global_potential + 1].startswith("The Governance of the")
    assert titles[0] == "The “4 per 1000” Initiative’s YouTube channel"  # numbers first


def test_detail_pane_shows_database_text_as_plain_text(open_window, data_dir: Path):
    _add_resource(
        data_dir,
        title="<b>Bold</b> soils <img src='http://example.invalid/x.png'>",
        description="<script>alert(1)</script> carbon",
        url="javascript:alert(1)",
    )
    window = open_window(data_dir)
    _select_title(window, "<b>Bold</b> soils <img src='http://example.invalid/x.png'>")
    text = window.ui.detailView.toPlainText()
    assert "<b>Bold</b> soils <img src='http://example.invalid/x.png'>" in text
    assert "<script>alert(1)</script> carbon" in text
    assert not _anchors(window.ui.detailView)  # a javascript: link is not clickable


def test_detail_pane_highlights_the_search_terms(qtbot, window):
    type_search(qtbot, window, "ecologie carbon")
    window.ui.searchEdit.clear()
    type_search(qtbot, window, "carbon")
    _select_title(window, "Carbon Market Incentives to Conserve, Restore and Enhance Soil Carbon")
    highlighted = _highlighted(window.ui.detailView)
    assert "Carbon" in highlighted and "carbon" in highlighted


def test_links_open_in_the_browser_only_for_web_and_mail(qtbot):
    opened: list[str] = []
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    view = DetailView(browser, lambda ids: [], open_url=lambda url: opened.append(url.toString()))
    for url in [
        "https://4p1000.org",
        "http://x.org",
        "mailto:a@b.org",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "ftp://x.org",
    ]:
        view.open_link(QUrl(url))
    assert opened == ["https://4p1000.org", "http://x.org", "mailto:a@b.org"]


def test_safe_link_is_clickable_in_the_detail_pane(open_window, data_dir: Path):
    _add_resource(data_dir, title="Linked resource", url="https://4p1000.org/resources")
    window = open_window(data_dir)
    _select_title(window, "Linked resource")
    assert _anchors(window.ui.detailView) == ["https://4p1000.org/resources"]


def test_escape_clears_and_ctrl_f_focuses_the_search(qtbot, window):
    window.ui.resourceTable.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.searchEdit.hasFocus()
    type_search(qtbot, window, "carbon")
    assert len(shown(window)) < 24
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Escape)
    assert window.ui.searchEdit.text() == ""
    assert len(shown(window)) == 24


def test_type_filter(qtbot, window):
    menu = window.ui.typeButton.menu()
    videos = next(a for a in menu.actions() if a.text() == "Video")
    for action in menu.actions():
        if action.isCheckable() and action is not videos:
            action.setChecked(False)
    assert window.ui.typeButton.text() == "Video"
    assert set(shown(window, SortField.TYPE)) == {"Video"}
    next(a for a in menu.actions() if a.text() == "All types").trigger()
    assert len(shown(window)) == 24


def test_hostile_search_text_never_raises(qtbot, window):
    for text in ['"unbalanced', "' OR 1=1 --", "NEAR(a b", "*", "(", "\\", "x" * 10_000]:
        window.ui.searchEdit.setText(text)
        window.search_bar.flush()
        assert window.proxy.rowCount() >= 0


def test_layout_sort_toggles_and_category_come_back(qtbot, open_window, data_dir: Path):
    first = open_window(data_dir)
    header = first.ui.resourceTable.horizontalHeader()
    _click_header(qtbot, header, column(SortField.YEAR))
    _click_header(qtbot, header, column(SortField.YEAR))  # descending
    header.setSectionHidden(column(SortField.AUTHORS), True)
    header.moveSection(header.visualIndex(column(SortField.ADDED)), 0)
    header.resizeSection(column(SortField.TITLE), 401)
    first.ui.contentCheck.setChecked(False)
    first.ui.exactCheck.setChecked(True)
    _click_category(qtbot, first, "Guides and reports")
    first.ui.mainSplitter.setSizes([300, 700, 366])
    splitter = first.ui.mainSplitter.sizes()
    first.close()

    second = open_window(data_dir)
    header = second.ui.resourceTable.horizontalHeader()
    assert header.isSectionHidden(column(SortField.AUTHORS))
    assert header.logicalIndex(0) == column(SortField.ADDED)
    assert header.sectionSize(column(SortField.TITLE)) == 401
    assert header.sortIndicatorSection() == column(SortField.YEAR)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert second.proxy.query.sort is SortField.YEAR and second.proxy.query.descending
    assert not second.ui.contentCheck.isChecked()
    assert second.ui.exactCheck.isChecked()
    assert second.ui.titleCheck.isChecked()
    assert len(shown(second)) == 4
    assert second.ui.mainSplitter.sizes() == splitter


# Helpers -------------------------------------------------------------------------------------


def _status(window) -> str:
    return " ".join(label.text() for label in window.statusBar().findChildren(type(window._status)))


def _click_category(qtbot, window, name: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    tree = window.ui.categoryTree
    index = window._tree_model.findItems(name, Qt.MatchFlag.MatchRecursive)[0].index()
    tree.scrollTo(index)
    rect = tree.visualRect(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def _click_header(qtbot, header, section: int) -> None:
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def _select_title(window, title: str) -> None:
    titles = shown(window)
    window.ui.resourceTable.selectRow(titles.index(title))


def _details_text(window, title: str) -> str:
    _select_title(window, title)
    return window.ui.detailView.toPlainText()


def _fragments(browser: QTextBrowser):
    block = browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid():
                yield fragment
            iterator += 1
        block = block.next()


def _anchors(browser: QTextBrowser) -> list[str]:
    return [f.charFormat().anchorHref() for f in _fragments(browser) if f.charFormat().isAnchor()]


def _highlighted(browser: QTextBrowser) -> list[str]:
    plain = QTextCharFormat().background()
    return [f.text() for f in _fragments(browser) if f.charFormat().background() != plain]


def _add_resource(data_dir: Path, title: str, description: str = "", url: str = "") -> None:
    from permille_desktop.services.catalog import CatalogService

    CatalogService.open(data_dir).close()  # seeds the bundled catalog first
    store = CatalogStore.open(data_dir)
    category = store.categories()[0].id
    now = datetime.now(UTC)
    store.add_resources(
        [
            Resource(
                uuid="00000000-0000-4000-8000-000000000001",
                title=title,
                type=ResourceType.ARTICLE,
                added=now,
                modified=now,
                description=description,
                url=url,
                category_ids=(category,),
            )
        ]
    )
    store.close()


def test_column_chooser_hides_and_shows_columns(window):
    header = window.ui.resourceTable.horizontalHeader()
    menu = window.column_menu()
    entries = {a.text(): a for a in menu.actions()}
    assert list(entries) == ["Title", "Authors", "Year", "Type", "Categories", "Added"]
    entries["Categories"].setChecked(False)
    assert header.isSectionHidden(column(SortField.CATEGORIES))
    entries["Categories"].setChecked(True)
    assert not header.isSectionHidden(column(SortField.CATEGORIES))


def test_the_last_visible_column_cannot_be_hidden(window):
    header = window.ui.resourceTable.horizontalHeader()
    for number in range(1, header.count()):
        header.setSectionHidden(number, True)
    title = next(a for a in window.column_menu().actions() if a.text() == "Title")
    assert not title.isEnabled()


def test_search_waits_for_a_pause_in_typing(qtbot, window):
    qtbot.keyClicks(window.ui.searchEdit, "carbon")
    assert window.proxy.query.text == ""  # not one search per keystroke
    qtbot.waitUntil(lambda: window.proxy.query.text == "carbon", timeout=2000)


def test_down_arrow_moves_from_the_search_to_the_results(qtbot, window):
    type_search(qtbot, window, "carbon")
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Down)
    table = window.ui.resourceTable
    assert table.hasFocus()
    assert table.currentIndex().row() == 0
    assert shown(window)[0] in window.ui.detailView.toPlainText()


def test_selection_survives_a_new_search(qtbot, window):
    title = "Carbon Market Incentives to Conserve, Restore and Enhance Soil Carbon"
    _select_title(window, title)
    type_search(qtbot, window, "carbon market")
    table = window.ui.resourceTable
    assert table.currentIndex().data() == title
    assert title in window.ui.detailView.toPlainText()
