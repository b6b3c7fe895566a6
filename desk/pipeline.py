"""What happens to new customer messages after every stored batch, with or without a window:
triage (language, intent, escalation) -> routing to an agent who speaks the language ->
automatic replies where a rule allows them -> translation prefetch into the agent's language.

The sync service (desk.app.sync) requests a pass after each batch it stores; passes run one at a
time in the background, and a request during a pass runs one more, so a burst of batches costs
few passes. Triage never runs inside ingest: classifying costs milliseconds a message, ingest
writes thousands a second.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desk.app.changes import NOTHING, Changes, conversation_changed

if TYPE_CHECKING:
    from desk.app.workspace import Workspace

log = logging.getLogger(__name__)


@dataclass
class PipelineReport:
    triaged: list[int] = field(default_factory=list)  # conversations read
    escalated: list[int] = field(default_factory=list)  # newly escalated
    routed: dict[int, str] = field(default_factory=dict)  # conversation -> agent
    auto_replied: list[int] = field(default_factory=list)
    translated: int = 0  # customer messages translated ahead

    def add(self, other: PipelineReport) -> None:
        self.triaged += other.triaged
        self.escalated += other.escalated
        self.routed.update(other.routed)
        self.auto_replied += other.auto_replied
        self.translated += other.translated

    @property
    def changes(self) -> Changes:
        return conversation_changed(*self.triaged) if self.triaged else NOTHING


async def run_pass(ws: Workspace) -> PipelineReport:
    """Triage every conversation with an unread customer message, batch by batch, and act on it."""
    from desk.routing.annotate import annotate_pending
    from desk.routing.autoreply import send_automatic_replies
    from desk.triage import classify

    report = PipelineReport()
    while True:
        batch = await ws.executors.write(annotate_pending, ws.db, classify)
        if not batch.conversations:
            return report
        sent = await ws.executors.write(send_automatic_replies, ws.db, batch.conversations, agent_name=ws.agent_name)
        sent += await _ai_replies(ws, [cid for cid in batch.conversations if cid not in sent])
        for conversation_id in sent:
            ws.events.reply_queued.emit(conversation_id)
        translated = await _prefetch_translations(ws, batch.conversations)
        report.add(PipelineReport(batch.conversations, batch.escalated, batch.routed, sent, translated))


async def _ai_replies(ws: Workspace, conversation_ids: list[int]) -> list[int]:
    """Where the workspace lets AI drafts go out unseen: a draft for each conversation whose rule and
    triage allow an automatic reply, sent when its policy check is silent. Off by default."""
    from desk.drafting import DraftError, gather_draft_input, load_draft_settings, request_payload
    from desk.drafting.client import complete_draft
    from desk.drafting.draft import finish_draft, send_automatically
    from desk.drafting.settings import load_api_key
    from desk.routing.autoreply import may_answer_automatically

    settings = await ws.executors.read(load_draft_settings, ws.db)
    if not (settings.auto_send and settings.configured):
        return []
    key, sent = await ws.executors.io(load_api_key), []
    for conversation_id in conversation_ids:
        if not await ws.executors.read(may_answer_automatically, ws.db, conversation_id):
            continue  # asked before a provider is: the rule, the triage and the sender allow it
        try:
            draft_input = await ws.executors.read(gather_draft_input, ws.db, conversation_id,
                                                  agent_language=ws.agent_language, agent_name=ws.agent_name)
            text = await complete_draft(settings.base_url, key, request_payload(settings, draft_input),
                                        timeout_s=settings.timeout_s)
            draft = await finish_draft(text, draft_input)
        except DraftError as error:  # the agent answers this one; nothing is lost
            log.info("no automatic AI draft for conversation %s: %s", conversation_id, error.state.value)
            continue
        if await ws.executors.write(send_automatically, ws.db, conversation_id, draft, settings):
            sent.append(conversation_id)
    return sent


async def _prefetch_translations(ws: Workspace, conversation_ids: list[int]) -> int:
    """Translate the customer's new messages as they arrive, one request per language and target
    (the agent's language; on a team's worker, the languages the team reads): by the time the agent
    opens the conversation (or goes offline) the translations are cached."""
    from desk.routing.annotate import unanswered_messages

    service = ws.translation
    if service is None or service.offline:
        return 0
    waiting = await ws.executors.read(unanswered_messages, ws.db, conversation_ids)
    done = 0
    for target in ws.translate_ahead_into or (ws.agent_language,):
        by_language: dict[str, list[str]] = {}
        for text, language in waiting:
            if language and language != target:
                by_language.setdefault(language, []).append(text)
        for language, texts in by_language.items():
            results = await service.translate_many(texts, language, target)
            done += sum(1 for result in results if result.ok)
    return done


class Pipeline:
    """Runs passes in the background on request, one at a time; announces each pass's report
    (ws.events.pipeline) and what it changed (ws.events.changed)."""

    def __init__(self, ws: Workspace):
        self.ws = ws
        self.totals = PipelineReport()
        self._task: asyncio.Task | None = None
        self._again = False

    def request(self) -> None:
        if self._task is not None and not self._task.done():
            self._again = True
            return
        self._task = asyncio.get_running_loop().create_task(self._run(), name="pipeline")

    async def _run(self) -> None:
        while True:
            self._again = False
            try:
                report = await run_pass(self.ws)
            except Exception:  # a bug must not stop sync; the next request tries again
                log.exception("the pipeline failed")
                report = PipelineReport()
            self.totals.add(report)
            if report.triaged:
                self.ws.events.pipeline.emit(report)
                self.ws.events.changed.emit(report.changes)
            if not self._again:
                return

    async def settle(self) -> None:
        """Wait until no pass runs and none is requested."""
        while self._task is not None and not self._task.done():
            await asyncio.shield(self._task)

    async def stop(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
