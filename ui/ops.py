"""Running core work for widgets: off the GUI thread, with every task kept alive and errors shown.

asyncio is imported on first use, not at module level: the window paints its first queue page
before asyncio and qasync (~60 ms) are loaded (see ui.app).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger(__name__)

_background: set[asyncio.Task] = set()
_waiting: list[tuple[Coroutine[Any, Any, Any], str | None]] = []


def _running_loop():
    asyncio = sys.modules.get("asyncio")
    if asyncio is None:
        return None
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def spawn(coro: Coroutine[Any, Any, Any], name: str | None = None) -> asyncio.Task | None:
    """Start `coro` as a task and keep a reference until it ends (asyncio only keeps weak ones).

    Before the event loop runs (the window paints its first page first), the coroutine waits
    and starts with `start_waiting()`.
    """
    loop = _running_loop()
    if loop is None:
        _waiting.append((coro, name))
        return None
    task = loop.create_task(coro, name=name)
    _background.add(task)
    task.add_done_callback(_finished)
    return task


def _finished(task: asyncio.Task) -> None:
    _background.discard(task)
    if not task.cancelled() and (error := task.exception()) is not None:
        log.error("background task %s failed", task.get_name(), exc_info=error)


def start_waiting() -> None:
    """Start what was spawned before the loop ran; call from inside the loop."""
    waiting, _waiting[:] = list(_waiting), []
    for coro, name in waiting:
        spawn(coro, name)


def settle(future, value=None) -> None:
    """Resolve `future` once; later calls do nothing. Use it (not `f.done() or f.set_result(v)`)
    in slots: a slot that returns True/False to PySide 6.12 loses a reference to that bool each
    time, and after enough signals the interpreter aborts at exit (bool_dealloc)."""
    if not future.done():
        future.set_result(value)


def cancel_all() -> None:
    for task in list(_background):
        task.cancel()
    for coro, _ in _waiting:
        coro.close()
    _waiting.clear()


async def load_modules(executors, *names: str) -> None:
    """Import modules on a worker thread first: the knowledge base, translation and triage cost
    tens of milliseconds to import, which the window must not spend on its own thread."""
    missing = [name for name in names if name not in sys.modules]
    if missing:
        await executors.io(_import_all, missing)


def _import_all(names: list[str]) -> None:
    import importlib

    for name in names:
        importlib.import_module(name)
