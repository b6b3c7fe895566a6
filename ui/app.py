"""main(): the QApplication, the qasync event loop, the workspace, the window."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import time
from pathlib import Path

START = time.perf_counter()

log = logging.getLogger(__name__)

# Benchmarks set this: print one JSON line once the first queue page is painted, then exit.
STARTUP_PROBE_ENV = "DESK_STARTUP_PROBE"


def run(args) -> int:
    if args.screenshot or os.environ.get(STARTUP_PROBE_ENV):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    import qasync
    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Desk")
    app.setOrganizationName("Desk")
    _load_resources(app)
    translators = install_translators(app, args.lang)  # noqa: F841 - must outlive the window
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        return runner.run(_main(app, args))


def _load_resources(app) -> None:
    try:
        from ui import resources_rc  # noqa: F401 - registers :/icons and :/qss
    except ImportError:
        log.warning("compiled Qt resources missing (run `make setup`); no icon or style sheet")
        return
    from PySide6.QtCore import QFile
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(":/icons/desk.svg"))
    style = QFile(":/qss/desk.qss")
    if style.open(QFile.OpenModeFlag.ReadOnly):
        app.setStyleSheet(bytes(style.readAll()).decode("utf-8"))


async def _main(app, args) -> int:
    from desk.errors import DeskError
    from desk.executors import Executors
    from desk.paths import data_dir
    from desk.workspace import open_workspace
    from ui.mainwindow import MainWindow

    executors = Executors()
    window = MainWindow(executors)
    window.show()
    try:
        db = await executors.write(open_workspace, data_dir(args.data_dir), args.demo)
    except DeskError as error:
        print(f"desk: {error}", file=sys.stderr)
        if not (args.screenshot or os.environ.get(STARTUP_PROBE_ENV)):
            await _show_error(window, str(error))
        executors.shutdown()
        return error.exit_code
    window.attach(db)
    try:
        if os.environ.get(STARTUP_PROBE_ENV):
            await window.first_paint.painted
            _report_startup()
            return 0
        if args.screenshot:
            return await _screenshot(window, Path(args.screenshot))
        await _until_quit(app)
        return 0
    finally:
        from ui.ops import cancel_all

        cancel_all()
        executors.shutdown()
        db.close()


async def _until_quit(app) -> None:
    done = asyncio.get_running_loop().create_future()
    app.lastWindowClosed.connect(lambda: done.done() or done.set_result(None))
    await done


async def _show_error(window, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, window.tr("Desk cannot open this workspace"), message,
                      QMessageBox.StandardButton.Close, window)
    closed = asyncio.get_running_loop().create_future()
    box.finished.connect(lambda _: closed.done() or closed.set_result(None))
    box.open()  # never exec(): a nested loop inside a coroutine breaks qasync
    await closed


async def _screenshot(window, path: Path) -> int:
    await window.first_paint.painted
    shown = asyncio.get_running_loop().create_future()
    window.conversation_shown.connect(lambda _: shown.done() or shown.set_result(None))
    if window.reading.browser.toPlainText() == "":
        await asyncio.wait_for(shown, timeout=30)
    await asyncio.sleep(0.05)  # let the pane lay out and paint
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path)):
        print(f"desk: could not write the screenshot to {path}", file=sys.stderr)
        return 2
    print(f"screenshot saved to {path}", file=sys.stderr)
    return 0


def _report_startup() -> None:
    import json

    rss_kb = 0
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                rss_kb = int(line.split()[1])
    print(json.dumps({"shown_ms": (time.perf_counter() - START) * 1000, "rss_mb": rss_kb / 1024}), flush=True)
