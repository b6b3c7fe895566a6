"""action_to_queue_ms: a lifecycle action reflected in the visible queue model, in the app window
on a large workspace (python -m harness.action_queue --workspace PATH; run by python -m desk.bench).

Each round resolves the conversation the agent is on through the window's own action (the
Resolve QAction, as the E key triggers it) and times it until the queue model no longer holds that
row; then Undo puts it back (timed until the row is back), so the workspace ends as it began (with
the audit events added). The window's own follow-ups run between rounds, as at an agent's pace:
the next conversation opens and the view counts are read again.

The baseline, in the same run: the same change as bare SQL on a plain sqlite3 connection (UPDATE
and COMMIT) followed by the same row query the queue runs for a refresh, and the change undone.
`action_to_queue_core_ms` is the same action through the application layer alone, without the
window (the operation and the row read on the workspace's threads).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path

WARM_UP = 3
ROUND_TIMEOUT_S = 60  # a round that never shows in the queue is a failure, not a hang


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workspace", type=Path, required=True)
    parser.add_argument("--actions", type=int, default=40)
    options = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import asyncio

    import qasync
    from PySide6.QtWidgets import QApplication

    from desk.app.workspace import Workspace
    from desk.storage.db import Database
    from ui.app import settle_heap
    from ui.mainwindow import MainWindow

    app = QApplication(sys.argv[:1])
    db = Database.open_path(options.workspace)
    ws = Workspace(db, translation_offline=True)
    window = MainWindow()
    window.show()

    async def scenario() -> dict:
        prepared = _next(window.prepared)
        window.attach(ws)
        await window.first_paint.wait()
        await prepared
        settle_heap()
        resolved, undone = [], []
        for round_ in range(options.actions + WARM_UP):
            to_queue, back = await asyncio.wait_for(_round(window), ROUND_TIMEOUT_S)
            if round_ >= WARM_UP:
                resolved.append(to_queue)
                undone.append(back)
        flt = window.queue.model.queue_filter
        ids = [window.queue.model.row_at(r).id for r in range(options.actions + WARM_UP)]
        core = [await _core_round(ws, flt, cid) for cid in ids][WARM_UP:]
        bare = _baseline(db, flt, ids)
        app_p95, bare_p95 = percentile(resolved, 0.95), percentile(bare[WARM_UP:], 0.95)
        return {"action_to_queue_ms": round(app_p95, 3),
                "action_to_queue_p50_ms": round(statistics.median(resolved), 2),
                "action_to_queue_raw_ms": round(bare_p95, 4),
                "action_to_queue_ratio_vs_raw": round(app_p95 / bare_p95, 2),
                "undo_to_queue_ms": round(percentile(undone, 0.95), 2),
                "action_to_queue_core_ms": round(percentile(core, 0.95), 2),
                "action_to_queue_rounds": len(resolved),
                "action_to_queue_conversations": db.fetch_all("SELECT count(*) FROM conversations")[0][0]}

    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        report = runner.run(scenario())
    ws.executors.shutdown()
    db.close()
    print(json.dumps(report), flush=True)
    return 0


async def _round(window) -> tuple[float, float]:
    """Resolve the current conversation; Undo. How long each took to show in the queue model."""
    model = window.queue.model
    cid = window.queue.current_id()
    counted = _next(window.queue.counts_changed)
    gone = _next(model.rows_refreshed, lambda ids: cid in ids and not _holds(model, cid))
    start = time.perf_counter()
    window.actions["resolve"].trigger()
    to_queue = (await gone - start) * 1000
    await counted  # the window's follow-ups have run: the next conversation, the counts
    counted = _next(window.queue.counts_changed)
    back = _next(model.rows_refreshed, lambda ids: cid in ids and _holds(model, cid))
    start = time.perf_counter()
    window.actions["undo"].trigger()
    undone = (await back - start) * 1000
    await counted  # the agent is on the next conversation: the next round resolves that one
    return to_queue, undone


async def _core_round(ws, flt, cid: int) -> float:
    """The same action through the application layer alone (no window): resolve, read its row."""
    from desk.app import lifecycle, queue

    start = time.perf_counter()
    result = await lifecycle.resolve(ws, cid)
    await queue.rows_of(ws, flt, [cid])
    elapsed = (time.perf_counter() - start) * 1000
    await lifecycle.undo(ws, result.undo)
    return elapsed


def _holds(model, cid: int) -> bool:
    return any(model.row_at(r).id == cid for r in range(model.rowCount()))


def _next(signal, where=None):
    """A future resolved with the time of the signal's next emission that satisfies `where`."""
    import asyncio

    future = asyncio.get_running_loop().create_future()

    def receive(*args) -> None:
        if not future.done() and (where is None or where(*args)):
            future.set_result(time.perf_counter())
            signal.disconnect(receive)

    signal.connect(receive)
    return future


def _baseline(db, flt, ids: list[int]) -> list[float]:
    """The same change, bare: UPDATE and COMMIT, the queue's row query, the change undone."""
    from desk.domain import QueueFilter
    from desk.storage.dialects.sqlite import apply_pragmas
    from desk.storage.queue import queue_sql

    conn = sqlite3.connect(db.path, isolation_level=None)
    apply_pragmas(conn)
    timings = []
    for cid in ids:
        status, due, stopped = conn.execute(
            "SELECT status, sla_due_at, clock_stopped_at FROM conversations WHERE id = ?", (cid,)).fetchone()
        sql, params = queue_sql(db, QueueFilter(statuses=flt.statuses), None, 1, [cid])
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE conversations SET status = 'resolved', sla_due_at = ?, clock_stopped_at = ? WHERE id = ?",
                     (2**53, int(time.time()), cid))
        conn.execute("COMMIT")
        conn.execute(sql, params).fetchall()
        timings.append((time.perf_counter() - start) * 1000)
        conn.execute("UPDATE conversations SET status = ?, sla_due_at = ?, clock_stopped_at = ? WHERE id = ?",
                     (status, due, stopped, cid))
    conn.close()
    return timings


if __name__ == "__main__":
    sys.exit(main())
