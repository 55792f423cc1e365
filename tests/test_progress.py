"""Long work tells how far it got and stops when asked, leaving nothing half done: an export
leaves no file (nor a temporary one) and an old file as it was, an import's preview writes
nothing, a backup leaves no backup (nor its .partial)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from exchange_helpers import add_resources, tricky_resources
from permille_desktop.domain.backups import BackupReason
from permille_desktop.domain.exchange import ExchangeFormat
from permille_desktop.domain.progress import Cancelled, Progress, counted, report
from permille_desktop.services.catalog import CatalogService
from permille_desktop.services.exchange import atomic_write, export_resources, preview_import
from permille_desktop.store import backup_copy


@pytest.fixture
def catalog(data_dir: Path) -> Iterator[CatalogService]:
    opened = CatalogService.open(data_dir)
    yield opened
    opened.close()


class Recorder:
    """A progress callback that records what it is told, and says stop at the ``stop_at``-th
    call (never, if None)."""

    def __init__(self, stop_at: int | None = None) -> None:
        self.calls: list[tuple[int, int]] = []
        self._stop_at = stop_at

    def __call__(self, done: int, total: int) -> bool:
        self.calls.append((done, total))
        return self._stop_at is None or len(self.calls) < self._stop_at


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """Where files are exported: a folder of its own, beside the data folder."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*"))


# The hook itself ---------------------------------------------------------------------------------


def test_report_raises_cancelled_when_told_to_stop() -> None:
    report(None, 1, 2)
    report(lambda done, total: True, 1, 2)
    with pytest.raises(Cancelled):
        report(lambda done, total: False, 1, 2)


def test_counted_reports_before_each_item_and_stops_before_the_one_refused() -> None:
    recorder = Recorder(stop_at=3)
    taken = []
    with pytest.raises(Cancelled):
        for item in counted("abcde", recorder, 10, 20):
            taken.append(item)
    assert taken == ["a", "b"]
    assert recorder.calls == [(10, 20), (11, 20), (12, 20)]
    assert list(counted("abc", None, 0, 3)) == ["a", "b", "c"]


# Export -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(ExchangeFormat))
def test_an_export_tells_each_resource_read_then_formatted_and_ends_full(
    catalog: CatalogService, out: Path, fmt: ExchangeFormat
) -> None:
    uuids = [r.uuid for r in catalog.resources()]
    recorder = Recorder()
    result = export_resources(catalog, uuids, out / f"out{fmt.suffix}", fmt, progress=recorder)
    assert result.count == len(uuids)
    total = 2 * len(uuids)
    assert {t for _, t in recorder.calls} == {total}
    done = [d for d, _ in recorder.calls]
    assert done == sorted(done)
    assert set(range(len(uuids), total)) <= set(done)  # each resource formatted
    assert done[-1] == total


def old_target(folder: Path) -> Path:
    target = folder / "references.csv"
    target.write_text("the old export", encoding="utf-8")
    return target


# 24 resources: call 1 is before reading, 2 to 25 before formatting each, 26 before the file is
# made, 27 before its one chunk, 28 once it is whole, before it takes the old one's place.
@pytest.mark.parametrize("stop_at", [1, 5, 26, 27, 28])
def test_an_export_stopped_leaves_no_file_and_the_old_one_as_it_was(
    catalog: CatalogService, out: Path, stop_at: int
) -> None:
    target = old_target(out)
    uuids = [r.uuid for r in catalog.resources()]
    with pytest.raises(Cancelled):
        export_resources(catalog, uuids, target, ExchangeFormat.CSV, progress=Recorder(stop_at))
    assert files_in(out) == ["references.csv"]
    assert target.read_text(encoding="utf-8") == "the old export"


def test_an_export_stopped_while_writing_removes_its_temporary_file(
    catalog: CatalogService, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_resources(catalog, tricky_resources(catalog))  # a long description: many chunks
    monkeypatch.setattr(atomic_write, "_CHUNK_BYTES", 1024)
    target = old_target(out)
    uuids = [r.uuid for r in catalog.resources()]
    seen: list[list[str]] = []
    writing = 0

    def stop_in_the_middle_of_the_file(done: int, total: int) -> bool:
        nonlocal writing
        if done < total:
            return True
        writing += 1  # the first time: before the file is made; then once per chunk
        if writing == 4:
            seen.append(files_in(out))
            return False
        return True

    with pytest.raises(Cancelled):
        export_resources(
            catalog, uuids, target, ExchangeFormat.RIS, progress=stop_in_the_middle_of_the_file
        )
    assert len(seen[0]) == 2, seen  # the temporary file was there, half written
    assert files_in(out) == ["references.csv"]
    assert target.read_text(encoding="utf-8") == "the old export"


def test_write_atomically_asks_before_each_chunk_and_before_the_file_takes_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(atomic_write, "_CHUNK_BYTES", 4)
    target = tmp_path / "out.txt"
    recorder = Recorder()
    atomic_write.write_atomically(target, b"0123456789", recorder)
    assert recorder.calls == [(0, 10), (4, 10), (8, 10), (10, 10)]
    assert target.read_bytes() == b"0123456789"
    target.write_bytes(b"old")
    with pytest.raises(Cancelled):
        atomic_write.write_atomically(target, b"0123456789", Recorder(stop_at=4))
    assert files_in(tmp_path) == ["out.txt"]
    assert target.read_bytes() == b"old"


# Import preview -----------------------------------------------------------------------------------


def test_a_preview_tells_each_record_and_stopped_writes_nothing(
    catalog: CatalogService, out: Path
) -> None:
    source = out / "mine.csv"
    export_resources(catalog, [r.uuid for r in catalog.resources()], source, ExchangeFormat.CSV)
    before = catalog.count()
    recorder = Recorder()
    preview = preview_import(catalog, source, progress=recorder)
    records = len(preview.matches) + len(preview.new) + len(preview.rejected)
    assert (0, 0) in recorder.calls  # before the file is read: no total yet
    assert (records - 1, records) in recorder.calls
    for stop_at in (1, 2, 3, 10):
        with pytest.raises(Cancelled):
            preview_import(catalog, source, progress=Recorder(stop_at))
    assert catalog.count() == before
    assert files_in(out) == ["mine.csv"]


# Backups ------------------------------------------------------------------------------------------


def test_a_backup_tells_the_pages_copied(catalog: CatalogService) -> None:
    recorder = Recorder()
    backup = catalog.back_up(BackupReason.MANUAL, progress=recorder)
    assert backup.path.is_file()
    pages = [(d, t) for d, t in recorder.calls if t > 1]
    assert pages and pages[-1][0] == pages[-1][1]  # every page copied


@pytest.mark.parametrize("stop_at", [1, 2, 3])  # copying, before the check, before the name
def test_a_backup_stopped_leaves_no_backup_and_no_partial_file(
    catalog: CatalogService, data_dir: Path, stop_at: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_copy, "PAGES_PER_STEP", 1_000_000)  # one step: three calls
    earlier = catalog.back_up(BackupReason.MANUAL)
    with pytest.raises(Cancelled):
        catalog.back_up(BackupReason.MANUAL, progress=Recorder(stop_at))
    assert [b.path for b in catalog.backups()] == [earlier.path]
    assert files_in(data_dir / "backups") == [earlier.path.name]


def test_a_backup_stopped_between_two_steps_of_the_copy_leaves_nothing(
    catalog: CatalogService, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_copy, "PAGES_PER_STEP", 1)
    calls: list[tuple[int, int]] = []

    def stop_half_way(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < total // 2

    with pytest.raises(Cancelled):
        catalog.back_up(BackupReason.MANUAL, progress=stop_half_way)
    assert len(calls) > 2 and calls[-1][0] < calls[-1][1]  # stopped during the copy
    assert catalog.backups() == []
    assert files_in(data_dir / "backups") == []


def test_progress_keeps_the_old_calls_working(catalog: CatalogService, out: Path) -> None:
    # Every hook is optional: callers that pass none see no difference.
    hooks: list[Callable[[], object]] = [
        lambda: catalog.back_up(BackupReason.MANUAL),
        lambda: export_resources(catalog, [], out / "empty.ris", ExchangeFormat.RIS),
    ]
    for hook in hooks:
        hook()
    assert (out / "empty.ris").exists()
    assert len(catalog.backups()) == 1


def test_progress_is_a_plain_callable() -> None:
    recorder: Progress = Recorder()
    assert recorder(1, 2) is True
