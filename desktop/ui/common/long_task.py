"""Long operations of the window (encrypt, rekey, decrypt, restore, backup, emptying the Trash),
run one at a time on a thread of their own while a progress dialog keeps the window painted.

The work is a plain function of the `store` layer given everything it needs up front (paths,
passphrases, a frozen list): it never reads the window. It reports `progress(done, total)` from
its thread; the dialog follows on the GUI thread. A second operation cannot start while one runs,
and the window can wait for the running one with a limit when it closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.store.journal.errors import JournalError, translated
from desktop.ui.common.workers import report_unexpected

Progress = Callable[[int, int], None]
# The dialog appears only for work that is not over at once, so quick backups do not flash.
SHOW_AFTER_MS = 400


class _ProgressDialog(QProgressDialog):
    """A progress dialog the user cannot close: stopping half-way is not offered, and a hidden
    dialog would leave the window looking usable while its journal is closed."""

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(title, "", 0, 0, parent)
        self.finished_ = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self.finished_:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.finished_:
            super().closeEvent(event)
        else:
            event.ignore()


class _Relay(QObject):
    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)


class _Run(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        relay = self._relay
        try:
            with translated():  # SQLite's and the disk's errors become the journal's typed ones
                result = self._work(lambda done, total: relay.progressed.emit(int(done), int(total)))
        except JournalError as error:
            relay.failed.emit(str(error))
        except Exception as error:  # a bug: logged with its traceback, told in one line
            relay.failed.emit(report_unexpected(error, "a long operation"))
        else:
            relay.done.emit(result)


class LongTask(QObject):
    """Runs one long operation at a time for `parent`, with a window-modal progress dialog."""

    started = Signal(str)  # the operation's title
    ended = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay: _Relay | None = None
        self.dialog: QProgressDialog | None = None
        self.title = ""
        self.abandoned = False

    @property
    def running(self) -> bool:
        return self._relay is not None

    def start(
        self,
        title: str,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
    ) -> bool:
        """Run `work(progress)` on the task's thread; False (and nothing runs) if one is running."""
        if self.running:
            return False
        self.title = title
        relay = _Relay()
        self._relay = relay
        dialog = _ProgressDialog(title, self._parent)
        dialog.setWindowTitle(title.rstrip("…."))
        dialog.setCancelButton(None)  # stopping half-way is not offered
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(380)
        dialog.setAccessibleName(title)
        dialog.setValue(0)
        self.dialog = dialog

        def progressed(done: int, total: int) -> None:
            if total > 0:
                dialog.setMaximum(total)
                dialog.setValue(min(done, total))

        def finish(handler: Callable[[Any], None], value: object) -> None:
            self._relay = None
            self.dialog = None
            dialog.finished_ = True
            dialog.close()
            dialog.deleteLater()
            try:
                handler(value)  # first: it may reopen the journal a waiting close will need
            finally:
                self.ended.emit()

        relay.progressed.connect(progressed)
        relay.done.connect(lambda result: finish(on_done, result))
        relay.failed.connect(lambda message: finish(on_error, message))
        self.started.emit(title)
        self._pool.start(_Run(work, relay))
        return True

    def say_closing(self, text: str) -> None:
        """Tell the user, in the progress dialog, that the window will close when this is over."""
        if self.dialog is not None:
            self.dialog.setLabelText(f"{self.title}\n\n{text}")
            self.dialog.show()

    def abandon(self) -> None:
        """Stop waiting for the running operation (the window closes without it). Its thread is
        left to the process's end: the store replaces a file only as its last step, so an
        operation cut short leaves the journal as it was, never half converted."""
        if self._relay is not None:
            self._relay.blockSignals(True)
            self._relay = None
            self.abandoned = True
        if self.dialog is not None:
            if isinstance(self.dialog, _ProgressDialog):
                self.dialog.finished_ = True
            self.dialog.close()
            self.dialog = None
        self.ended.emit()

    def wait(self, msecs: int) -> bool:
        """Block until the running operation's thread is done, at most `msecs`; True if it is."""
        return self._pool.waitForDone(msecs)
