"""Two real Syncthing instances on loopback sharing one folder, for the sync tests.

Each instance has its own home (keys, config, database) and its own copy of the shared folder;
they know each other by address only: no discovery, no relays, no NAT traversal, no usage
reports, no upgrades, so nothing leaves the machine. The REST API (a key we choose) asks for a
rescan after our files are written, so a test does not wait for the watcher's delay.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

FOLDER_ID = "balance-journal-sync"
STARTUP_TIMEOUT_S = 60


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _set(parent: ET.Element, tag: str, value: str) -> None:
    element = parent.find(tag)
    if element is None:
        element = ET.SubElement(parent, tag)
    element.text = value


@dataclass
class Instance:
    name: str
    home: Path
    copy: Path  # this instance's copy of the shared folder
    device_id: str = ""
    gui_port: int = 0
    listen_port: int = 0
    api_key: str = ""
    process: subprocess.Popen[bytes] | None = None

    def generate(self, binary: str) -> None:
        done = subprocess.run(
            [binary, "generate", f"--home={self.home}", "--no-default-folder", "--skip-port-probing"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if done.returncode != 0:
            raise RuntimeError(f"syncthing generate failed: {done.stderr.strip() or done.stdout.strip()}")
        config = ET.parse(self.home / "config.xml").getroot()
        device = config.find("device")
        assert device is not None, "the generated config names no device"
        self.device_id = device.attrib["id"]
        self.gui_port, self.listen_port = _free_port(), _free_port()
        self.api_key = f"balance-test-{self.name}-{os.getpid()}"

    def configure(self, other: Instance) -> None:
        """Loopback only, the other instance known by its address, the one folder shared."""
        path = self.home / "config.xml"
        tree = ET.parse(path)
        config = tree.getroot()
        gui = config.find("gui")
        assert gui is not None
        _set(gui, "address", f"127.0.0.1:{self.gui_port}")
        _set(gui, "apikey", self.api_key)
        options = config.find("options")
        assert options is not None
        for tag, value in {
            "listenAddress": f"tcp://127.0.0.1:{self.listen_port}",
            "globalAnnounceEnabled": "false",
            "localAnnounceEnabled": "false",
            "relaysEnabled": "false",
            "natEnabled": "false",
            "urAccepted": "-1",
            "autoUpgradeIntervalH": "0",
            "startBrowser": "false",
            "crashReportingEnabled": "false",
            "reconnectionIntervalS": "1",
        }.items():
            _set(options, tag, value)
        _set(options, "minHomeDiskFree", "0")  # a nearly full test disk must not stop syncing
        peer = ET.SubElement(config, "device", id=other.device_id, name=other.name, compression="metadata")
        _set(peer, "address", f"tcp://127.0.0.1:{other.listen_port}")
        folder = ET.SubElement(
            config,
            "folder",
            id=FOLDER_ID,
            label="Balance Journal",
            path=str(self.copy),
            type="sendreceive",
            rescanIntervalS="2",
            fsWatcherEnabled="true",
            fsWatcherDelayS="1",
        )
        for device_id in (self.device_id, other.device_id):
            ET.SubElement(folder, "device", id=device_id)
        ET.SubElement(folder, "minDiskFree", unit="%").text = "0"
        tree.write(path)
        self.copy.mkdir(parents=True, exist_ok=True)
        (self.copy / ".stfolder").mkdir(exist_ok=True)

    def start(self, binary: str) -> None:
        env = dict(os.environ, STNODEFAULTFOLDER="1", STNOUPGRADE="1", STNORESTART="1")
        log = open(self.home / "syncthing.log", "wb")  # noqa: SIM115 - closed with the process
        self.process = subprocess.Popen(
            [binary, "serve", "--no-browser", "--no-restart", "--no-upgrade", f"--home={self.home}"],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        log.close()  # the child has its own descriptor

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=15)

    def rest(self, method: str, endpoint: str) -> bytes:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{endpoint}", method=method, headers={"X-API-Key": self.api_key}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return bytes(response.read())

    def scan(self) -> None:
        """Ask for a rescan now (files were just written); harmless if it fails."""
        with suppress(OSError):
            self.rest("POST", f"/rest/db/scan?folder={FOLDER_ID}")

    def log_tail(self) -> str:
        try:
            return (self.home / "syncthing.log").read_text(errors="replace")[-3000:]
        except OSError:
            return ""

    def wait_ready(self) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"syncthing {self.name} exited:\n{self.log_tail()}")
            try:
                self.rest("GET", "/rest/system/ping")
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(
            f"syncthing {self.name} did not answer in {STARTUP_TIMEOUT_S} s:\n{self.log_tail()}"
        )


def syncthing_binary() -> str | None:
    return shutil.which("syncthing")


@contextmanager
def syncthing_pair(root: Path, binary: str) -> Iterator[tuple[Instance, Instance]]:
    """Two running instances sharing one folder (each its own copy under `root`), stopped after."""
    first = Instance("laptop", root / "st-laptop", root / "laptop-Sync")
    second = Instance("desktop", root / "st-desktop", root / "desktop-Sync")
    for instance in (first, second):
        instance.generate(binary)
    first.configure(second)
    second.configure(first)
    with ExitStack() as stack:
        for instance in (first, second):
            stack.callback(instance.stop)
            instance.start(binary)
        for instance in (first, second):
            instance.wait_ready()
        yield first, second
