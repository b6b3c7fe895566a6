"""A WhatsApp account's approved templates fetched from its Business Account (the sandbox, over
real HTTP): only approved ones offered, their positional parameters filled from the order by the
account's typed line for the same name:language, the rest typed by the agent; fetched on sync at
most every few hours, on demand at once, never while Meta's rate limit holds."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from desk import secrets
from desk.accounts import FETCH_EVERY_S, RETRY_FAILED_S, TemplateSpec, parse_template_line, save_account
from desk.app import replies
from desk.app.accounts import refresh_templates
from desk.app.workspace import Workspace
from desk.domain import Channel, Direction, IncomingMessage
from desk.sandbox.serve import serve_in_thread
from desk.sandbox.whatsapp import create_whatsapp_sandbox, sample_templates
from desk.storage.ingest import Ingestor

TOKEN = "EAAGtemplates5b1c"
WABA_ID = "5467539754836534"
MAPPING = "order_update:de = {{customer_name}} {{order_id}} {{tracking_number}}"
NOW = 1_800_000_000


@pytest.fixture(scope="module")
def served():
    sandbox = create_whatsapp_sandbox("http://127.0.0.1:9/webhook", "secret", access_token=TOKEN,
                                      phone_number_id="1122334455667", waba_id=WABA_ID)
    server = serve_in_thread(sandbox)
    yield sandbox, server.url
    server.stop()


@pytest.fixture
def sandbox(served):
    sandbox = served[0]
    sandbox.set_templates(sample_templates())
    sandbox.faults.app_rate_limited = 0
    sandbox.template_requests = 0
    return sandbox


@pytest.fixture
def ws(db):
    workspace = Workspace(db, interface_language="zh")
    yield workspace
    workspace.executors.shutdown()


def whatsapp_account(db, graph_url: str, *, waba_id: str = WABA_ID, templates: str = MAPPING) -> int:
    settings = {"phone_number_id": "1122334455667", "graph_url": graph_url, "relay_url": "http://127.0.0.1:9",
                "templates": templates, **({"waba_id": waba_id} if waba_id else {})}
    account_id = save_account(db, Channel.WHATSAPP, "WhatsApp", settings)
    secrets.store_secret(account_id, "access_token", TOKEN)
    return account_id


def conversation(db, account_id: int) -> int:
    Ingestor(db).ingest([IncomingMessage(
        account_id, "wamid.t1", "4915112345678", Direction.IN, "Hallo, wo ist mein Paket?",
        datetime.now(UTC) - timedelta(hours=30), customer_name="Jana", customer_phone="+4915112345678",
        language="de")])
    return db.fetch_all("SELECT id FROM conversations ORDER BY id DESC LIMIT 1")[0][0]


def run(coro):
    return asyncio.run(coro)


def test_only_approved_templates_are_offered_with_the_typed_line_as_their_mapping(db, ws, served, sandbox,
                                                                                 session_keyring):
    cid = conversation(db, whatsapp_account(db, served[1]))
    outcome = run(refresh_templates(ws, db.fetch_all("SELECT id FROM accounts")[0][0]))
    assert outcome.kept == 5 and outcome.changes.accounts and outcome.problem is None
    choices = {(c.name, c.language): c for c in run(replies.template_choices(ws, cid))}
    assert set(choices) == {("order_update", "en_US"), ("order_update", "de"), ("order_update", "es"),
                            ("return_label", "en_US"), ("review_request", "de")}  # not PENDING, not REJECTED
    update = choices["order_update", "de"]
    assert update.parameters == ("customer_name", "order_id", "tracking_number")
    assert update.values == ("Jana", "", "") and update.missing == ("order_id", "tracking_number")
    assert update.preview == "Hallo Jana, Ihre Bestellung  ist unterwegs. Sendungsnummer: ."
    review = choices["review_request", "de"]
    assert review.parameters == ("1",) and review.values == ("",) and review.examples == ("Lena",)
    assert review.category == "marketing"


def test_sending_a_fetched_template_needs_every_value_and_queues_the_real_body(db, ws, served, sandbox,
                                                                              session_keyring):
    account_id = whatsapp_account(db, served[1])
    cid = conversation(db, account_id)
    run(refresh_templates(ws, account_id))
    refused = run(replies.send_template(ws, cid, "order_update", "de"))
    assert refused.refused == "template_parameters" and refused.reason == "order_id, tracking_number"
    sent = run(replies.send_template(ws, cid, "order_update", "de", ("Jana", "#1163", "1Z42")))
    assert sent.sent
    [(body, payload)] = db.fetch_all("SELECT body, payload_json FROM outbox WHERE conversation_id = :c", {"c": cid})
    assert body == "Hallo Jana, Ihre Bestellung #1163 ist unterwegs. Sendungsnummer: 1Z42."
    assert '"Jana", "#1163", "1Z42"' in payload


def test_on_sync_templates_are_fetched_at_most_every_few_hours(db, ws, served, sandbox, session_keyring):
    account_id = whatsapp_account(db, served[1])
    assert run(refresh_templates(ws, account_id, on_demand=False, now=NOW)).kept == 5
    assert run(refresh_templates(ws, account_id, on_demand=False, now=NOW + 60)).kept is None
    assert sandbox.template_requests == 1
    assert run(refresh_templates(ws, account_id, now=NOW + 60)).kept == 5  # the agent asked: at once
    assert run(refresh_templates(ws, account_id, on_demand=False, now=NOW + 60 + FETCH_EVERY_S)).kept == 5
    assert sandbox.template_requests == 3


def test_metas_rate_limit_holds_every_fetch_until_its_time(db, ws, served, sandbox, session_keyring):
    account_id = whatsapp_account(db, served[1])
    sandbox.faults.app_rate_limited = 1
    limited = run(refresh_templates(ws, account_id, now=NOW))
    assert limited.problem == "rate_limited" and limited.retry_after == 60.0 and not limited.changes
    held = run(refresh_templates(ws, account_id, now=NOW + 30))
    assert held.problem == "rate_limited" and held.retry_after == 30
    assert run(refresh_templates(ws, account_id, on_demand=False, now=NOW + 30)).kept is None
    assert sandbox.template_requests == 1  # nothing asked while held
    assert run(refresh_templates(ws, account_id, now=NOW + 60)).kept == 5


def test_a_failed_fetch_is_tried_again_on_sync_after_a_while(db, ws, served, sandbox, session_keyring):
    account_id = whatsapp_account(db, served[1], waba_id="404")
    assert run(refresh_templates(ws, account_id, on_demand=False, now=NOW)).problem == "refused"
    assert run(refresh_templates(ws, account_id, on_demand=False, now=NOW + 60)).problem is None
    assert sandbox.template_requests == 1
    run(refresh_templates(ws, account_id, on_demand=False, now=NOW + RETRY_FAILED_S))
    assert sandbox.template_requests == 2


def test_without_a_business_account_id_the_typed_lines_are_the_templates(db, ws, served, sandbox,
                                                                        session_keyring):
    account_id = whatsapp_account(db, served[1], waba_id="",
                                  templates="order_update:de = Hallo {{customer_name}}, Ihr Paket ist unterwegs.")
    cid = conversation(db, account_id)
    assert run(refresh_templates(ws, account_id)).problem == "settings"
    [choice] = run(replies.template_choices(ws, cid))
    assert (choice.name, choice.preview) == ("order_update", "Hallo Jana, Ihr Paket ist unterwegs.")
    assert sandbox.template_requests == 0


def test_positional_parameters_take_the_facts_in_order_and_the_rest_by_number():
    spec = TemplateSpec("order_update", "en_US", body="Hi {{1}}, order {{2}} left on {{3}}.",
                        facts=("customer_name", "order_id"))
    assert spec.parameters == ("customer_name", "order_id", "3")
    assert spec.filled(("Mark", "#7", "Monday")) == "Hi Mark, order #7 left on Monday."
    assert TemplateSpec("x", "en", body="{{2}} then {{1}}").filled(("a", "b")) == "b then a"
    assert TemplateSpec("x", "en", body="Hi {{customer_name}}").parameters == ("customer_name",)


def test_a_typed_line_names_facts_not_numbers():
    with pytest.raises(ValueError, match="unknown parameter 1"):
        parse_template_line("order_update:en_US = Hi {{1}}")


@pytest.fixture
def scripted_connectors(monkeypatch):
    """Messages come from a scripted platform; the templates from the sandbox over HTTP."""
    from tests.helpers.scripted import ScriptedPlatform

    monkeypatch.setattr("desk.connectors.registry.build_connector",
                        lambda account, credentials: ScriptedPlatform(account.id, count=1))


def test_a_sync_round_fetches_the_templates_when_due(db, served, sandbox, session_keyring, scripted_connectors):
    from desk.accounts import fetched_templates
    from desk.app.sync import SyncService

    account_id = whatsapp_account(db, served[1])

    async def twice():
        ws = Workspace(db)
        try:
            await SyncService(ws).run_once()
            await SyncService(ws).run_once()
        finally:
            ws.executors.shutdown()

    run(twice())
    assert len(fetched_templates(db, account_id)) == 5
    assert sandbox.template_requests == 1  # the second round: not due for hours


def test_the_background_sync_announces_fetched_templates(db, served, sandbox, session_keyring,
                                                         scripted_connectors):
    from desk.app.sync import SyncService

    whatsapp_account(db, served[1])

    async def scenario():
        ws = Workspace(db)
        service = SyncService(ws, poll_s=3600)
        announced = asyncio.Event()
        ws.events.changed.connect(lambda changes: changes.accounts and announced.set())
        try:
            await service.start()
            await asyncio.wait_for(announced.wait(), 10)
        finally:
            await service.stop()
            ws.executors.shutdown()

    run(scenario())
    assert sandbox.template_requests == 1
