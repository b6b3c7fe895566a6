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

# The one start-up hook (README "Performance"): with this set, Desk prints one JSON line (its RSS)
# once the first queue page is painted, and exits. The benchmark times the whole process from
# outside; the hook only ends it at the right moment.
STARTUP_PROBE_ENV = "DESK_STARTUP_PROBE"


def run(args) -> int:
    probe = bool(os.environ.get(STARTUP_PROBE_ENV))
    if args.screenshot or probe:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    from PySide6.QtWidgets import QApplication

    from desk.app import queue as queue_ops
    from desk.app import workspace as workspace_ops
    from desk.errors import DeskError
    from ui.i18n import install_translators
    from ui.mainwindow import MainWindow, interface_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Desk")
    app.setOrganizationName("Desk")
    folder = workspace_ops.data_dir(args.data_dir)
    instance = _claim_workspace(folder, args)  # holds the lock and the server while Desk runs
    _load_resources(app)
    translators = install_translators(app, args.lang)  # noqa: F841 - must outlive the window
    window = MainWindow(staged=True)  # the queue first; the rest once its first page is painted
    window.data_dir = folder
    if instance is not None:
        from ui.single_instance import bring_to_front

        instance.activation_requested.connect(lambda: bring_to_front(window))
    ws, error, db = None, None, None
    try:
        workspace_ops.prepare_data_folder(_workspace_folder(folder, args))
        if _team_url(args) is None:  # a team's workspace opens over the network: on the loop, below
            db = workspace_ops.open_ready(folder, args.demo)
    except DeskError as exc:
        error = exc
    if db is not None:
        ws = workspace_ops.Workspace(db, interface_language=interface_language())
        window.attach(ws, first_page=queue_ops.first_page(db, window.queue.current_filter()))
    window.show()
    if ws is not None:
        app.processEvents()  # paint the first page now; nothing async is running yet
        if probe:
            _report_startup()
            return 0
    window.complete()
    if instance is not None:
        instance.listen()  # after the first paint: a later start waits for it meanwhile

    import asyncio

    import qasync

    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        return runner.run(_main(app, window, args, folder, ws, error))


# --- start-up guards (ui/single_instance.py) -------------------------------------------------

def _claim_workspace(folder: Path, args):
    """One window per workspace: a later start brings this one to the front (raises
    AlreadyRunning there). A --screenshot renders once beside any open window, so it claims nothing."""
    if args.screenshot:
        return None
    from ui.single_instance import SingleInstance

    instance = SingleInstance(_workspace_folder(folder, args))
    instance.claim()
    return instance


def _team_url(args) -> str | None:
    """`desk --team URL`: the team's address ("" for the team this Desk joined); None: solo."""
    return getattr(args, "team", None)


def _workspace_folder(folder: Path, args) -> Path:
    """The folder one window holds: the solo workspace's, or this PC's team state (its mirror)."""
    if _team_url(args) is not None:
        from desk.app.team import team_folder

        return team_folder(folder)
    from desk.app.workspace import workspace_file

    return workspace_file(folder, args.demo).parent


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


async def _main(app, window, args, folder: Path, ws, error) -> int:
    from ui import ops

    ops.start_waiting()
    if ws is not None:
        settle_heap()
    interactive = not (args.screenshot or os.environ.get(STARTUP_PROBE_ENV))
    service = platforms = None
    try:
        if ws is None and error is None:
            ws, error = await _open_later(folder, args)
            if ws is not None:
                window.attach(ws)
                await window.first_paint.wait()
                settle_heap()
        if error is not None:
            print(f"desk: {error}", file=sys.stderr)
            if interactive:
                await _show_error(window, opening_error_text(error))
            return error.exit_code
        if os.environ.get(STARTUP_PROBE_ENV):
            await window.first_paint.wait()
            _report_startup()
            return 0
        if ws.team is not None:
            window.start_team()
        if args.screenshot:
            return await _screenshot(window, Path(args.screenshot))
        _fallback_fonts(window)
        window.start_notifications()
        if ws.team is None:  # on a team's database its worker syncs the platforms: the window never does
            from desk.app.sync import SyncService, start_demo_platforms

            service = SyncService(ws)
            platforms = await _demo_platforms(ws, start_demo_platforms) if args.demo else None
            ops.spawn(service.start(), name="sync-start")
        await _until_quit(app)
        return 0
    finally:
        if service is not None:
            await service.stop()
        if platforms is not None:
            platforms.stop()
        ops.cancel_all(closing=True)
        if ws is not None:
            await ws.close()


async def _open_later(folder: Path, args):
    """The workspace that could not open before the loop ran: a solo one to migrate or build (on the
    writer thread), or the team's (over the network). Returns (workspace, None) or (None, DeskError)."""
    from desk.app import workspace as workspace_ops
    from desk.errors import DeskError
    from ui.mainwindow import interface_language

    executors = workspace_ops.Executors()
    try:
        url = _team_url(args)
        if url is not None:
            from desk.app.team import open_team_workspace

            return await open_team_workspace(folder, url or None, interface_language=interface_language(),
                                             executors=executors), None
        db = await executors.write(workspace_ops.open_workspace, folder, args.demo)
    except DeskError as exc:
        executors.shutdown()
        return None, exc
    return workspace_ops.Workspace(db, executors, interface_language=interface_language()), None


async def _demo_platforms(ws, start):
    """The demo's sandbox platforms; without them the demo works offline."""
    try:
        return await start(ws)
    except Exception:
        log.exception("the demo's sandbox platforms did not start; the demo works offline")
        return None


async def _until_quit(app) -> None:
    from ui.ops import settle

    import asyncio

    done = asyncio.get_running_loop().create_future()
    app.lastWindowClosed.connect(lambda: settle(done))
    await done


def opening_error_text(error) -> str:
    """Why the workspace did not open, in the agent's language where Desk has the words (the team's
    server), with the core's own sentence below for the details."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    words = {
        "team_offline": translate("Startup", "The team server cannot be reached, and this computer has no offline "
                                             "copy of the team's conversations yet. Check the network and the "
                                             "team's address, then start Desk again."),
        "team_refused": translate("Startup", "The team server refused this login: the password is wrong, or the "
                                             "team's lead disabled it. Ask the lead, then join again in Settings → "
                                             "Team."),
        "team_unverified": translate("Startup", "Desk could not verify the team server's certificate: check the "
                                                "CA file given when joining, or ask the team's lead."),
    }.get(getattr(error, "code", ""))
    return f"{words}\n\n{error}" if words else str(error)


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


def _fallback_fonts(window) -> None:
    """Desk's fallback fonts (ui/fonts.py), registered after the first paint."""
    from ui.fonts import FallbackFonts

    window.fallback_fonts = FallbackFonts(window)
    window.fallback_fonts.start()


async def _screenshot(window, path: Path) -> int:
    """Once the first page is painted, the agent's preferences loaded and the first conversation
    shown with its translations: what an agent sees a moment after start."""
    await window.first_paint.wait()
    from ui.fonts import install_all

    install_all()
    await _until(window.prepared, lambda: window.is_prepared)
    if window.queue.model.rowCount():
        shown = window.conversation
        if not await _until(shown.translated, lambda: shown.conversation_id is not None
                            and shown.last_translated == shown.conversation_id, timeout=30):
            print("desk: the first conversation did not load; saving the window as it is", file=sys.stderr)
    import asyncio

    await asyncio.sleep(0.05)  # let the pane lay out and paint
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path)):
        print(f"desk: could not write the screenshot to {path}", file=sys.stderr)
        return 2
    print(f"screenshot saved to {path}", file=sys.stderr)
    return 0


async def _until(signal, already, timeout: float = 30) -> bool:
    """Wait for `signal` unless `already()` holds; False on timeout."""
    import asyncio

    from ui.ops import settle

    if already():
        return True
    fired = asyncio.get_running_loop().create_future()
    signal.connect(lambda *_: settle(fired))
    try:
        await asyncio.wait_for(fired, timeout)
    except TimeoutError:
        return False
    return True


def _report_startup() -> None:
    import json

    rss_kb = 0
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                rss_kb = int(line.split()[1])
    print(json.dumps({"shown_ms": (time.perf_counter() - START) * 1000, "rss_mb": rss_kb / 1024}), flush=True)
