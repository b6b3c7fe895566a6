"""Search over every cached message and customer, in every language Desk works in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.domain import SearchHit

if TYPE_CHECKING:
    from desk.app.workspace import Workspace

LIMIT = 50


async def search(ws: Workspace, query: str, limit: int = LIMIT) -> list[SearchHit]:
    """Customers first (a name or address is the most precise thing an agent types), then messages."""
    from desk.storage.search import search as find

    return await ws.executors.read(find, ws.db, query, limit)
