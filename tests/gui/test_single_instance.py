"""One window per data folder: later starts hand over, stale locks are taken over.

The first instance runs in the test process (its guard answers while qtbot waits); later
starts run as real processes of the app, `python -m permille_desktop --data-dir DIR`.
"""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSysInfo
from PySide6.QtNetwork import QLocalSocket

from permille_desktop import app as app_module
from permille_desktop.gui import single_instance
from permille_desktop.gui.single_instance import (
    LOCK_FILE_NAME,
    Claim,
    SingleInstance,
    bring_to_front,
    server_name,
)

from .message_boxes import MessageBoxes

SRC = Path(__file__).resolve().parents[2] / "src"
# A later start imports Qt and the app before it can hand over: seconds on a slow machine.
EXIT_TIMEOUT_MS = 30_000

# A process holding a folder's guard, then doing nothing: it never runs an event loop, so it
# never answers, like a window that hangs.
HOLD_AND_HANG = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from permille_desktop.gui.single_instance import Claim, SingleInstance
app = QCoreApplication([])
guard = SingleInstance(Path(sys.argv[1]))
print(guard.claim().name, flush=True)
time.sleep(120)
"""


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(SRC)}


@pytest.fixture
def processes() -> Iterator[Callable[..., subprocess.Popen[str]]]:
    """Starts Python processes, and kills those still running after the test."""
    started: list[subprocess.Popen[str]] = []

    def start(*args: str) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, *args],
            env=_env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=10)


@pytest.fixture
def guards() -> Iterator[Callable[..., SingleInstance]]:
    """Guards claimed in the test process, released after the test."""
    made: list[SingleInstance] = []

    def guard(data_dir: Path, **options: int) -> SingleInstance:
        data_dir.mkdir(parents=True, exist_ok=True)
        made.append(SingleInstance(data_dir, **options))
        return made[-1]

    yield guard
    for made_guard in made:
        made_guard.release()


def start_app(processes, data_dir: Path) -> subprocess.Popen[str]:
    return processes("-m", "permille_desktop", "--data-dir", str(data_dir))


def wait_for_exit(qtbot, process: subprocess.Popen[str]) -> int:
    # Waiting through qtbot runs the event loop, so the guard in this process can answer.
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=EXIT_TIMEOUT_MS)
    return process.returncode


def first_line(process: subprocess.Popen[str]) -> str:
    """The process's first line of output, waited for no longer than EXIT_TIMEOUT_MS."""
    assert process.stdout is not None
    stdout = process.stdout
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    return lines.get(timeout=EXIT_TIMEOUT_MS / 1000).strip()


def held_then_hung(processes, data_dir: Path) -> subprocess.Popen[str]:
    data_dir.mkdir(parents=True, exist_ok=True)
    holder = processes("-c", HOLD_AND_HANG, str(data_dir))
    assert first_line(holder) == Claim.FIRST.name
    return holder


def counter(guard: SingleInstance) -> list[int]:
    activations: list[int] = []
    guard.activated.connect(lambda: activations.append(1))
    return activations


# Handing over --------------------------------------------------------------------------------


def test_a_second_start_brings_the_open_window_forward_and_exits(
    qtbot, guards, open_window, processes, data_dir: Path
):
    guard = guards(data_dir)
    assert guard.claim() is Claim.FIRST
    window = open_window(data_dir)
    activations = counter(guard)
    guard.activated.connect(lambda: bring_to_front(window))
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)

    second = start_app(processes, data_dir)
    assert wait_for_exit(qtbot, second) == 0
    qtbot.waitUntil(lambda: activations == [1])
    assert window.isVisible()
    assert not window.isMinimized()
    assert second.communicate()[1] == ""


def test_the_second_start_never_opens_the_catalog(qtbot, guards, processes, data_dir: Path):
    guard = guards(data_dir)
    assert guard.claim() is Claim.FIRST
    activations = counter(guard)
    assert wait_for_exit(qtbot, start_app(processes, data_dir)) == 0
    assert activations == [1]
    assert sorted(p.name for p in data_dir.iterdir()) == [LOCK_FILE_NAME]


def test_the_real_app_hands_over_to_the_real_app(qtbot, guards, processes, data_dir: Path):
    first = start_app(processes, data_dir)
    qtbot.waitUntil(lambda: (data_dir / LOCK_FILE_NAME).exists(), timeout=EXIT_TIMEOUT_MS)
    # It answers once its window is built and its event loop runs, however slow the machine.
    probe = guards(data_dir, answer_timeout_ms=EXIT_TIMEOUT_MS)
    assert probe.claim() is Claim.HANDED_OVER
    second = start_app(processes, data_dir)
    assert wait_for_exit(qtbot, second) == 0
    assert first.poll() is None  # still open


def test_two_folders_have_a_window_each(qtbot, guards, processes, tmp_path: Path):
    first, second = guards(tmp_path / "first"), guards(tmp_path / "second")
    assert (first.claim(), second.claim()) == (Claim.FIRST, Claim.FIRST)
    first_activations, second_activations = counter(first), counter(second)
    assert wait_for_exit(qtbot, start_app(processes, tmp_path / "second")) == 0
    qtbot.waitUntil(lambda: second_activations == [1])
    assert first_activations == []


def test_a_folder_given_another_way_is_the_same_folder(tmp_path: Path):
    folder = tmp_path / "library"
    folder.mkdir()
    (tmp_path / "link").symlink_to(folder, target_is_directory=True)
    same = [folder, tmp_path / "library" / ".." / "library", tmp_path / "link"]
    assert {server_name(path) for path in same} == {server_name(folder)}
    assert server_name(tmp_path / "other") != server_name(folder)


def test_server_names_are_short_and_plain(tmp_path: Path):
    deep = tmp_path.joinpath(*["ünïcødé <dir> & 'quoted'"] * 8)
    name = server_name(deep)
    # Unix socket paths are at most 104 bytes on macOS, under a temporary folder of ~50.
    assert re.fullmatch(r"[a-z0-9-]{1,32}", name)


# Stale and hung holders ------------------------------------------------------------------------


def test_a_lock_left_by_a_killed_process_is_taken_over(qtbot, guards, processes, data_dir: Path):
    holder = held_then_hung(processes, data_dir)
    holder.kill()
    holder.wait(timeout=10)
    assert (data_dir / LOCK_FILE_NAME).exists()  # killed: it could not clean up

    guard = guards(data_dir)
    assert guard.claim() is Claim.FIRST
    assert guard.holds_folder
    # It listens in place of the dead process's server: later starts hand over to it.
    activations = counter(guard)
    assert wait_for_exit(qtbot, start_app(processes, data_dir)) == 0
    qtbot.waitUntil(lambda: activations == [1])


def test_a_lock_naming_a_process_that_is_gone_is_taken_over(guards, processes, data_dir: Path):
    gone = processes("-c", "pass")
    gone.wait(timeout=30)
    data_dir.mkdir(parents=True)
    # What QLockFile writes: PID, application, host.
    (data_dir / LOCK_FILE_NAME).write_text(
        f"{gone.pid}\n{Path(sys.executable).name}\n{QSysInfo.machineHostName()}\n"
    )
    guard = guards(data_dir)
    assert guard.claim() is Claim.FIRST
    assert guard.holds_folder


def test_a_holder_that_does_not_answer_keeps_the_folder(guards, processes, data_dir: Path):
    held_then_hung(processes, data_dir)
    guard = guards(data_dir, answer_timeout_ms=600)
    assert guard.claim() is Claim.NOT_ANSWERING
    assert not guard.holds_folder


def test_run_says_so_and_exits_non_zero_when_the_holder_does_not_answer(
    processes, boxes: MessageBoxes, data_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    held_then_hung(processes, data_dir)
    monkeypatch.setattr(single_instance, "ANSWER_TIMEOUT_MS", 600)

    def second_window(data_dir: Path) -> None:
        raise AssertionError("a second window was opened on the folder")

    monkeypatch.setattr(app_module, "build_main_window", second_window)
    code = app_module.run(data_dir)
    assert code == app_module.NOT_ANSWERING_STATUS != 0
    [box] = boxes.shown
    assert "does not answer" in box.text
    assert str(data_dir) in box.text
    assert box.plain_text
    assert not (data_dir / "catalog.sqlite3").exists()  # no second writer


# Peers that are not a later start ------------------------------------------------------------


@pytest.mark.parametrize(
    "message", [b"hello\n", b"activate" * 20, b"\x00\xff\n"], ids=["other", "long", "binary"]
)
def test_other_messages_are_dropped_and_activate_nothing(
    qtbot, guards, data_dir: Path, message: bytes
):
    guard = guards(data_dir)
    assert guard.claim() is Claim.FIRST
    activations = counter(guard)
    peer = QLocalSocket()
    peer.connectToServer(guard.server_name)
    qtbot.waitUntil(lambda: peer.state() == QLocalSocket.LocalSocketState.ConnectedState)
    peer.write(message)
    qtbot.waitUntil(lambda: peer.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    assert activations == []
    assert peer.readAll().data() == b""


def test_released_folder_can_be_claimed_again(guards, data_dir: Path):
    first = guards(data_dir)
    assert first.claim() is Claim.FIRST
    first.release()
    assert not (data_dir / LOCK_FILE_NAME).exists()
    assert guards(data_dir).claim() is Claim.FIRST
