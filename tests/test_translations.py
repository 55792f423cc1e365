"""The interface's translations: every text of the code reaches pyside6-lupdate, every text is
translated in translations/*.ts, and each translation keeps what the code relies on (its
{placeholders}, the plural's number, one keyboard mnemonic) and French typography."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "permille_desktop"
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("en", "fr", "es")

# The Qt calls whose string arguments the user reads.
_SHOWN_BY = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setLabelText",
    "setInformativeText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTabText",
    "setTitle",
    "addAction",
    "addMenu",
    "addButton",
    "addItem",
    "showMessage",
    "setHorizontalHeaderLabels",
    "QAction",
    "QLabel",
    "QMenu",
    "QPushButton",
    "QCheckBox",
    "message_box",
    "tell",
    "warn",
}


def _code_files() -> list[Path]:
    generated = PACKAGE / "gui" / "_generated"
    gui = [p for p in sorted((PACKAGE / "gui").glob("*.py")) if generated not in p.parents]
    return [PACKAGE / "app.py", *gui]


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _written_words(node: ast.expr) -> str:
    """The text a string or f-string argument spells out itself, markup left out."""
    if _literal(node):
        text = node.value  # type: ignore[union-attr]
    elif isinstance(node, ast.JoinedStr):
        text = "{}".join(part.value for part in node.values if isinstance(part, ast.Constant))
    else:
        return ""
    return re.sub(r"<[^>]*>", "", text)


def _is_qt_translate(function: ast.expr) -> bool:
    if isinstance(function, ast.Name):
        return function.id == "translate"
    return (
        isinstance(function, ast.Attribute)
        and function.attr == "translate"
        and _name(function.value) in ("QCoreApplication", "QGuiApplication", "QApplication")
    )


def _translations_in(path: Path) -> tuple[set[tuple[str, str, bool]], list[str]]:
    """The (context, text, plural) of every translation call in ``path``, and the calls that
    lupdate cannot read (so their texts would never be translated)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    classes = {node.name for node in tree.body if isinstance(node, ast.ClassDef)}
    found: set[tuple[str, str, bool]] = set()
    hidden: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        function = node.func
        if _name(function) == "tr" and isinstance(function, ast.Attribute):
            owner = function.value
            # lupdate takes the name before ".tr" as the context; at run time it is the
            # class's own name, so it must be a class of this module, spelled as defined.
            if not (isinstance(owner, ast.Name) and owner.id in classes):
                if not (path.name == "translation.py" and _name(owner) == "cls"):
                    hidden.append(f"{where}: .tr() on {ast.unparse(owner)}, not a class here")
                continue
            if not node.args or not _literal(node.args[0]):
                hidden.append(f"{where}: .tr() of a text lupdate cannot read")
                continue
            if len(node.args) > 1 and not (
                isinstance(node.args[1], ast.Constant) and node.args[1].value is None
            ):
                hidden.append(f"{where}: .tr() with a disambiguation (not supported here)")
            found.add((owner.id, node.args[0].value, len(node.args) > 2))  # type: ignore[union-attr]
        elif _is_qt_translate(function) and path.name != "translation.py":
            # QCoreApplication.translate("Context", "text") is read by lupdate, but not with a
            # count given as a variable: plurals go through .tr().
            args = node.args
            if len(args) < 2 or not (_literal(args[0]) and _literal(args[1])) or len(args) > 3:
                hidden.append(f"{where}: translate() that lupdate cannot read")
            else:
                found.add((args[0].value, args[1].value, False))  # type: ignore[union-attr]
        elif _name(function) in _SHOWN_BY:
            hidden += [
                f"{where}: untranslated text {ast.unparse(arg)}"
                for arg in node.args
                if re.search(r"[A-Za-z]{2}", _written_words(arg))
            ]
    return found, hidden


def _messages(language: str) -> list[ET.Element]:
    root = ET.parse(TRANSLATIONS / f"permille_desktop_{language}.ts").getroot()
    return [
        message
        for context in root.iter("context")
        for message in context.iter("message")
        # Unfinished ones are the completeness test's concern.
        if message.find("translation") is not None
        and message.find("translation").get("type") != "unfinished"  # type: ignore[union-attr]
    ]


def _keys(language: str) -> set[tuple[str, str, bool]]:
    root = ET.parse(TRANSLATIONS / f"permille_desktop_{language}.ts").getroot()
    return {
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.get("numerus") == "yes",
        )
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


def test_every_text_of_the_code_is_translated_in_every_ts_file():
    # lupdate reads the code afresh: a new text (or a changed one) fails until translated.
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_no_text_is_hidden_from_lupdate():
    hidden = [problem for path in _code_files() for problem in _translations_in(path)[1]]
    assert hidden == []


def test_lupdate_files_each_text_as_the_code_asks_for_it():
    # What Python reads from the code (escapes included) is what the .ts files hold.
    in_code = set().union(*(_translations_in(path)[0] for path in _code_files()))
    assert in_code, "no translated texts found in the code"
    for language in ("fr", "es"):
        assert in_code - _keys(language) == set(), language
    plurals = {key for key in in_code if key[2]}
    assert plurals - _keys("en") == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_plural_numbers_and_mnemonics(language):
    problems = []
    for message in _messages(language):
        source = message.findtext("source") or ""
        forms = _forms(message)
        plural = message.get("numerus") == "yes"
        for form in forms:
            if set(re.findall(r"\{\w*\}", form)) != set(re.findall(r"\{\w*\}", source)):
                problems.append(f"placeholders: {source!r} → {form!r}")
            if _mnemonics(form) != _mnemonics(source):
                problems.append(f"mnemonic: {source!r} → {form!r}")
            if form.count("\n") != source.count("\n"):
                problems.append(f"line breaks: {source!r} → {form!r}")
        if plural and not any(re.search(r"%L?n", form) for form in forms):
            problems.append(f"plural without its number: {source!r}")
        if plural and len(forms) != 2:
            problems.append(f"{len(forms)} plural forms: {source!r}")
    assert problems == []


# A colon, semicolon, question or exclamation mark that ends a clause, and the guillemets'
# insides, take a no-break space (thin before ; ? !), never a plain one or none; quotations
# are in guillemets.
_NOT_FRENCH = re.compile(r"[^\u00a0\u202f][:;?!](\s|$)| [:;?!»]|«[^\u00a0]|[^\u00a0]»|[“”]")


def test_french_puts_no_break_spaces_where_french_typography_wants_them():
    forms = [form for message in _messages("fr") for form in _forms(message)]
    assert [form for form in forms if _NOT_FRENCH.search(form)] == []
