"""AI drafts against a local fake of the chat-completions API: the request as shown, redaction,
streaming, every failure state, grounding on the workspace, the policy check, translation and the
automatic-sending gate."""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import replace

import pytest

from desk.drafting import (
    DraftError, DraftInput, DraftSettings, DraftState, finish_draft, gather_draft_input, is_local,
    load_draft_settings, may_send_automatically, redact_contacts, request_payload, save_draft_settings,
    send_automatically, stream_request,
)
from desk.drafting.client import complete_draft
from desk.drafting.draft import AiDraft
from tests.helpers.fake_chat import KEY, FakeChat


def settings_for(chat: FakeChat, **changes) -> DraftSettings:
    return replace(DraftSettings(enabled=True, base_url=chat.base_url, model="fake-small", timeout_s=5.0), **changes)


INPUT = DraftInput(
    channel="amazon", customer_language="de", agent_language="zh", intent="where_is_my_order",
    messages=(("in", "Wo bleibt mein Paket? Ruf mich an: +49 170 1234567 oder hans.meier@example.de"),
              ("out", "Wir prüfen das."), ("in", "Bestellung 302-1234567-1234567, immer noch nichts.")),
    order_facts=(("order id", "302-1234567-1234567"), ("tracking number", "JJD000390007712345")),
    knowledge=(("Versandt mit Sendungsnummer", "Ihre Bestellung ist unterwegs."),),
    glossary_terms=("Sendungsnummer",), shop_name="Lumora Home", agent_name="Li Na",
)


def collect(settings: DraftSettings, key, payload) -> list[str]:
    async def run():
        return [delta async for delta in stream_request(settings, key, payload)]
    return asyncio.run(run())


# --- the request ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("url", "local"), [
    ("http://127.0.0.1:11434/v1", True), ("http://localhost:8080/v1", True), ("http://[::1]:8080/v1", True),
    ("http://192.168.1.20:11434/v1", True), ("http://10.0.0.5/v1", True), ("http://gpu-box.local:8000/v1", True),
    ("https://api.openai.com/v1", False), ("https://8.8.8.8/v1", False), ("https://api.mistral.ai/v1", False),
])
def test_local_servers_are_told_apart_from_cloud_providers(url, local):
    assert is_local(url) is local


def test_contact_details_are_redacted_but_order_ids_kept():
    text = redact_contacts("Mail me at a.b+c@shop.example.com or call (030) 123-4567, order 302-1234567-1234567")
    assert text == "Mail me at [email] or call [phone], order 302-1234567-1234567"


def test_the_payload_is_grounded_in_the_buyers_language_and_redacted_for_a_cloud_provider():
    payload = request_payload(DraftSettings(enabled=True, base_url="https://api.openai.com/v1", model="gpt-4o-mini"), INPUT)
    assert payload["model"] == "gpt-4o-mini" and payload["stream"] is True
    system, user = payload["messages"]
    assert system["role"] == "system" and "German" in system["content"] and "never ask for a review" in system["content"]
    assert "Sendungsnummer" in system["content"] and "Li Na" in system["content"]
    for fact in ("JJD000390007712345", "302-1234567-1234567", "Ihre Bestellung ist unterwegs", "where is my order"):
        assert fact in user["content"]
    assert "hans.meier@example.de" not in json.dumps(payload) and "1234567 oder" not in user["content"]
    assert "[email]" in user["content"] and "[phone]" in user["content"]


def test_a_local_server_or_a_workspace_that_allows_it_gets_contact_details():
    local = request_payload(DraftSettings(enabled=True, base_url="http://127.0.0.1:11434/v1", model="m"), INPUT)
    allowed = request_payload(DraftSettings(enabled=True, base_url="https://api.openai.com/v1", model="m",
                                            send_contact_details=True), INPUT)
    for payload in (local, allowed):
        assert "hans.meier@example.de" in payload["messages"][1]["content"]


# --- streaming and failures ------------------------------------------------------------------------

def test_the_draft_streams_in_pieces_and_the_server_sees_exactly_the_payload(chat, caplog):
    settings = settings_for(chat)
    payload = request_payload(settings, INPUT)
    with caplog.at_level(logging.INFO, logger="desk.drafting"):
        deltas = collect(settings, KEY, payload)
    assert len(deltas) > 3 and "".join(deltas) == chat.reply
    seen = chat.requests[-1]
    assert seen["body"] == payload
    assert seen["headers"]["authorization"] == f"Bearer {KEY}"
    assert "JJD000390007712345" in caplog.text and KEY not in caplog.text  # logged, without the key


def test_a_server_answering_in_one_body_is_read_too(chat):
    settings = settings_for(chat)
    text = asyncio.run(complete_draft(settings.base_url, KEY, request_payload(settings, INPUT, stream=False), timeout_s=5))
    assert text == chat.reply


def test_a_local_server_without_a_key_gets_no_authorization_header(chat):
    chat.key = None
    collect(settings_for(chat), None, request_payload(settings_for(chat), INPUT))
    assert "authorization" not in chat.requests[-1]["headers"]


def failure(settings, key, payload) -> DraftError:
    with pytest.raises(DraftError) as raised:
        collect(settings, key, payload)
    assert KEY not in str(raised.value)
    return raised.value


@pytest.mark.parametrize(("outcome", "state"), [
    (429, DraftState.RATE_LIMITED), (500, DraftState.SERVER_ERROR), (503, DraftState.SERVER_ERROR),
    ("filter", DraftState.FILTERED), ("empty", DraftState.EMPTY), ("stream-error", DraftState.REFUSED),
])
def test_refusals_and_provider_failures_are_typed_states(chat, outcome, state):
    chat.queue(outcome)
    assert failure(settings_for(chat), KEY, request_payload(settings_for(chat), INPUT)).state is state


def test_a_wrong_key_an_unknown_model_and_a_silent_server(chat):
    settings = settings_for(chat)
    wrong_key = failure(settings, "sk-wrong", request_payload(settings, INPUT))
    assert wrong_key.state is DraftState.AUTH and wrong_key.status == 401
    unknown = failure(settings, KEY, request_payload(replace(settings, model="gpt-9"), INPUT))
    assert unknown.state is DraftState.REFUSED and "gpt-9" in str(unknown)
    chat.queue("stall")
    stalled = failure(replace(settings, timeout_s=0.5), KEY, request_payload(settings, INPUT))
    assert stalled.state is DraftState.TIMEOUT


def test_no_server_and_drafts_switched_off():
    from desk.sandbox.serve import free_port

    closed = DraftSettings(enabled=True, base_url=f"http://127.0.0.1:{free_port()}/v1", model="m", timeout_s=2)
    assert failure(closed, KEY, request_payload(closed, INPUT)).state is DraftState.OFFLINE
    off = replace(closed, enabled=False)
    assert failure(off, KEY, request_payload(off, INPUT)).state is DraftState.NOT_CONFIGURED


# --- the workspace ---------------------------------------------------------------------------------

def conversation_with_tracking(db) -> int:
    rows = db.fetch_all("""SELECT c.id FROM conversations c JOIN shipments s ON s.order_id = c.order_id
                           WHERE c.intent = 'where_is_my_order' AND c.status = 'open' ORDER BY c.id""")
    return rows[0][0]


def test_the_draft_is_grounded_on_the_conversation_its_order_and_the_knowledge_base(demo_db):
    from desk.translation.glossary import load_glossary

    cid = conversation_with_tracking(demo_db)
    tracking = demo_db.fetch_all("SELECT s.tracking_number FROM shipments s JOIN conversations c "
                                 "ON c.order_id = s.order_id WHERE c.id = :c", {"c": cid})[0][0]
    draft_input = gather_draft_input(demo_db, cid, agent_language="zh", agent_name="Li Na", glossary=load_glossary(demo_db))
    assert draft_input.intent == "where_is_my_order" and draft_input.agent_language == "zh"
    assert any(direction == "in" for direction, _ in draft_input.messages)
    assert ("tracking number", tracking) in draft_input.order_facts
    assert draft_input.knowledge  # the best KB entries, in the customer's language
    payload = request_payload(DraftSettings(enabled=True, base_url="http://127.0.0.1:1/v1", model="m"), draft_input)
    assert tracking in payload["messages"][1]["content"]


def test_the_policy_check_and_the_translation_apply_to_the_draft(chat):
    from desk.translation.model import Translation

    async def translate(text, source, target):  # the shape of TranslationService.translate
        return Translation(text, f"[{target}] {text}", source, target, provider="test")

    draft = asyncio.run(finish_draft("Hallo, Ihr Paket: https://track.example.com/x", INPUT, translate=translate))
    assert draft.language == "de" and draft.translation.translated.startswith("[zh] Hallo")
    assert any(v.rule_id for v in draft.violations)  # a link off Amazon
    clean = asyncio.run(finish_draft("Hallo, Ihr Paket ist unterwegs.", INPUT, translate=None))
    assert clean.violations == () and clean.translation is None
    with pytest.raises(DraftError) as empty:
        asyncio.run(finish_draft("   ", INPUT))
    assert empty.value.state is DraftState.EMPTY


def test_an_ai_draft_goes_out_unseen_only_where_everything_allows_it(demo_db):
    from sqlalchemy import text

    from desk.routing.autoreply import Rule, load_rules, save_rules
    from desk.triage import autoreply_threshold

    cid = conversation_with_tracking(demo_db)
    with demo_db.engine.begin() as conn:
        conn.execute(text("UPDATE conversations SET escalate = 0, triage_confidence = 1.0 WHERE id = :c"), {"c": cid})
    draft = AiDraft("Hallo, Ihr Paket ist unterwegs.", "de", None, ())
    settings = DraftSettings(enabled=True, base_url="http://127.0.0.1:1/v1", model="m", auto_send=True)
    assert not may_send_automatically(demo_db, cid, draft, settings)  # the intent's rule is off
    save_rules(demo_db, {**load_rules(demo_db), "where_is_my_order": Rule(propose=True, auto_send=True)})
    assert may_send_automatically(demo_db, cid, draft, settings)
    assert not may_send_automatically(demo_db, cid, draft, replace(settings, auto_send=False))
    assert not may_send_automatically(demo_db, cid, replace(draft, violations=("x",)), settings)
    with demo_db.engine.begin() as conn:
        conn.execute(text("UPDATE conversations SET triage_confidence = :v WHERE id = :c"),
                     {"v": autoreply_threshold() - 0.01, "c": cid})
    assert not may_send_automatically(demo_db, cid, draft, settings)  # triage not sure enough
    with demo_db.engine.begin() as conn:
        conn.execute(text("UPDATE conversations SET triage_confidence = 1.0, escalate = 1 WHERE id = :c"), {"c": cid})
    assert not may_send_automatically(demo_db, cid, draft, settings)
    assert not send_automatically(demo_db, cid, draft, settings)
    with demo_db.engine.begin() as conn:
        conn.execute(text("UPDATE conversations SET escalate = 0 WHERE id = :c"), {"c": cid})
    assert send_automatically(demo_db, cid, draft, settings)
    queued = demo_db.fetch_all("SELECT body FROM outbox WHERE conversation_id = :c", {"c": cid})
    assert queued == [(draft.text,)]
    audit = demo_db.fetch_all("SELECT kind, detail_json FROM audit_events WHERE conversation_id = :c", {"c": cid})
    assert [kind for kind, _ in audit] == ["auto_reply"] and json.loads(audit[0][1])["ai_draft"] == "m"


def test_settings_round_trip_with_defaults_off(demo_db, session_keyring):
    from desk import settings
    from desk.drafting.settings import load_api_key, store_api_key

    assert load_draft_settings(demo_db) == DraftSettings() and not DraftSettings().enabled
    chosen = DraftSettings(enabled=True, base_url="http://127.0.0.1:11434/v1", model="llama3.1:8b", timeout_s=30.0)
    save_draft_settings(demo_db, chosen)
    assert load_draft_settings(demo_db) == chosen
    declared = {key for key in settings.SETTINGS if key.startswith("drafting.")}
    assert declared == {f"drafting.{name}" for name in DraftSettings.__dataclass_fields__}
    store_api_key(KEY)
    assert load_api_key() == KEY and repr(load_api_key()) == "'***'"
    rows = demo_db.fetch_all("SELECT value_json FROM settings WHERE key LIKE 'drafting.%'")
    assert rows and all(KEY not in value for (value,) in rows)


def test_the_pipeline_sends_an_ai_draft_where_everything_allows_it_and_never_to_unverified_mail(demo_db, chat,
                                                                                              session_keyring):
    """With no window: after triage, a conversation the macro could not answer gets an AI draft from
    the provider, checked, queued and announced for delivery; forged platform mail never does."""
    import asyncio

    from sqlalchemy import text

    from desk.app.workspace import Workspace
    from desk.drafting.settings import store_api_key
    from desk.pipeline import _ai_replies
    from desk.routing.autoreply import Rule, load_rules, save_rules

    chat.reply = "Guten Tag, Ihr Paket ist unterwegs und kommt in zwei Tagen bei Ihnen an."
    cid = conversation_with_tracking(demo_db)
    forged = demo_db.fetch_all("SELECT id FROM conversations WHERE id != :c AND intent = 'where_is_my_order' "
                               "ORDER BY id LIMIT 1", {"c": cid})[0][0]
    with demo_db.engine.begin() as conn:
        conn.execute(text("UPDATE conversations SET escalate = 0, triage_confidence = 1.0, language = 'de', "
                          "unverified = (id = :f) WHERE id IN (:c, :f)"), {"c": cid, "f": forged})
    save_rules(demo_db, {**load_rules(demo_db), "where_is_my_order": Rule(propose=True, auto_send=True)})
    save_draft_settings(demo_db, settings_for(chat, auto_send=True))
    store_api_key(KEY)
    ws = Workspace(demo_db, interface_language="zh", translation_offline=True)

    async def scenario():
        try:
            return await _ai_replies(ws, [forged, cid])
        finally:
            ws.executors.shutdown()

    sent = asyncio.run(scenario())
    assert sent == [cid]
    assert demo_db.fetch_all("SELECT body FROM outbox WHERE conversation_id = :c", {"c": cid}) == [(chat.reply,)]
    assert demo_db.fetch_all("SELECT count(*) FROM outbox WHERE conversation_id = :c", {"c": forged}) == [(0,)]
    assert len(chat.requests) == 1  # the forged one never reached the provider
