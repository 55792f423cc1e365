"""Update the interface's translations, and compile them.

    python scripts/update_translations.py            # extract into translations/*.ts, compile
    python scripts/update_translations.py --compile  # only compile (setup and build do this)
    python scripts/update_translations.py --check    # fail if a .ts is stale or unfinished

pyside6-lupdate reads the texts from the code (``Context.tr("…")`` and
``QCoreApplication.translate("Context", "…")`` calls with literal texts) and from the Designer
forms in ui/, and merges them into translations/permille_desktop_<language>.ts: French and
Spanish in full, English (the source language) only for the plural forms. A new text arrives
unfinished, to be translated in the .ts (by hand or in Qt Linguist). pyside6-lrelease then
compiles each .ts into src/permille_desktop/translations/, where the app loads it; the
compiled files are not kept in git.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "permille_desktop"
TS_DIR = ROOT / "translations"
QM_DIR = PACKAGE / "translations"
CATALOG = "permille_desktop"
SOURCE_LANGUAGE = "en"
# The languages translated in full; the source language's .ts holds only plural forms.
TARGET_LANGUAGES = ("fr", "es")

# (context, source text, disambiguation, whether it has plural forms)
MessageKey = tuple[str, str, str, bool]


def ts_file(language: str) -> Path:
    return TS_DIR / f"{CATALOG}_{language}.ts"


def languages() -> tuple[str, ...]:
    return (SOURCE_LANGUAGE, *TARGET_LANGUAGES)


def sources() -> list[Path]:
    """The files lupdate reads: the code (not the forms compiled from ui/, read as forms)."""
    generated = PACKAGE / "gui" / "_generated"
    code = [p for p in sorted(PACKAGE.rglob("*.py")) if generated not in p.parents]
    return code + sorted((ROOT / "ui").glob("*.ui"))


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).with_name(name))


def lupdate(language: str, ts: Path) -> None:
    """Merge the texts of the code into ``ts`` (created if missing)."""
    options = ["-pluralonly"] if language == SOURCE_LANGUAGE else []
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            # No file names and line numbers: a .ts then changes only when a text does.
            "-locations",
            "none",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
            *options,
            *(str(p.relative_to(ROOT)) for p in sources()),
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT
    )


def compile_all() -> None:
    for language in languages():
        lrelease(ts_file(language), QM_DIR / f"{CATALOG}_{language}.qm")


def messages(ts: Path) -> dict[MessageKey, ET.Element]:
    """Every current message of a .ts file (obsolete and vanished ones left out)."""
    found: dict[MessageKey, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("obsolete", "vanished"):
                continue
            key = (
                name,
                message.findtext("source") or "",
                message.findtext("comment") or "",
                message.get("numerus") == "yes",
            )
            found[key] = message
    return found


def unfinished(ts: Path) -> list[MessageKey]:
    """The messages of ``ts`` without a finished translation."""
    return [key for key, message in messages(ts).items() if not _translated(message)]


def _translated(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return False
    forms = translation.findall("numerusform")
    return all(form.text for form in forms) if forms else bool(translation.text)


def check() -> list[str]:
    """What is wrong with the .ts files of the tree as it is: texts of the code missing from a
    .ts, texts a .ts still has but the code no longer does, and unfinished translations."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for language in languages():
            committed = ts_file(language)
            if not committed.exists():
                problems.append(f"{committed.relative_to(ROOT)} is missing")
                continue
            fresh = Path(scratch) / committed.name
            shutil.copy(committed, fresh)
            lupdate(language, fresh)
            before, after = set(messages(committed)), set(messages(fresh))
            name = committed.relative_to(ROOT)
            problems += [f"{name}: not in the .ts yet: {key}" for key in sorted(after - before)]
            problems += [f"{name}: no longer in the code: {key}" for key in sorted(before - after)]
            problems += [f"{name}: not translated: {key}" for key in unfinished(fresh)]
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--compile", action="store_true", help="only compile the .ts files")
    mode.add_argument("--check", action="store_true", help="fail if a .ts is not up to date")
    args = parser.parse_args()
    if args.check:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("run scripts/update_translations.py and translate the new texts", file=sys.stderr)
        return 1 if problems else 0
    if not args.compile:
        TS_DIR.mkdir(exist_ok=True)
        for language in languages():
            lupdate(language, ts_file(language))
        for language in languages():
            left = unfinished(ts_file(language))
            if left:
                print(f"{ts_file(language).name}: {len(left)} texts to translate", file=sys.stderr)
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
