"""Reads each new customer message once, in the background: language, intent, escalation, routing.

Runs after sync stores messages (never inside ingest: classifying costs up to a few ms a message,
ingest writes thousands a second). A conversation is due when a customer message arrived after
the one its triage last read (`triaged_at`); escalation stays on until an agent clears it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from desk.routing.profiles import ESCALATION_SKILL, choose_agent, list_profiles, open_load
from desk.storage.db import Database

BATCH = 100
CONTEXT_MESSAGES = 5  # the customer's messages since the last answer that the triage reads together
SIMPLE_INTENTS = ("where_is_my_order", "refund_status", "invoice_request", "return_request")
COMPLEX_INTENTS = ("complaint", "damaged_item", "missing_item", "wrong_item", "not_as_described")
UNSURE = 0.45  # below this confidence a conversation goes to a person, not to a macro


@dataclass
class AnnotateReport:
    conversations: list[int] = field(default_factory=list)
    escalated: list[int] = field(default_factory=list)  # newly escalated
    routed: dict[int, str] = field(default_factory=dict)


def needs_specialist(intent: str | None, escalate: bool, confidence: float | None) -> bool:
    return escalate or intent in COMPLEX_INTENTS or (confidence is not None and confidence < UNSURE)


def pending_conversations(db: Database, limit: int = BATCH) -> list[tuple]:
    """(id, last_inbound_at, last_outbound_at, escalate, assignee) of open conversations with an unread
    customer message, the most urgent first."""
    return db.fetch_all(
        """SELECT id, last_inbound_at, last_outbound_at, escalate, assignee FROM conversations
           WHERE status IN ('open', 'pending') AND last_inbound_at > 0
             AND (triaged_at IS NULL OR triaged_at < last_inbound_at)
           ORDER BY sla_due_at, last_inbound_at LIMIT :n""", {"n": limit})


def _customer_text(db: Database, conversation_id: int, since: int | None) -> tuple[str, list[tuple[int, str | None]]]:
    rows = db.fetch_all(
        """SELECT id, body_text, language FROM messages WHERE conversation_id = :c AND direction = 'in'
           AND NOT auto_reply AND sent_at > :since ORDER BY sent_at DESC, id DESC LIMIT :n""",
        {"c": conversation_id, "since": since or 0, "n": CONTEXT_MESSAGES})
    rows.reverse()
    return "\n".join(text for _, text, _ in rows), [(mid, lang) for mid, _, lang in rows]


def annotate_pending(db: Database, classify: Callable, *, limit: int = BATCH) -> AnnotateReport:
    """Triage up to `limit` conversations; runs on the writer thread."""
    report = AnnotateReport()
    pending = pending_conversations(db, limit)
    if not pending:
        return report
    profiles = list_profiles(db)
    load = open_load(db)
    updates, languages = [], []
    for cid, last_in, last_out, was_escalated, assignee in pending:
        text, messages = _customer_text(db, cid, last_out)
        triage = classify(text) if text.strip() else None
        escalate = bool(was_escalated) or bool(triage and triage.escalate)
        update = {"c": cid, "at": last_in, "intent": None, "conf": None, "esc": bool(triage and triage.escalate),
                  "why": "", "lang": None, "who": None}
        if triage is not None:
            update.update(intent=triage.intent, conf=triage.confidence, lang=triage.language,
                          why=",".join(triage.escalate_reasons))
            languages.extend({"m": mid, "lang": triage.language} for mid, lang in messages if lang is None)
            if triage.escalate and not was_escalated:
                report.escalated.append(cid)
            if assignee is None and needs_specialist(triage.intent, escalate, triage.confidence):
                skill = ESCALATION_SKILL if escalate else triage.intent
                if (agent := choose_agent(profiles, triage.language, skill, load)) is not None:
                    update["who"] = agent.name
                    load[agent.name] = load.get(agent.name, 0) + 1
                    report.routed[cid] = agent.name
        updates.append(update)
        report.conversations.append(cid)
    _write(db, updates, languages)
    return report


def _write(db: Database, updates: list[dict], languages: list[dict]) -> None:
    from sqlalchemy import text

    # Relative to the row as it is now, not as it was read: on a team database an agent may have
    # claimed the conversation or cleared its escalation meanwhile, and that must stand.
    with db.engine.begin() as conn:
        conn.execute(text(
            """UPDATE conversations SET triaged_at = :at, intent = COALESCE(:intent, intent),
               triage_confidence = COALESCE(:conf, triage_confidence), escalate = (escalate OR :esc),
               escalate_reasons = CASE WHEN :why = '' THEN escalate_reasons ELSE :why END,
               language = COALESCE(:lang, language), assignee = COALESCE(assignee, :who) WHERE id = :c"""), updates)
        if languages:
            conn.execute(text("UPDATE messages SET language = :lang WHERE id = :m AND language IS NULL"), languages)


def unanswered_messages(db: Database, conversation_ids: list[int]) -> list[tuple[str, str | None]]:
    """(text, language) of the customer's messages since each conversation's last answer."""
    found: list[tuple[str, str | None]] = []
    for cid in conversation_ids:
        found.extend(db.fetch_all(
            """SELECT m.body_text, COALESCE(m.language, c.language) FROM messages m
               JOIN conversations c ON c.id = m.conversation_id
               WHERE m.conversation_id = :c AND m.direction = 'in'
                 AND m.sent_at > COALESCE(c.last_outbound_at, 0) ORDER BY m.sent_at LIMIT :n""",
            {"c": cid, "n": CONTEXT_MESSAGES}))
    return found


def clear_escalation(db: Database, conversation_id: int) -> None:
    from sqlalchemy import text

    with db.engine.begin() as conn:
        conn.execute(text("UPDATE conversations SET escalate = :f, escalate_reasons = '' WHERE id = :c"),
                     {"f": False, "c": conversation_id})


def annotate_all(db: Database, classify: Callable, *, pause: float = 0.0) -> int:
    """Work through the backlog batch by batch (a freshly synced or generated workspace)."""
    done = 0
    while (report := annotate_pending(db, classify)).conversations:
        done += len(report.conversations)
        if pause:
            time.sleep(pause)  # let the window's thread have the interpreter between batches
    return done
