"""After triage: annotation of new customer messages, routing to agents, proposed and automatic
replies, SLA clocks that ignore auto-replies and stop on "no response needed", drafts."""

from datetime import timedelta

from sqlalchemy import text

from desk.domain import Direction
from desk.routing.annotate import annotate_pending, clear_escalation
from desk.routing.autoreply import Rule, load_rules, propose_reply, save_rules, send_automatic_replies, sure_enough
from desk.routing.profiles import AgentProfile, choose_agent, list_profiles, save_profile
from desk.storage.conversations import load_conversation, mark_no_response_needed
from desk.storage.drafts import StoredDraft, load_draft, save_draft
from desk.storage.ingest import Ingestor
from desk.storage.timekeys import NO_DUE, to_epoch
from desk.triage import classify
from tests.helpers.messages import NOW, message

ANGRY_DE = ("Ich warte seit drei Wochen auf mein Paket. Wenn es bis Freitag nicht da ist, "
            "gehe ich zum Anwalt und eröffne einen A-bis-z-Garantieantrag!")


def conversation(db, thread="t1"):
    return db.fetch_all("SELECT id, intent, escalate, language, assignee, sla_due_at FROM conversations "
                        "WHERE thread_key = :t", {"t": thread})[0]


def test_new_customer_messages_are_triaged_once(db, accounts):
    Ingestor(db).ingest([message(accounts["amazon"], "m1", "Wo ist mein Paket? Die Sendung kommt nicht an.")], now=NOW)
    report = annotate_pending(db, classify)
    cid, intent, escalate, language, _who, _due = conversation(db)
    assert report.conversations == [cid]
    assert (intent, bool(escalate), language) == ("where_is_my_order", False, "de")
    assert db.fetch_all("SELECT language FROM messages")[0][0] == "de"
    assert annotate_pending(db, classify).conversations == []  # nothing new to read

    Ingestor(db).ingest([message(accounts["amazon"], "m2", ANGRY_DE, hours_ago=0.5)], now=NOW)
    report = annotate_pending(db, classify)
    assert report.escalated == [cid]
    assert conversation(db)[2]


def test_escalation_goes_to_an_agent_who_speaks_the_language(db, accounts):
    save_profile(db, AgentProfile("li.na", ("zh", "en")))
    save_profile(db, AgentProfile("jonas", ("de", "en"), ("escalation",)))
    save_profile(db, AgentProfile("anna", ("de",)))
    Ingestor(db).ingest([message(accounts["amazon"], "m1", ANGRY_DE)], now=NOW)
    report = annotate_pending(db, classify)
    assert conversation(db)[4] == "jonas"
    assert report.routed == {conversation(db)[0]: "jonas"}


def test_nobody_speaking_the_language_leaves_the_conversation_flagged_and_unassigned(db, accounts):
    save_profile(db, AgentProfile("li.na", ("zh", "en"), ("escalation",)))
    Ingestor(db).ingest([message(accounts["amazon"], "m1", ANGRY_DE)], now=NOW)
    annotate_pending(db, classify)
    _cid, _intent, escalate, _lang, who, _due = conversation(db)
    assert escalate and who is None


def test_the_least_loaded_specialist_is_chosen_and_inactive_agents_never():
    profiles = [AgentProfile("a", ("fr",), ("escalation",)), AgentProfile("b", ("fr",), ("escalation",)),
                AgentProfile("c", ("fr",), ("escalation",), active=False)]
    assert choose_agent(profiles, "fr", "escalation", {"a": 5, "b": 1}).name == "b"
    assert choose_agent(profiles, "fr", "escalation", {"a": 0, "b": 1, "c": 0}).name == "a"
    assert choose_agent(profiles, "de", "escalation", {}) is None


def test_an_agent_clears_an_escalation(db, accounts):
    Ingestor(db).ingest([message(accounts["amazon"], "m1", ANGRY_DE)], now=NOW)
    annotate_pending(db, classify)
    cid = conversation(db)[0]
    clear_escalation(db, cid)
    assert not conversation(db)[2]
    assert profiles_roundtrip(db)


def profiles_roundtrip(db):
    save_profile(db, AgentProfile("x", ("de", " EN "), ("Escalation",), active=False))
    return list_profiles(db) == [AgentProfile("x", ("de", "en"), ("escalation",), active=False)]


# --- proposed and automatic replies (the demo: a seeded knowledge base and orders) ---------------

def wismo_with_tracking(db):
    """A demo conversation asking where the order is, with an order that has a tracking number."""
    rows = db.fetch_all(
        """SELECT c.id FROM conversations c JOIN shipments s ON s.order_id = c.order_id
           WHERE c.intent = 'where_is_my_order' AND c.escalate = 0 AND c.status = 'open'
             AND c.sla_due_at <> :none AND c.triage_confidence >= 0.5 ORDER BY c.id""", {"none": NO_DUE})
    return [r[0] for r in rows]


def test_a_simple_question_gets_a_proposed_reply_in_the_customers_language(demo_db):
    candidates = wismo_with_tracking(demo_db)
    assert candidates
    proposals = [(cid, propose_reply(demo_db, cid, agent_name="Li Na")) for cid in candidates]
    cid, proposal = next((c, p) for c, p in proposals if p is not None)
    view = load_conversation(demo_db, cid)
    assert proposal.language == view.language
    tracking = demo_db.fetch_all("SELECT s.tracking_number FROM shipments s JOIN conversations c "
                                 "ON c.order_id = s.order_id WHERE c.id = :c", {"c": cid})
    assert any(t in proposal.text for (t,) in tracking)
    assert "{{" not in proposal.text and "Li Na" in proposal.text
    assert proposal.facts_complete


def test_escalated_or_switched_off_intents_get_no_proposal(demo_db):
    escalated = demo_db.fetch_all("SELECT id FROM conversations WHERE escalate = 1 LIMIT 1")[0][0]
    assert propose_reply(demo_db, escalated) is None
    cid = wismo_with_tracking(demo_db)[0]
    save_rules(demo_db, {**load_rules(demo_db), "where_is_my_order": Rule(propose=False)})
    assert propose_reply(demo_db, cid) is None


def test_automatic_replies_go_only_where_switched_on_and_the_policy_check_is_silent(demo_db):
    candidates = wismo_with_tracking(demo_db)
    assert send_automatic_replies(demo_db, candidates) == []  # off by default
    save_rules(demo_db, {**load_rules(demo_db), "where_is_my_order": Rule(propose=True, auto_send=True)})
    sent = send_automatic_replies(demo_db, candidates)
    assert sent
    for cid in sent:
        proposal_text = demo_db.fetch_all("SELECT body FROM outbox WHERE conversation_id = :c", {"c": cid})
        assert len(proposal_text) == 1
        assert demo_db.fetch_all("SELECT kind FROM audit_events WHERE conversation_id = :c", {"c": cid}) == [("auto_reply",)]
    skipped = set(candidates) - set(sent)
    for cid in skipped:  # each skipped one had a reason: the check objected, facts were missing, triage unsure
        proposal = propose_reply(demo_db, cid)
        intent, escalate, confidence = demo_db.fetch_all(
            "SELECT intent, escalate, triage_confidence FROM conversations WHERE id = :c", {"c": cid})[0]
        assert (proposal is None or proposal.violations or not proposal.facts_complete
                or not sure_enough(intent, bool(escalate), confidence))
    assert send_automatic_replies(demo_db, sent) == []  # answered: never twice



def test_an_automatic_reply_goes_once_per_customer_message_even_when_the_pipeline_runs_again(demo_db):
    save_rules(demo_db, {**load_rules(demo_db), "where_is_my_order": Rule(propose=True, auto_send=True)})
    sent = send_automatic_replies(demo_db, wismo_with_tracking(demo_db))
    assert sent
    # A second worker (or a run repeated after a crash) read the conversations while they still waited.
    with demo_db.engine.begin() as conn:
        conn.execute(text("UPDATE conversations SET sla_due_at = 0 WHERE id = :c"), {"c": sent[0]})
    assert send_automatic_replies(demo_db, sent[:1]) == []
    assert len(demo_db.fetch_all("SELECT 1 FROM outbox WHERE conversation_id = :c", {"c": sent[0]})) == 1

# --- SLA clocks ---------------------------------------------------------------------------------

def test_an_out_of_office_reply_neither_starts_nor_stops_the_clock(db, accounts):
    amazon = accounts["amazon"]
    ingest = Ingestor(db).ingest
    ingest([message(amazon, "in1", "Where is my parcel?", hours_ago=5)], now=NOW)
    due = conversation(db)[5]
    ingest([message(amazon, "auto1", "We received your message.", direction=Direction.OUT, hours_ago=4,
                    auto_reply=True)], now=NOW)
    assert conversation(db)[5] == due  # the auto-reply did not answer
    ingest([message(amazon, "out1", "It ships today.", direction=Direction.OUT, hours_ago=3)], now=NOW)
    assert conversation(db)[5] == NO_DUE
    ingest([message(amazon, "ooo", "I am out of office until Monday.", hours_ago=2, auto_reply=True)], now=NOW)
    assert conversation(db)[5] == NO_DUE  # the customer's out-of-office starts no clock


def test_no_response_needed_stops_the_clock_until_the_customer_writes_again(db, accounts):
    amazon = accounts["amazon"]
    Ingestor(db).ingest([message(amazon, "in1", "Thanks, all good!", hours_ago=5)], now=NOW)
    cid = conversation(db)[0]
    mark_no_response_needed(db, cid, to_epoch(NOW - timedelta(hours=4)))
    assert conversation(db)[5] == NO_DUE
    Ingestor(db).ingest([message(amazon, "in2", "Actually, one more question", hours_ago=1)], now=NOW)
    assert conversation(db)[5] == to_epoch(NOW - timedelta(hours=1)) + 24 * 3600


def test_drafts_survive_and_an_empty_one_is_removed(db, accounts):
    Ingestor(db).ingest([message(accounts["amazon"], "in1")], now=NOW)
    cid = conversation(db)[0]
    save_draft(db, cid, StoredDraft("Bonjour, "), 1)
    save_draft(db, cid, StoredDraft("Bonjour, votre colis", "fr", "fr"), 2)
    assert load_draft(db, cid) == StoredDraft("Bonjour, votre colis", "fr", "fr")
    save_draft(db, cid, StoredDraft("  "), 3)
    assert load_draft(db, cid) == StoredDraft("") and db.fetch_all("SELECT count(*) FROM drafts")[0][0] == 0
