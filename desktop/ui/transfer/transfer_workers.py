"""Background work for import and export: QRunnables that report by signal and can be cancelled.

Each worker reads files and writes the journal off the GUI thread; results, progress and
errors come back as signals, delivered in the thread that made the worker.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from desktop.domain.filters import EntryFilter
from desktop.ui.common.workers import report_unexpected


class WorkerSignals(QObject):
    progress = Signal(int, int)  # done, total (total 0: unknown)
    finished = Signal(object)  # the result
    failed = Signal(str)  # a one-line reason for the user
    cancelled = Signal()


class _CancelledByUser(Exception):
    pass


class CancellableWorker(QRunnable):
    """A runnable with a cancel flag; subclasses implement `work()` and return its result."""

    def __init__(self) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the dialog keeps it until its signals are handled
        self.signals = WorkerSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise _CancelledByUser

    def work(self) -> Any:
        raise NotImplementedError

    def run(self) -> None:
        from desktop.io.importers.plan import ImportCancelled, ImportFailed
        from desktop.store.journal.errors import JournalError
        from desktop.store.transfer.importing import ImportStopped

        try:
            result = self.work()
        except (_CancelledByUser, ImportCancelled, ImportStopped):
            self.signals.cancelled.emit()
        except (ImportFailed, JournalError) as error:
            self.signals.failed.emit(str(error))
        except OSError as error:
            self.signals.failed.emit(f"{error.strerror or error}: {error.filename or ''}".strip(": "))
        except Exception as error:  # our bug; the dialog must not crash on it
            self.signals.failed.emit(report_unexpected(error, "an import or export"))
        else:
            self.signals.finished.emit(result)


class PlanWorker(CancellableWorker):
    """Reads and checks an import file: the result is an ImportPlan."""

    def __init__(
        self,
        source: Path,
        fmt: str,
        journal_path: Path | None = None,
        moods: dict[str, int] | None = None,
        skip_bad: bool = False,
    ) -> None:
        super().__init__()
        self.source, self.fmt, self.journal_path = source, fmt, journal_path
        self.moods, self.skip_bad = moods, skip_bad

    def _plan(self, moods: dict[str, int]) -> Any:
        from desktop.io.importers.detect import plan_import
        from desktop.io.importers.plan import ImportOptions

        options = ImportOptions(moods=moods, skip_bad=self.skip_bad)
        plan = plan_import(self.source, self.fmt, self.signals.progress.emit, self.is_cancelled, options)
        plan.mood_levels = {label: level for label, level in moods.items() if label in plan.custom_moods}
        return plan

    def _first_levels(self, labels: dict[str, int]) -> dict[str, int]:
        """Daylio mood labels of the user's own: the levels chosen at an earlier import, else a
        guess from their words, for the user to check in the preview."""
        from desktop.io.importers.daylio_moods import guess_mood_levels
        from desktop.store.journal import settings
        from desktop.store.journal.access import journal_session

        remembered: dict[str, int] = {}
        if self.journal_path is not None and self.journal_path.exists():
            with journal_session(self.journal_path):
                remembered = settings.daylio_moods()
        return {**guess_mood_levels(labels), **{k: v for k, v in remembered.items() if k in labels}}

    def work(self) -> Any:
        from desktop.store.journal.access import journal_session
        from desktop.store.transfer.importing import apply_import

        plan = self._plan(self.moods or {})
        if self.moods is None and plan.format == "daylio" and plan.custom_moods:
            plan = self._plan(self._first_levels(plan.custom_moods))
        if plan.ok and self.journal_path is not None and self.journal_path.exists():
            # A dry run against the journal: how many of the file's entries it holds already.
            with journal_session(self.journal_path):
                counted = apply_import(plan.entries(), dry_run=True, cancelled=self.is_cancelled)
            plan.already_present = counted.already_present
        return plan


class ApplyWorker(CancellableWorker):
    """Writes a checked plan into the journal in one transaction: the result is an ImportResult."""

    def __init__(self, journal_path: Path, plan: Any) -> None:
        super().__init__()
        self.journal_path, self.plan = journal_path, plan

    def work(self) -> Any:
        from desktop.store.attachments.import_media import entries_with_media
        from desktop.store.journal import settings
        from desktop.store.journal.access import journal_session
        from desktop.store.transfer.importing import apply_import

        total = self.plan.count
        with (
            journal_session(self.journal_path, create=True),
            entries_with_media(self.plan.entries(), self.plan.media) as entries,
        ):
            result = apply_import(
                entries,
                themes=self.plan.themes,
                archived_themes=self.plan.archived_themes,
                people=self.plan.people,
                progress=lambda done: self.signals.progress.emit(done, total),
                cancelled=self.is_cancelled,
                keep_unused_themes=self.plan.format == "json",  # the journal's own themes
                validated=True,  # the plan's readers checked every entry
            )
            if self.plan.mood_levels:  # offered again at the next import of a Daylio file
                settings.remember_daylio_moods(self.plan.mood_levels)
            return result


class ExportWorker(CancellableWorker):
    """Writes the entries matching a filter to CSV or JSON: the result is the entry count."""

    def __init__(self, journal_path: Path, fmt: str, target: Path, flt: EntryFilter) -> None:
        super().__init__()
        self.journal_path, self.fmt, self.target, self.flt = journal_path, fmt, target, flt

    def work(self) -> Any:
        from desktop.io.formats.csv_export import write_csv_batches
        from desktop.io.formats.json_format import write_json
        from desktop.io.formats.records import LIST_SEPARATOR
        from desktop.store.entries.entry_table import count_entries, iter_entries
        from desktop.store.entries.person_table import all_people
        from desktop.store.entries.theme_table import all_themes
        from desktop.store.journal.access import journal_session
        from desktop.store.transfer.export_rows import iter_export_batches

        with journal_session(self.journal_path):
            total = count_entries(self.flt)

            def progress(done: int) -> None:
                self.check()  # raising here abandons the half-written file
                self.signals.progress.emit(done, total)

            self.check()
            if self.fmt == "csv":
                batches = iter_export_batches(self.flt, LIST_SEPARATOR)
                count = write_csv_batches(batches, self.target, progress=progress)
            elif self.fmt == "zip":
                from desktop.io.formats.zip_export import write_zip
                from desktop.store.attachments.blobs import blob_data

                count = write_zip(
                    self.target, iter_entries(self.flt), all_themes(), all_people(), blob_data
                ).entries
            else:
                count = write_json(
                    self.target, iter_entries(self.flt), all_themes(), all_people(), progress=progress
                )
            self.signals.progress.emit(count, total)
            return count
