"""Files that are either whole or absent: written under a temporary name, synced, then renamed.

A rename within one folder replaces a file in one step, so a crash leaves the old file or the
new one, never half of each; syncing the new file's bytes before the rename, and the folder after
it, makes sure a power cut cannot leave the new name pointing at bytes that never reached the disk.

Not part of the balance model: it sits in `domain` because that is the one layer every other may
import. The store replaces journals and backups with it, io writes exports, charts save figures.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

PRIVATE_MODE = 0o600  # what the user writes is theirs alone, exports included


def fsync_folder(folder: Path) -> None:
    """Make names created, renamed or removed in `folder` survive a power cut."""
    if not hasattr(os, "O_DIRECTORY"):
        return  # Windows: a folder cannot be opened, and a rename is durable when it returns
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    except OSError as error:
        # Some file systems (network shares, FUSE) cannot sync a folder; the rename stands.
        if error.errno not in (errno.EINVAL, errno.ENOTSUP):
            raise
    finally:
        os.close(fd)


def _rename_durably(source: Path, target: Path) -> None:
    os.replace(source, target)
    fsync_folder(target.parent)


def replace_atomically(source: Path, target: Path) -> None:
    """Put the file `source` in place of `target` in one step, durably.

    Both must be in one folder: only there is a rename a single step rather than a copy.
    """
    fd = os.open(source, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    _rename_durably(Path(source), Path(target))


@contextmanager
def atomic_write(path: Path, mode: str = "w", **open_args: object) -> Iterator[IO]:
    """Yield a file that replaces `path` (private to the user) only if the block finishes
    without an error; otherwise `path` is left as it was and nothing else remains."""
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, mode, **open_args) as handle:  # type: ignore[call-overload]
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, PRIVATE_MODE)
        _rename_durably(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
