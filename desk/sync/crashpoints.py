"""Named points where a test can have the process killed (SIGKILL), to prove crash safety.

Set DESK_CRASH_AT="<point>:<n>" to die the n-th time <point> is reached. Costs one dict lookup
when unset.
"""

from __future__ import annotations

import os
import signal

_target = os.environ.get("DESK_CRASH_AT", "")
_counts: dict[str, int] = {}


def crashpoint(name: str) -> None:
    if not _target:
        return
    point, _, nth = _target.partition(":")
    if point != name:
        return
    _counts[name] = _counts.get(name, 0) + 1
    if _counts[name] == int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)
