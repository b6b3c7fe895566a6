"""main(): the QApplication, the window, the workspace, then the qasync event loop.

Start-up order matters (README "Performance"): when the workspace is ready as it is (no
migration, no demo to build), the first queue page is read and painted before asyncio and
qasync are even imported; otherwise the window opens at once and the workspace is prepared on
the writer thread while the loop runs.
"""

from __future__ import annotations

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
    probe = bool(os.environ.get(STARTUP_PROBE_ENV))
    if args.screenshot or probe:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    from PySide6.QtWidgets import QApplication

    from desk.errors import DeskError
    from desk.executors import Executors
    from desk.paths import data_dir
    from desk.workspace import open_ready_workspace
    from ui.i18n import install_translators
    from ui.mainwindow import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Desk")
    app.setOrganizationName("Desk")
    folder = data_dir(args.data_dir)
    instance = _claim_workspace(folder, args)  # holds the lock and the server while Desk runs
    _load_resources(app)
    translators = install_translators(app, args.lang)  # noqa: F841 - must outlive the window
    window = MainWindow(Executors())
    if instance is not None:
        from ui.single_instance import bring_to_front

        instance.activation_requested.connect(lambda: bring_to_front(window))
    error = None
    try:
        _ensure_data_folder(folder, args.demo)
        db = open_ready_workspace(folder, args.demo)
    except DeskError as exc:
        db, error = None, exc
    if db is not None:
        from desk.storage.queue import queue_page

        window.attach(db, first_page=queue_page(db, window.current_filter()))
    window.show()
    if db is not None:
        app.processEvents()  # paint the first page now; nothing async is running yet
        if probe:
            _report_startup()
            return 0
    if instance is not None:
        instance.listen()  # after the first paint: a later start waits for it meanwhile

    import asyncio

    import qasync

    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        return runner.run(_main(app, window, args, folder, db, error))


# --- start-up guards (ui/single_instance.py) -------------------------------------------------

def _claim_workspace(folder: Path, args):
    """One window per workspace: a later start brings this one to the front (raises
    AlreadyRunning there). A --screenshot renders once beside any open window, so it claims nothing."""
    if args.screenshot:
        return None
    from desk.paths import workspace_db
    from ui.single_instance import SingleInstance

    instance = SingleInstance(workspace_db(folder, args.demo).parent)
    instance.claim()
    return instance


def _ensure_data_folder(folder: Path, demo: bool) -> None:
    from desk.paths import workspace_db
    from ui.single_instance import ensure_data_folder

    ensure_data_folder(workspace_db(folder, demo).parent)


# ---------------------------------------------------------------------------------------------

def settle_heap() -> None:
    """Move everything start-up created out of the garbage collector's reach: a full collection
    walks every tracked object (Qt wrappers, modules, SQLAlchemy) and stalled the window ~100 ms
    in the middle of a sync. What is created later is still collected."""
    import gc

    gc.collect()
    gc.freeze()


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


async def _main(app, window, args, folder: Path, db, error) -> int:
    from desk.errors import DeskError
    from desk.workspace import open_workspace
    from ui import ops

    executors = window.executors
    ops.start_waiting()
    if db is not None:
        settle_heap()
    interactive = not (args.screenshot or os.environ.get(STARTUP_PROBE_ENV))
    try:
        if db is None and error is None:
            try:
                db = await executors.write(open_workspace, folder, args.demo)
            except DeskError as exc:
                error = exc
            else:
                window.attach(db)
                await window.first_paint.wait()
                settle_heap()
        if error is not None:
            print(f"desk: {error}", file=sys.stderr)
            if interactive:
                await _show_error(window, str(error))
            return error.exit_code
        if os.environ.get(STARTUP_PROBE_ENV):
            await window.first_paint.wait()
            _report_startup()
            return 0
        if args.screenshot:
            return await _screenshot(window, Path(args.screenshot))
        from ui.syncing import SyncController

        sync = SyncController(db, executors, window)
        window.connect_sync(sync)
        platforms = await _demo_platforms(db, executors) if args.demo else None
        ops.spawn(sync.start(), name="sync-start")
        await _until_quit(app)
        await sync.stop()
        if platforms is not None:
            platforms.stop()
        return 0
    finally:
        ops.cancel_all()
        executors.shutdown()
        if window.services is not None and window.services.translation is not None:
            window.services.translation.close()  # provider connections and the translation cache
        if db is not None:
            db.close()


async def _demo_platforms(db, executors):
    """Sandbox platforms for the demo's accounts, their credentials in an in-memory keyring."""
    from desk import secrets
    from desk.sandbox.demo import point_demo_workspace

    secrets.use_session_keyring()
    try:
        platforms = await executors.write(point_demo_workspace, db)
    except Exception:
        log.exception("the demo's sandbox platforms did not start; the demo works offline")
        return None
    for account_id, values in platforms.secrets.items():
        for name, value in values.items():
            await executors.io(secrets.store_secret, account_id, name, value)
    return platforms


async def _until_quit(app) -> None:
    from ui.ops import settle

    import asyncio

    done = asyncio.get_running_loop().create_future()
    app.lastWindowClosed.connect(lambda: settle(done))
    await done


async def _show_error(window, message: str) -> None:
    from ui.ops import settle

    import asyncio

    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, window.tr("Desk cannot open this workspace"), message,
                      QMessageBox.StandardButton.Close, window)
    closed = asyncio.get_running_loop().create_future()
    box.finished.connect(lambda _: settle(closed))
    box.open()  # never exec(): a nested loop inside a coroutine breaks qasync
    await closed


async def _screenshot(window, path: Path) -> int:
    from ui.ops import settle

    import asyncio

    await window.first_paint.wait()
    shown = asyncio.get_running_loop().create_future()
    window.conversation_shown.connect(lambda _: settle(shown))
    if window.model.rowCount() and window.reading.conversation_id is None:
        try:
            await asyncio.wait_for(shown, timeout=30)
        except TimeoutError:
            print("desk: the first conversation did not load; saving the window as it is", file=sys.stderr)
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
