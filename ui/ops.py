"""Running application-layer operations for widgets: off the GUI thread, every task kept alive,
errors shown, and what changed broadcast to every view (Anki's CollectionOp/QueryOp pattern).

    run(conversations.clear_escalation(ws, cid), bridge, initiator=self)
    run(queue.count(ws, flt), bridge, on_done=self._show_count)

An operation returns `Changes` (or a record with a `.changes` field): `run` hands it to
`bridge.changed`, and each view refreshes only what it names. A DeskError is shown through
`bridge.message` (in the agent's words when it has a refusal code, ui.refusals; or `on_error`),
except a lost or refused team server, which the team's banner says; anything else is a bug, logged
with its traceback.

asyncio is imported on first use, not at module level: the window paints its first queue page
before asyncio and qasync (~60 ms) are loaded (see ui.app).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from desk.errors import DeskError
from ui.refusals import refusal_text, said_by_the_banner

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger(__name__)

_background: set[asyncio.Task] = set()
_waiting: list[tuple[Coroutine[Any, Any, Any], str | None, Coroutine | None]] = []  # (task body, name, its op)
_closed = False  # the window is closing: late timers must not start work on a loop that is ending


def _running_loop():
    asyncio = sys.modules.get("asyncio")
    if asyncio is None:
        return None
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def spawn(coro: Coroutine[Any, Any, Any], name: str | None = None, *, op: Coroutine | None = None
          ) -> asyncio.Task | None:
    """Start `coro` as a task and keep a reference until it ends (asyncio only keeps weak ones).

    Before the event loop runs (the window paints its first page first), the coroutine waits
    and starts with `start_waiting()`.
    """
    if _closed:
        coro.close()
        return None
    loop = _running_loop()
    if loop is None:
        _waiting.append((coro, name, op))
        return None
    task = loop.create_task(coro, name=name)
    _background.add(task)
    task.add_done_callback(_finished)
    return task


def _finished(task: asyncio.Task) -> None:
    _background.discard(task)
    if not task.cancelled() and (error := task.exception()) is not None:
        log.error("background task %s failed", task.get_name(), exc_info=error)


def run(op: Coroutine[Any, Any, Any], bridge, *, on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[DeskError], None] | None = None, initiator: object = None,
        name: str | None = None) -> asyncio.Task | None:
    """Run an operation in the background; broadcast what it changed, then call `on_done(result)`."""
    if _closed:
        op.close()
        return None
    return spawn(_run(op, bridge, on_done, on_error, initiator), name=name or getattr(op, "__name__", None), op=op)


async def _run(op, bridge, on_done, on_error, initiator) -> None:
    try:
        result = await op
    except DeskError as error:
        if on_error is not None:
            on_error(error)
        elif said_by_the_banner(error):
            log.info("%s", error)
        elif bridge is not None:
            bridge.message.emit(refusal_text(error))
        return
    changes = _changes_of(result)
    if changes and bridge is not None:
        bridge.changed.emit(changes, initiator)
    if on_done is not None:
        on_done(result)


def _changes_of(result: Any):
    from desk.app.changes import Changes

    if isinstance(result, Changes):
        return result
    changes = getattr(result, "changes", None)
    if isinstance(changes, Changes):
        return changes
    if isinstance(result, tuple):  # (value, Changes)
        return next((part for part in result if isinstance(part, Changes)), None)
    return None


def start_waiting() -> None:
    """Start what was spawned before the loop ran; call from inside the loop."""
    waiting, _waiting[:] = list(_waiting), []
    for coro, name, op in waiting:
        spawn(coro, name, op=op)


def settle(future, value=None) -> None:
    """Resolve `future` once; later calls do nothing. Slots resolving a future use it rather than
    `f.done() or f.set_result(v)`, which would hand a value back to Qt from a void slot."""
    if not future.done():
        future.set_result(value)


async def next_emission(signal, timeout: float | None = None):
    """The arguments of `signal`'s next emission (None after `timeout` seconds)."""
    import asyncio

    arrived = asyncio.get_running_loop().create_future()

    def receive(*args) -> None:
        settle(arrived, args)

    signal.connect(receive)
    try:
        return await asyncio.wait_for(arrived, timeout)
    except TimeoutError:
        return None
    finally:
        signal.disconnect(receive)


def cancel_all(*, closing: bool = False) -> None:
    """Cancel every task; `closing`: and refuse new ones from now on (the app is quitting)."""
    global _closed
    _closed = closing
    for task in list(_background):
        task.cancel()
    for coro, _name, op in _waiting:
        coro.close()
        if op is not None:
            op.close()  # never started either: close it too, or it warns when collected
    _waiting.clear()
