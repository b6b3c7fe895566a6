"""Bad situations at start, with real `desk` processes (offscreen): a missing data folder is
created, an unwritable one is refused clearly, a second start brings the first window to the
front, and what a crashed instance leaves behind never blocks the next one.

Desk keeps no settings outside its database (no QSettings, ini or JSON file), so there is no
settings file to find corrupt; the only file it keeps outside is the instance lock, tested here.
"""

from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow

LISTENING = "listening as desk-"
WAIT_S = 90


@pytest.fixture
def run_dir():
    """A short private temp folder: Qt puts the instance lock and socket there (Unix socket
    paths must stay under ~100 bytes)."""
    folder = Path(tempfile.mkdtemp(prefix="dsk"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def desk_env(run_dir: Path) -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(run_dir), HOME=str(run_dir))


def desk(run_dir: Path, *args, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    return subprocess.run([*prefix, sys.executable, "-m", "desk", *map(str, args)], env=desk_env(run_dir), cwd=ROOT,
                          capture_output=True, text=True, timeout=WAIT_S)


class LoggedProcess:
    """A process in the background whose log lines (stderr) can be awaited."""

    def __init__(self, command: list[str], env: dict, cwd: Path):
        self.process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stderr:
            self.lines.put(line)
        self.lines.put(None)  # the process closed its stderr: it ended

    def wait_for(self, text: str) -> str:
        while True:
            try:
                line = self.lines.get(timeout=WAIT_S)
            except queue.Empty:
                raise AssertionError(f"no {text!r} within {WAIT_S} s; got:\n{''.join(self.seen)}") from None
            if line is None:
                raise AssertionError(f"desk ended before {text!r}:\n{''.join(self.seen)}")
            self.seen.append(line)
            if text in line:
                return line

    def kill(self, sig: int = signal.SIGTERM) -> None:
        if self.process.poll() is None:
            self.process.send_signal(sig)
        self.process.wait(timeout=WAIT_S)
        self._reader.join(timeout=WAIT_S)  # it reads to the end of the closed pipe
        self.process.stderr.close()


@pytest.fixture
def running(run_dir):
    """Starts an interactive desk on a data folder; all are ended after the test."""
    started: list[LoggedProcess] = []

    def start(data: Path) -> LoggedProcess:
        command = [sys.executable, "-m", "desk", "--data-dir", str(data), "--lang", "en"]
        started.append(LoggedProcess(command, desk_env(run_dir), ROOT))
        return started[-1]

    yield start
    for instance in started:
        instance.kill()


def assert_clean_refusal(result, code: int, *words: str) -> None:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in result.stderr


def test_a_missing_data_folder_is_created(run_dir, tmp_path):
    data = tmp_path / "not" / "there" / "yet"
    result = desk(run_dir, "--data-dir", data, "--screenshot", tmp_path / "shot.png")
    assert result.returncode == 0, result.stderr
    assert (data / "desk.sqlite3").is_file()


def test_an_unwritable_data_folder_is_refused_clearly(run_dir):
    locked = run_dir / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    # Root writes anywhere: without the capability to override permission bits, it cannot.
    no_override = ("setpriv", "--bounding-set=-dac_override,-dac_read_search", "--") if os.geteuid() == 0 else ()
    result = desk(run_dir, "--data-dir", locked, "--screenshot", run_dir / "shot.png", prefix=no_override)
    assert_clean_refusal(result, 2, "cannot write to its data folder", str(locked), "--data-dir")
    assert list(locked.iterdir()) == []


def test_a_second_start_brings_the_first_window_to_the_front(run_dir, tmp_path, running):
    data = tmp_path / "ws"
    first = running(data)
    first.wait_for(LISTENING)
    second = desk(run_dir, "--data-dir", data)
    assert_clean_refusal(second, 0, "already open on this workspace")
    first.wait_for("bringing the window to the front")
    assert first.process.poll() is None


def test_another_workspace_gets_its_own_window(run_dir, tmp_path, running):
    running(tmp_path / "one").wait_for(LISTENING)
    running(tmp_path / "two").wait_for(LISTENING)


def test_a_crashed_instance_is_taken_over(run_dir, tmp_path, running):
    data = tmp_path / "ws"
    crashed = running(data)
    crashed.wait_for(LISTENING)
    crashed.kill(signal.SIGKILL)  # leaves its lock file and its socket behind
    successor = running(data)
    successor.wait_for("taking over from an instance that ended without closing")
    successor.wait_for(LISTENING)
    assert_clean_refusal(desk(run_dir, "--data-dir", data), 0, "already open on this workspace")


def test_a_damaged_lock_file_is_taken_over(run_dir, tmp_path, running):
    from ui.single_instance import instance_key

    data = tmp_path / "ws"
    (run_dir / f"{instance_key(data)}.lock").write_bytes(b"\x00garbage, not a pid\n")
    successor = running(data)
    successor.wait_for("lock file of this workspace was damaged")
    successor.wait_for(LISTENING)
