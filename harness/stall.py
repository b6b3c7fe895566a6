"""ui_max_stall_ms: the largest gap between ticks of a 5 ms QTimer in the app window while a full
sandbox sync runs (python -m harness.stall --messages N; run by python -m desk.bench)."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path

TICK_MS = 5


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser()
    args.add_argument("--messages", type=int, default=20_000)
    options = args.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desk.app.workspace import Workspace
    from desk.bench.sync import full_sync, new_workspace, seed
    from desk.sandbox.stack import start_whatsapp
    from ui.app import settle_heap
    from ui.mainwindow import MainWindow

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        stack = start_whatsapp(Path(tmp))
        seed(stack, options.messages)
        db, account = new_workspace(Path(tmp), stack)
        ws = Workspace(db, translation_offline=True)
        window = MainWindow()
        window.show()
        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(TICK_MS)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

        async def scenario() -> int:
            window.attach(ws)
            await window.first_paint.wait()
            settle_heap()  # as the app does once its first page is shown
            timer.start()
            await asyncio.sleep(0.05)
            begin = len(ticks)
            stored = await full_sync(db, account, stack, ws.executors.write)
            synced = len(ticks)
            window.queue.reload()
            await asyncio.sleep(0.2)  # the queue reload after the sync
            timer.stop()
            gaps = [b - a for a, b in zip(ticks[begin:], ticks[begin + 1:])]
            if os.environ.get("DESK_STALL_DEBUG"):
                worst = sorted(range(len(gaps)), key=gaps.__getitem__)[-5:]
                print({i: round(gaps[i] * 1000, 1) for i in worst}, "sync ended at tick", synced - begin, file=sys.stderr)
            print(json.dumps({"ui_max_stall_ms": round(max(gaps) * 1000, 1), "ui_ticks": len(gaps),
                              "ui_sync_messages": stored}), flush=True)
            return 0

        with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
            code = runner.run(scenario())
        ws.executors.shutdown()
        db.close()
        stack.stop()
    return code


if __name__ == "__main__":
    sys.exit(main())
