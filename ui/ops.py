"""Running core work for widgets: off the GUI thread, with every task kept alive and errors shown."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger(__name__)

_background: set[asyncio.Task] = set()


def spawn(coro: Coroutine[Any, Any, Any], name: str | None = None) -> asyncio.Task:
    """Start `coro` as a task and keep a reference until it ends (asyncio only keeps weak ones)."""
    task = asyncio.get_event_loop().create_task(coro, name=name)
    _background.add(task)
    task.add_done_callback(_finished)
    return task


def _finished(task: asyncio.Task) -> None:
    _background.discard(task)
    if not task.cancelled() and (error := task.exception()) is not None:
        log.error("background task %s failed", task.get_name(), exc_info=error)


def cancel_all() -> None:
    for task in list(_background):
        task.cancel()
