"""Translations shared by a team (table team_translations, migration 0013).

The worker translates customers' new messages ahead, into the languages the team reads
(setting translation.prefetch_into), and keeps the providers' answers here. An agent's Desk asks
here before it asks a provider (one query for a thread's texts, on a worker thread) and, when its
offline mirror refreshes, copies the answers into its language to its own cache, so they are
there offline too. Only the worker writes: what every colleague reads as the customer's words is
not something one agent's login should be able to forge.

Rows are copied in id order from the last id copied. A row whose id was taken before another's
but committed after it can be passed over; it then costs one lookup here (online) or a provider
call, never a wrong translation.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

from desk.storage.db import Database
from desk.translation.cache import CachedAnswer

log = logging.getLogger(__name__)

COPY_BATCH = 5000  # rows copied into a Desk's cache per query


def _run_directly(db: Database) -> Callable[..., Any]:
    return lambda fn, *args: fn(db, *args)


class TeamTranslations:
    """The team's translations as the translation service sees them. `run(fn, *args)` calls
    fn(team_db, *args): through the agent's link to the server (which knows when it is offline),
    or directly for the worker."""

    def __init__(self, run: Callable[..., Any], *, writes: bool):
        self._run = run
        self.writes = writes

    @classmethod
    def for_worker(cls, db: Database) -> TeamTranslations:
        return cls(_run_directly(db), writes=True)

    def fetch(self, keys: Sequence[bytes]) -> dict[bytes, CachedAnswer]:
        """The team's answers for these keys; none when the server cannot be asked now."""
        try:
            return self._run(_select_keys, list(keys)) if keys else {}
        except Exception as error:  # the link is offline or the query failed: a provider is asked
            log.info("team translations not readable: %s", type(error).__name__)
            return {}

    def publish(self, target: str, answers: dict[bytes, CachedAnswer]) -> None:
        """Keep providers' answers for the team (the worker only; a key kept already stays)."""
        if not (self.writes and answers):
            return
        try:
            self._run(_insert, target, answers)
        except Exception as error:  # the answers are in this host's cache; the team misses them
            log.warning("team translations not writable: %s", type(error).__name__)

    def since(self, target: str, after_id: int, kept_since: int, limit: int = COPY_BATCH
              ) -> list[tuple[int, bytes, CachedAnswer]]:
        """Answers into `target` after `after_id` and kept since `kept_since` (epoch seconds), in id
        order (raises when the server cannot be asked: the caller keeps its mark)."""
        return self._run(_select_since, target, after_id, kept_since, limit)


def _select_keys(db: Database, keys: list[bytes]) -> dict[bytes, CachedAnswer]:
    from sqlalchemy import select

    from desk.storage.models import TeamTranslation as T

    with db.engine.connect() as conn:
        rows = conn.execute(select(T.key, T.translated, T.provider).where(T.key.in_(keys))).all()
    return {bytes(key): CachedAnswer(translated, provider) for key, translated, provider in rows}


def _insert(db: Database, target: str, answers: dict[bytes, CachedAnswer]) -> None:
    from sqlalchemy.dialects import postgresql, sqlite

    from desk.storage.models import TeamTranslation as T

    insert = postgresql.insert if db.engine.dialect.name == "postgresql" else sqlite.insert

    now = int(time.time())
    rows = [{"key": key, "target": target, "translated": answer.translated, "provider": answer.provider,
             "created_at": now} for key, answer in answers.items()]
    with db.engine.begin() as conn:
        conn.execute(insert(T).on_conflict_do_nothing(index_elements=["key"]), rows)


def _select_since(db: Database, target: str, after_id: int, kept_since: int, limit: int
                  ) -> list[tuple[int, bytes, CachedAnswer]]:
    from sqlalchemy import select

    from desk.storage.models import TeamTranslation as T

    query = (select(T.id, T.key, T.translated, T.provider)
             .where(T.target == target, T.id > after_id, T.created_at >= kept_since).order_by(T.id).limit(limit))
    with db.engine.connect() as conn:
        rows = conn.execute(query).all()
    return [(row_id, bytes(key), CachedAnswer(translated, provider)) for row_id, key, translated, provider in rows]
