"""Photos in the editor: dropped on the text, shown in the Preview and under the text, removed,
and still there after the window is closed and the journal opened again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument

from desktop.store.attachments.references import attachments_of
from desktop.store.entries.entry_table import list_entries
from desktop.store.journal.opening import open_journal
from tests.store.attachments.pictures import photo_jpeg
from tests.ui.helpers import wait_for_list


def _drop(window, files: list[Path]) -> None:  # type: ignore[no-untyped-def]
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    window.editor.body.insertFromMimeData(data)  # what a drop on the text ends in


def _preview_image(window, url: str) -> QImage:  # type: ignore[no-untyped-def]
    image = window.editor.preview.document().resource(
        QTextDocument.ResourceType.ImageResource.value, QUrl(url)
    )
    return image if isinstance(image, QImage) else QImage()


def test_a_dropped_photo_shows_in_the_preview_and_survives_a_restart(
    qtbot, journal_path: Path, tmp_path: Path, make_window
) -> None:  # type: ignore[no-untyped-def]
    photo = tmp_path / "harbour.jpg"
    photo.write_bytes(photo_jpeg(120_000))
    journal = open_journal(journal_path)
    window = make_window(journal)
    window.menu.new.trigger()
    qtbot.keyClicks(window.editor.title, "Harbour")
    qtbot.keyClicks(window.editor.body, "Boats at dawn.")
    _drop(window, [photo])
    qtbot.waitUntil(lambda: "attachment:" in window.editor.body.toPlainText())
    qtbot.waitUntil(lambda: window.editor.attachments.strip.count() == 1)
    assert window.editor.attachments.strip.isVisibleTo(window)
    window.menu.save.trigger()
    wait_for_list(qtbot, window)
    (saved,) = list_entries()
    (attachment,) = attachments_of(saved.uuid)
    assert (attachment.name, attachment.size) == ("harbour.jpg", photo.stat().st_size)

    window.editor.body_tabs.setCurrentWidget(window.editor.preview)
    url = f"attachment:{attachment.sha256}/harbour.jpg"
    shown = _preview_image(window, url)
    assert not shown.isNull() and shown.width() == 480  # the stored picture, readable width
    window.close()
    window.workers.wait()
    journal.close()

    again = make_window(open_journal(journal_path))
    again.list_view.setCurrentIndex(again.model.index(0, 0))
    qtbot.waitUntil(lambda: again.editor.title.text() == "Harbour")
    again.editor.body_tabs.setCurrentWidget(again.editor.preview)
    assert not _preview_image(again, url).isNull()
    qtbot.waitUntil(lambda: again.editor.attachments.strip.count() == 1)


def test_removing_a_thumbnail_removes_the_reference(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    photo = tmp_path / "a.jpg"
    photo.write_bytes(photo_jpeg(20_000))
    window.menu.new.trigger()
    qtbot.keyClicks(window.editor.body, "Text stays.")
    window.editor.body.moveCursor(window.editor.body.textCursor().MoveOperation.End)
    _drop(window, [photo])
    qtbot.waitUntil(lambda: window.editor.attachments.strip.count() == 1)
    strip = window.editor.attachments.strip
    strip.setCurrentRow(0)
    strip.setFocus()
    qtbot.keyClick(strip, Qt.Key.Key_Delete)
    assert window.editor.body.toPlainText() == "Text stays."
    qtbot.waitUntil(lambda: strip.count() == 0)
    assert not strip.isVisibleTo(window)


def test_a_photo_ready_after_another_entry_was_opened_goes_into_neither(
    qtbot, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from desktop.store.entries.entry_table import save_entry
    from tests.factories import make_entry

    first, second = make_entry(title="First", body="One."), make_entry(title="Second", body="Two.")
    save_entry(first)
    save_entry(second)
    photo = tmp_path / "late.jpg"
    photo.write_bytes(photo_jpeg(50_000))
    window.open_entry(first.uuid)
    controller = window.editor.attachments
    finished = controller._workers._pool  # the editor's own pool: wait for the store to end
    controller.attach([photo])
    window.open_entry(second.uuid)  # the user moves on while the photo is stored
    qtbot.waitUntil(lambda: finished.activeThreadCount() == 0)
    qtbot.wait(50)  # the result's arrival on the GUI thread
    assert window.editor.title.text() == "Second"
    assert "attachment:" not in window.editor.body.toPlainText()
    assert not window.editor.is_dirty
    window.open_entry(first.uuid)
    assert "attachment:" not in window.editor.body.toPlainText()
