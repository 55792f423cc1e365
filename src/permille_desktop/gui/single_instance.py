"""One window per data folder: a second start hands over to the running one and exits.

Two windows on one catalog would be two writers, each showing a catalog the other changes.
The first start takes a QLockFile in the data folder and listens on a QLocalServer whose name
comes from the folder's path; a later start on the same folder finds the lock held, asks the
running window to come to the front, and exits. A lock left by a crashed process (its process
is gone) is taken over. A folder can only be held, never shared: when the holder does not
answer, the later start says so and opens nothing.
"""

from __future__ import annotations

import enum
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QLockFile, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

LOCK_FILE_NAME = "permille-desktop.lock"

ACTIVATE = b"activate"
ACKNOWLEDGED = b"ok"
# Longer than any message of ours: a peer sending more without a line break is dropped.
_MOST_MESSAGE_BYTES = 64
# A peer that connects and says nothing in this time is dropped.
_IDLE_MS = 3000
# How long a later start waits for the first one to answer, all attempts together: enough for
# a window busy for a moment, short enough for a person waiting for a window to appear.
ANSWER_TIMEOUT_MS = 5000
# How long one attempt to connect may take, and the pause before the next attempt.
_CONNECT_MS = 500
_RETRY_MS = 100


class Claim(enum.Enum):
    FIRST = "first"  # this process holds the folder: open the window
    HANDED_OVER = "handed_over"  # the window already open on it was asked to come forward
    NOT_ANSWERING = "not_answering"  # held by a process that does not answer: open nothing


def server_name(data_dir: Path) -> str:
    """The local server name of ``data_dir``: short, and valid on Linux, Windows and macOS.

    A hash of the resolved path, since the path itself may be longer than a Unix socket path
    may be, or hold characters a pipe name may not.
    """
    path = os.path.normcase(str(data_dir.resolve()))
    return "permille-" + hashlib.sha256(os.fsencode(path)).hexdigest()[:20]


class SingleInstance(QObject):
    """The guard of one data folder; :meth:`claim` it before the catalog is opened.

    While this process holds the folder, each later start on it emits :attr:`activated`.
    """

    activated = Signal()

    def __init__(
        self, data_dir: Path, answer_timeout_ms: int | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.lock_path = data_dir / LOCK_FILE_NAME
        self.server_name = server_name(data_dir)
        self._answer_timeout_ms = (
            ANSWER_TIMEOUT_MS if answer_timeout_ms is None else answer_timeout_ms
        )
        self._lock = QLockFile(str(self.lock_path))
        # The lock is held as long as the window is open: only a lock whose process is gone
        # is stale, never one that is merely old.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    @property
    def holds_folder(self) -> bool:
        return self._lock.isLocked()

    def claim(self) -> Claim:
        """Take the folder, or hand over to the process holding it (which may be starting)."""
        deadline = QDeadlineTimer(self._answer_timeout_ms)
        while True:
            if self._lock.tryLock(0):  # takes over a lock whose process is gone
                self._listen()
                return Claim.FIRST
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                # No lock file can be made here (a read-only folder, a full disk): the catalog
                # cannot be written here either, and opening it says why.
                return Claim.FIRST
            if self._hand_over(deadline):
                return Claim.HANDED_OVER
            if deadline.hasExpired():
                break
            # The holder may be starting and not listen yet, or be closing: try again.
            QThread.msleep(_RETRY_MS)
        # Removing the lock fails while its process still holds it open (a native lock on
        # Unix, an open file on Windows); it succeeds when the process that wrote it is gone
        # and another, unrelated one has its PID now.
        if self._lock.removeStaleLockFile() and self._lock.tryLock(0):
            self._listen()
            return Claim.FIRST
        return Claim.NOT_ANSWERING

    def release(self) -> None:
        """Stop listening and give the folder up (nothing if it was not held)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    # The first instance ------------------------------------------------------------------

    def _listen(self) -> None:
        # Holding the lock makes this process the name's only rightful owner: a socket file
        # left by a crashed process would make listen() fail, so it goes first.
        QLocalServer.removeServer(self.server_name)
        server = QLocalServer(self)
        # Only this user's processes may connect.
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        if server.listen(self.server_name):
            self._server = server
        else:
            # The window still opens; later starts on this folder will say it does not answer.
            server.deleteLater()

    def _accept(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            if socket is None:
                break
            idle = QTimer(socket)
            idle.setSingleShot(True)
            idle.timeout.connect(socket.abort)
            idle.start(_IDLE_MS)
            socket.disconnected.connect(socket.deleteLater)
            socket.readyRead.connect(lambda peer=socket: self._read(peer))
            self._read(socket)  # the message may have come with the connection

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > _MOST_MESSAGE_BYTES:
                _drop(socket)
            return
        if bytes(socket.readLine(_MOST_MESSAGE_BYTES).data()).strip() != ACTIVATE:
            _drop(socket)
            return
        socket.write(ACKNOWLEDGED + b"\n")
        socket.disconnectFromServer()  # after the acknowledgement is written
        self.activated.emit()

    # A later instance --------------------------------------------------------------------

    def _hand_over(self, deadline: QDeadlineTimer) -> bool:
        """Ask the holder to come to the front; whether it acknowledged before ``deadline``."""
        socket = QLocalSocket()
        try:
            socket.connectToServer(self.server_name)
            if not socket.waitForConnected(_left(deadline, _CONNECT_MS)):
                return False
            socket.write(ACTIVATE + b"\n")
            if not socket.waitForBytesWritten(_left(deadline)):
                return False
            while not socket.canReadLine():
                if deadline.hasExpired() or not socket.waitForReadyRead(_left(deadline)):
                    return False
            return bytes(socket.readLine(_MOST_MESSAGE_BYTES).data()).strip() == ACKNOWLEDGED
        finally:
            socket.abort()


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` un-minimised (as it was before: normal or maximised), raised, active."""
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()


def _drop(socket: QLocalSocket) -> None:
    socket.abort()
    socket.deleteLater()


def _left(deadline: QDeadlineTimer, at_most: int | None = None) -> int:
    """Milliseconds left before ``deadline`` (at least 1, so a wait still polls once)."""
    left = max(1, deadline.remainingTime())
    return left if at_most is None else min(left, at_most)
