"""Figures of the frozen Desk that `make dist` builds: its size, and its start-up against the same
Desk run from source in the same run (packaging/make_dist.py writes them to dist/report.json).

Start-up is measured as `python -m desk.bench` measures it: process start to exit, with
DESK_STARTUP_PROBE set, the app exits once the first queue page is painted (ui/app.py).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

from desk.bench.__main__ import _time_process

DIST_TARGETS = {"bundle_mb": ("<=", 150), "frozen_startup_ratio": ("<=", 1.5)}


def bundle_mb(bundle: Path) -> float:
    """Size of the one-folder build on disk, links counted once as links."""
    total = 0
    for folder, _dirs, files in os.walk(bundle):
        total += sum(os.lstat(os.path.join(folder, name)).st_size for name in files)
    return round(total / 2**20, 1)


def frozen_executable(bundle: Path) -> Path:
    return bundle / ("desk.exe" if sys.platform == "win32" else "desk")


def startup_figures(bundle: Path, runs: int = 5) -> dict:
    """Median start-up of the frozen and the source Desk on the same ready demo workspace,
    alternating so both see the same machine load."""
    from desk.workspace import open_workspace

    with tempfile.TemporaryDirectory(prefix="desk-dist-bench-") as tmp:
        open_workspace(Path(tmp), demo=True).close()  # ready: both paint before asyncio loads
        args = ["--demo", "--data-dir", tmp, "--lang", "en"]
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DESK_STARTUP_PROBE="1")
        frozen_cmd = [str(frozen_executable(bundle)), *args]
        source_cmd = [sys.executable, "-m", "desk", *args]
        _time_process(frozen_cmd, env)  # warm the page cache for both
        _time_process(source_cmd, env)
        frozen_ms, source_ms = [], []
        for _ in range(runs):
            frozen_ms.append(_time_process(frozen_cmd, env)[0])
            source_ms.append(_time_process(source_cmd, env)[0])
    frozen, source = statistics.median(frozen_ms), statistics.median(source_ms)
    return {
        "frozen_startup_ms": round(frozen, 1),
        "source_startup_ms": round(source, 1),
        "frozen_startup_ratio": round(frozen / source, 3),
    }


def dist_report(bundle: Path, runs: int = 5) -> dict:
    """bundle_mb and frozen_startup_ratio, each with its target and whether it is met."""
    report = {"bundle": str(bundle), "bundle_mb": bundle_mb(bundle), **startup_figures(bundle, runs)}
    report["targets"] = {key: f"{op} {limit}" for key, (op, limit) in DIST_TARGETS.items()}
    report["meets_targets"] = {key: report[key] <= limit for key, (_op, limit) in DIST_TARGETS.items()}
    return report
