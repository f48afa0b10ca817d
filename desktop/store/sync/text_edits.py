"""Turning a saved text into edits of a CRDT text, so concurrent edits on two computers merge.

Replacing the whole text would make a concurrent edit elsewhere lose against the replacement
(or double the text); recording only what changed lets the CRDT keep both sides' edits. The
edits are found as the common start and end first (nearly every save changes one place), then
difflib over what is left: by character when it is small, by line when it is large, so a long
body stays cheap to compare.

pycrdt indexes text by UTF-8 bytes, not by Python characters: every index is converted.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from pycrdt import Text

# Past this many characters on either side, the middle is compared by lines (quadratic by char).
CHAR_DIFF_LIMIT = 4000


def _utf8_len(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def _opcodes(old: str, new: str) -> list[tuple[int, int, int, int]]:
    """(old_start, old_end, new_start, new_end) of every replaced span, in character offsets."""
    if max(len(old), len(new)) <= CHAR_DIFF_LIMIT:
        matcher = SequenceMatcher(None, old, new, autojunk=False)
        return [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]
    old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
    old_at = [0]
    for line in old_lines:
        old_at.append(old_at[-1] + len(line))
    new_at = [0]
    for line in new_lines:
        new_at.append(new_at[-1] + len(line))
    matcher = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    return [
        (old_at[i1], old_at[i2], new_at[j1], new_at[j2])
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def apply_text(target: Text, new: str) -> None:
    """Edit `target` (inside the caller's transaction) until it reads `new`, changing only what
    differs."""
    old = str(target)
    if old == new:
        return
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[-1 - end] == new[-1 - end]:
        end += 1
    old_mid, new_mid = old[start : len(old) - end], new[start : len(new) - end]
    # From the end backwards, so earlier offsets stay valid as later spans change.
    for i1, i2, j1, j2 in reversed(_opcodes(old_mid, new_mid)):
        at = _utf8_len(old[: start + i1])
        removed = _utf8_len(old_mid[i1:i2])
        if removed:
            del target[at : at + removed]
        if j2 > j1:
            target.insert(at, new_mid[j1:j2])
