"""jrnl's own config file, for the two things an import needs from it: a journal's `timeformat`
and its `tagsymbols`.

jrnl 2 and later keep it as YAML at `$XDG_CONFIG_HOME/jrnl/jrnl.yaml` (`~/.config/jrnl/jrnl.yaml`);
jrnl 1.x kept JSON at `~/.jrnl_config`. jrnl writes its YAML in block style, so a small reader of
mappings and scalars is enough, and the app needs no YAML library.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.io.importers.common import read_text
from desktop.io.importers.plan import ImportFailed


@dataclass(frozen=True)
class JournalSettings:
    """What jrnl's config says about the journal being imported."""

    timeformat: str | None
    tagsymbols: str | None
    config: Path


def default_config_path() -> Path | None:
    """The config jrnl itself would read, if there is one: jrnl 2+'s YAML, else 1.x's JSON."""
    xdg = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    for candidate in (Path(xdg) / "jrnl" / "jrnl.yaml", Path.home() / ".jrnl_config"):
        if candidate.is_file():
            return candidate
    return None


def read_config(path: Path) -> dict[str, Any]:
    """The config as a dict; ImportFailed naming the file if it cannot be read as one."""
    path = Path(path)
    try:
        text = read_text(path)
    except OSError as error:
        raise ImportFailed(f"cannot read jrnl's config {path}: {error.strerror or error}") from None
    try:
        document = json.loads(text) if text.lstrip().startswith("{") else parse_yaml_mapping(text)
    except (ValueError, json.JSONDecodeError) as error:
        raise ImportFailed(f"jrnl's config {path} cannot be read: {error}") from None
    if not isinstance(document, dict):
        raise ImportFailed(f"jrnl's config {path} is not a jrnl config (no settings in it)")
    return document


def settings_for(journal: Path, config_path: Path) -> JournalSettings:
    """The timeformat and tag symbols jrnl uses for `journal`: the settings of the config's
    journal at that path, over the config's own; the config's own if no journal is at that path."""
    config = read_config(config_path)
    settings = {k: config.get(k) for k in ("timeformat", "tagsymbols")}
    journals = config.get("journals")
    if isinstance(journals, dict):
        for entry in journals.values():
            scoped = entry if isinstance(entry, dict) else {"journal": entry}
            if isinstance(scoped.get("journal"), str) and _same_file(scoped["journal"], journal):
                settings.update({k: scoped[k] for k in settings if isinstance(scoped.get(k), str)})
                break
    return JournalSettings(
        timeformat=settings["timeformat"] if isinstance(settings["timeformat"], str) else None,
        tagsymbols=settings["tagsymbols"] if isinstance(settings["tagsymbols"], str) else None,
        config=Path(config_path),
    )


def _same_file(configured: str, journal: Path) -> bool:
    try:
        path = Path(os.path.expanduser(os.path.expandvars(configured)))
        return path.exists() and path.resolve() == Path(journal).resolve()
    except (OSError, RuntimeError):
        return False


# --- The YAML jrnl writes -----------------------------------------------------------------------

_KEY_RE = re.compile(
    r"""^(?P<indent> *)(?P<key>'(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|[^'"#\s][^:#]*?)\s*:(?:\s+|$)"""
)


def parse_yaml_mapping(text: str) -> dict[str, Any]:
    """Nested block mappings of scalars (plain, 'single' or "double" quoted) and one-line flow
    mappings, as jrnl (ruamel.yaml) writes them; lists and block texts are skipped. ValueError
    for a line that is none of these."""
    root: dict[str, Any] = {}
    stack: list[tuple[int, dict[str, Any]]] = []  # (indent of its keys, mapping), innermost last
    pending: tuple[int, dict[str, Any], str] | None = None  # a key whose value is on later lines
    skip_deeper_than: int | None = None  # the lines of a list or block text being skipped
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        indent = len(raw) - len(raw.lstrip())
        if not stripped or stripped.startswith("#") or stripped in ("---", "..."):
            continue
        if skip_deeper_than is not None and indent > skip_deeper_than:
            continue
        skip_deeper_than = None
        if stripped.startswith("-"):  # a list: no setting the import needs is one
            skip_deeper_than = indent
            continue
        match = _KEY_RE.match(raw.rstrip())
        if not match:
            raise ValueError(f"line {number} is not a 'key: value' line")
        if pending and indent > pending[0]:
            child: dict[str, Any] = {}
            pending[1][pending[2]] = child
            stack.append((indent, child))
        else:
            while stack and stack[-1][0] > indent:
                stack.pop()
            if not stack:
                stack.append((indent, root))
        pending = None
        target = stack[-1][1]
        key = str(_scalar(match.group("key")))
        value_text = raw[match.end() :].strip()
        if not value_text or value_text.startswith("#"):
            target[key] = None
            pending = (indent, target, key)
        elif value_text[0] in "|>":
            target[key] = None
            skip_deeper_than = indent
        else:
            target[key] = _value(value_text)
    return root


def _value(text: str) -> Any:
    if text.startswith("{") and text.endswith("}"):
        items = [part.split(":", 1) for part in text[1:-1].split(",") if part.strip()]
        return {str(_scalar(k.strip())): _scalar(v.strip()) for k, v in (i for i in items if len(i) == 2)}
    if text.startswith("[") and text.endswith("]"):
        return [_scalar(part.strip()) for part in text[1:-1].split(",") if part.strip()]
    return _scalar(text)


def _scalar(text: str) -> Any:
    if text.startswith("'"):
        end = text.rfind("'")
        return text[1:end].replace("''", "'")
    if text.startswith('"'):
        return json.loads(text[: text.rfind('"') + 1])
    text = re.sub(r"\s+#.*$", "", text)
    lowered = text.lower()
    if lowered in ("true", "yes", "on"):
        return True
    if lowered in ("false", "no", "off"):
        return False
    if lowered in ("null", "~", ""):
        return None
    if re.fullmatch(r"[-+]?\d+", text):
        return int(text)
    return text
