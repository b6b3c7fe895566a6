"""open_conversation_worst_ms: opening conversations of pathological mail in the conversation pane
(desk.bench.pathological), against an ordinary conversation opened in the same run, and the
largest gap of a 5 ms timer meanwhile (python -m harness.bench_open; run by python -m desk.bench).

An open is timed from reading the conversation to the pane being painted with it: load, render,
and the event loop's turns until it is idle again (layout and paint happen there).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

TICK_MS = 5
ROUNDS = 3


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desk.bench.pathological import build_workspace
    from desk.storage.conversations import load_conversation
    from ui.reading.view import ConversationPane

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        db, conversations, baseline = build_workspace(Path(tmp))
        pane = ConversationPane()
        pane.resize(1000, 800)
        pane.show()
        app.processEvents()
        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(TICK_MS)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

        def open_ms(conversation_id: int) -> float:
            start = time.perf_counter()
            pane.show_conversation(load_conversation(db, conversation_id))
            pane.repaint()
            app.processEvents()
            return (time.perf_counter() - start) * 1000

        open_ms(baseline)  # warm fonts and caches for both sides
        timer.start()
        worst: dict[str, float] = {}
        ordinary: list[float] = []
        for _ in range(ROUNDS):
            for name, conversation_id in conversations.items():
                worst[name] = max(worst.get(name, 0.0), open_ms(conversation_id))
                _idle(app, TICK_MS * 3)
                ordinary.append(open_ms(baseline))
                _idle(app, TICK_MS * 3)
        timer.stop()
        gaps = [b - a for a, b in zip(ticks, ticks[1:])]
        db.close()
    base = statistics.median(ordinary)
    report = {
        "open_conversation_worst_ms": round(max(worst.values()), 1),
        "open_conversation_worst_case": max(worst, key=worst.get),
        "open_conversation_baseline_ms": round(base, 1),
        "open_conversation_ratio_vs_ordinary": round(max(worst.values()) / base, 2),
        "open_conversation_ui_max_stall_ms": round(max(gaps) * 1000, 1),
        "open_conversation_each_ms": {name: round(ms, 1) for name, ms in worst.items()},
    }
    print(json.dumps(report), flush=True)
    return 0


def _idle(app, ms: float) -> None:
    """Let the event loop run (and the timer tick) for `ms` milliseconds."""
    until = time.perf_counter() + ms / 1000
    while time.perf_counter() < until:
        app.processEvents()


if __name__ == "__main__":
    sys.exit(main())
