"""Timing whole processes with their own peak memory, and the figures the benchmark reports."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
OK = "ok"
NOT_AVAILABLE = "not available"
FAILED = "failed"


@dataclass
class ProcessRun:
    seconds: float
    max_rss_mib: float
    returncode: int
    stdout: str
    stderr: str


class ProcessFailed(RuntimeError):
    pass


def run_process(
    argv: Sequence[str],
    *,
    env: dict[str, str] | None = None,
    cwd: Path = REPO_ROOT,
    timeout: float = 300.0,
    keep_stdout: bool = False,
) -> ProcessRun:
    """Run one process to its end; its wall time from spawn to exit and its own peak RSS.

    `os.wait4` reports the resource use of exactly that child, so each command's peak memory is
    its own. Output goes to files (a pipe could fill and stall a chatty command); nothing can be
    read from stdin, so a command that asks a question fails instead of waiting.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(
            list(argv), stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env, cwd=cwd
        )
        timer = threading.Timer(timeout, process.kill)
        timer.start()
        try:
            _pid, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace") if keep_stdout else ""
        stderr = err.read().decode("utf-8", "replace")[-4000:]
    return ProcessRun(seconds, usage.ru_maxrss / 1024, process.returncode, stdout, stderr)


def checked(run: ProcessRun, what: str) -> ProcessRun:
    if run.returncode != 0:
        last = (run.stderr.strip().splitlines() or ["(no message)"])[-1]
        raise ProcessFailed(f"{what} exited with {run.returncode}: {last}")
    return run


def python_argv(*args: str) -> list[str]:
    return [sys.executable, *args]


def probe(name: str, *args: str, env: dict[str, str], timeout: float = 300.0) -> dict:
    """Run an in-process probe in its own process; its JSON report plus that process's peak RSS."""
    run = checked(
        run_process(
            python_argv("-m", "tests.bench.probes", name, *args),
            env=env,
            timeout=timeout,
            keep_stdout=True,
        ),
        f"probe {name}",
    )
    report = json.loads(run.stdout.strip().splitlines()[-1])
    report["max_rss_mib"] = run.max_rss_mib
    return report


@dataclass
class Figure:
    """One reported number, with its target. `better` says which way the target points."""

    key: str
    label: str
    unit: str  # "s", "ms", "x" (a ratio), "MiB"
    target: float | None
    better: str = "lower"  # or "higher"
    value: float | None = None
    runs: list[float] = field(default_factory=list)
    peak_rss_mib: float | None = None
    status: str = OK
    note: str = ""
    details: dict = field(default_factory=dict)
    shape: str = ""  # the synthetic journal's shape it was measured on

    @property
    def met(self) -> bool | None:
        if self.status != OK or self.value is None or self.target is None:
            return None
        if self.better == "lower":
            return self.value <= self.target
        return self.value >= self.target

    def target_text(self) -> str:
        if self.target is None:
            return "—"
        sign = "≤" if self.better == "lower" else "≥"
        return f"{sign} {_number(self.target, self.unit)}"

    def value_text(self) -> str:
        if self.status != OK:
            return self.status
        return _number(self.value, self.unit) if self.value is not None else "—"

    def as_json(self) -> dict:
        data = asdict(self)
        data["met"] = self.met
        return data


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "x":
        return f"{value:.1f}×"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "n":
        return f"{value:.0f}"
    if unit == "MiB":
        return f"{value:.0f} MiB"
    return f"{value:.2f} s"


def timed_runs(figure: Figure, runs: list[ProcessRun], scale: float = 1.0) -> Figure:
    """Fill a figure from repeated runs: the median time, the largest peak memory."""
    figure.runs = [round(r.seconds * scale, 4) for r in runs]
    figure.value = statistics.median(r.seconds * scale for r in runs)
    figure.peak_rss_mib = round(max(r.max_rss_mib for r in runs), 1)
    return figure
