"""Proposed and automatic replies for the simple questions, from the matching macro and the order.

Every simple intent gets a proposed reply the agent sends with one keystroke. Automatic sending is
switched on per intent (the workspace setting settings.AUTOREPLY_RULES) and never happens when the
policy check objects, when the order facts the macro needs are missing, when the customer is
escalated, when triage is not sure enough of the intent (`sure_enough`), or when the conversation
was started by unverified mail (a forged "Amazon" or "Shopify" sender): those get no proposal either.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from desk.routing.annotate import SIMPLE_INTENTS, UNSURE
from desk.storage.db import Database
from desk import settings
from desk.storage.timekeys import NO_DUE

AUTO_INTENTS = SIMPLE_INTENTS  # the intents a rule may switch automatic sending on for
AUTO_AUTHOR = "Desk (automatic)"
# What must be known before a macro may go out unseen: a "where is my order" answer without a
# tracking number answers nothing.
REQUIRED_FACTS = {
    "where_is_my_order": ("order_id", "tracking_number"),
    "refund_status": ("order_id",),
    "invoice_request": ("order_id",),
    "return_request": ("order_id",),
}


@dataclass(frozen=True)
class Rule:
    propose: bool = True
    auto_send: bool = False


@dataclass(frozen=True)
class ProposedReply:
    slug: str
    title: str
    language: str
    text: str
    violations: tuple
    facts_complete: bool


def sure_enough(intent: str | None, escalate: bool, confidence: float | None) -> bool:
    """Whether triage is confident enough to answer without a person reading first (the only gate on
    confidence for automatic sending; the benchmark's `autoreply_wrong_rate` measures it)."""
    from desk.triage import autoreply_threshold

    return (not escalate and intent in AUTO_INTENTS and confidence is not None
            and confidence >= autoreply_threshold())


def load_rules(db: Database) -> dict[str, Rule]:
    stored = settings.get(db, settings.AUTOREPLY_RULES)
    return {intent: Rule(**{k: bool(v) for k, v in stored.get(intent, {}).items() if k in ("propose", "auto_send")})
            for intent in SIMPLE_INTENTS}


def save_rules(db: Database, rules: dict[str, Rule]) -> None:
    settings.put(db, settings.AUTOREPLY_RULES, {intent: {"propose": r.propose, "auto_send": r.auto_send}
                                      for intent, r in rules.items() if intent in SIMPLE_INTENTS})


def _conversation(db: Database, conversation_id: int) -> tuple | None:
    rows = db.fetch_all(
        """SELECT c.intent, c.escalate, c.triage_confidence, c.language, c.channel, cu.country, c.last_inbound_at,
                  c.sla_due_at, (SELECT m.body_text FROM messages m WHERE m.conversation_id = c.id
                                 AND m.direction = 'in' ORDER BY m.sent_at DESC, m.id DESC LIMIT 1),
                  c.unverified, c.account_id
           FROM conversations c LEFT JOIN customers cu ON cu.id = c.customer_id WHERE c.id = :c""",
        {"c": conversation_id})
    return rows[0] if rows else None


def propose_reply(db: Database, conversation_id: int, *, agent_name: str = "",
                  now: datetime | None = None) -> ProposedReply | None:
    """The reply built from the best macro for a simple question, in the customer's language; None
    for anything else (escalated, unsure, complex, no macro in that language)."""
    from desk.knowledge import macro_context, render_macro, suggest
    from desk.policy import check_outgoing

    row = _conversation(db, conversation_id)
    if row is None:
        return None
    intent, escalate, confidence, language, channel, country, last_in, _due, last_text, unverified, _account = row
    if (escalate or unverified or intent not in SIMPLE_INTENTS or not language or (confidence or 0) < UNSURE
            or not load_rules(db)[intent].propose):
        return None
    hits = suggest(db, text=last_text or "", intent=intent, language=language, market=country, channel=channel, limit=5)
    answering = {slug for (slug,) in db.fetch_all(
        "SELECT slug FROM kb_entries WHERE kind = 'macro' AND intent = :i", {"i": intent})}
    macro = next((h for h in hits if h.slug in answering and h.language == language), None)
    if macro is None:
        return None
    context = macro_context(db, conversation_id, agent_name=agent_name)
    text = render_macro(db, macro.slug, language, context)
    violations = check_outgoing(text, channel=channel, customer_language=language, last_inbound_at=last_in,
                                now=now or datetime.now(UTC))
    facts = all(getattr(context, fact, None) for fact in REQUIRED_FACTS[intent])
    return ProposedReply(macro.slug, macro.title, language, text, tuple(violations), facts)


def send_automatic_replies(db: Database, conversation_ids: list[int], *, agent_name: str = "",
                           now: datetime | None = None) -> list[int]:
    """Queue the automatic reply where its rule allows it; the conversations answered."""
    from desk.sync.outbox import queue_reply

    now = now or datetime.now(UTC)
    sent = []
    for conversation_id in conversation_ids:
        if not may_answer_automatically(db, conversation_id):
            continue
        proposal = propose_reply(db, conversation_id, agent_name=agent_name, now=now)
        if proposal is None or proposal.violations or not proposal.facts_complete:
            continue
        key = automatic_reply_key(db, conversation_id)
        if db.fetch_all("SELECT 1 FROM outbox WHERE idempotency_key = :k", {"k": key}):
            continue  # this message was answered before (a pipeline run again after a crash, a second worker)
        queue_reply(db, conversation_id, proposal.text, author=AUTO_AUTHOR, now=now, key=key)
        audit_automatic_reply(db, conversation_id, {"macro": proposal.slug, "language": proposal.language}, now)
        sent.append(conversation_id)
    return sent


def automatic_reply_key(db: Database, conversation_id: int) -> str:
    """The idempotency key of the automatic answer to the customer's latest message: one answer per
    message, however often the pipeline runs."""
    row = _conversation(db, conversation_id)
    return f"auto-{conversation_id}-{row[6]}"


def may_answer_automatically(db: Database, conversation_id: int) -> bool:
    """The one gate of every automatic reply, macro or AI draft: the intent's rule switched on, the
    customer still waiting, triage sure enough (never escalated), and not unverified mail (a forged
    platform sender) nor imported mail (no mailbox to answer from)."""
    from desk.accounts import local_account_ids

    row = _conversation(db, conversation_id)
    if row is None:
        return False
    intent, escalate, confidence, *_rest, due, _last_text, unverified, account_id = row
    rule = load_rules(db).get(intent)
    if rule is None or not rule.auto_send or due == NO_DUE or unverified or account_id in local_account_ids(db):
        return False
    return sure_enough(intent, bool(escalate), confidence)


def audit_automatic_reply(db: Database, conversation_id: int, detail: dict, now: datetime) -> None:
    """Write an automatic reply to the audit log; `detail` says what it was made from (no secrets)."""
    from desk.storage.models import AuditEvent

    with db.sessionmaker.begin() as session:
        session.add(AuditEvent(at=now, actor=AUTO_AUTHOR, kind="auto_reply", conversation_id=conversation_id,
                               detail_json=json.dumps(detail)))
