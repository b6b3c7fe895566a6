"""The WhatsApp channel when things go wrong: rate limits, outages, timeouts, forgeries, leaks."""

from __future__ import annotations

import logging

import pytest

from desk.connectors.base import Ambiguous, AuthFailed, RateLimited, Unavailable
from desk.connectors.whatsapp import RecipientRateLimited
from desk.domain.model import DeliveryState
from desk.domain.records import OutgoingMessage, Template
from desk.sandbox.serve import free_port
from desk.sandbox.whatsapp import response_problem

from tests.unit.desk.whatsapp.stack import ACCESS_TOKEN, SECRETS, FakeClock, post, run, whatsapp_stack

CUSTOMER = "4915112345678"


def reply(text: str = "Your parcel left our warehouse today.", key: str = "outbox-1", **fields) -> OutgoingMessage:
    return OutgoingMessage(account_id=7, conversation_id=1, idempotency_key=key, to=f"+{CUSTOMER}", text=text,
                           **fields)


@pytest.fixture
def stack(tmp_path):
    with whatsapp_stack(tmp_path) as running:
        yield running


TEMPLATE = Template("hello_world", "en_US")


def outcomes_of(stack, *keys: str) -> list:
    """Send a template under each idempotency key in turn; what each send returned or raised."""
    async def scenario():
        connector = stack.connector()
        outcomes = []
        try:
            for key in keys:
                try:
                    outcomes.append(await connector.send(reply(key=key, template=TEMPLATE)))
                except Exception as error:  # noqa: BLE001 - the outcome is what is compared
                    outcomes.append(error)
            return outcomes
        finally:
            await connector.aclose()

    return run(scenario())


def test_an_app_rate_limit_429_code_4_is_rate_limited(stack):
    stack.sandbox.faults.app_rate_limited = 1
    limited, passed = outcomes_of(stack, "outbox-1", "outbox-2")
    assert type(limited) is RateLimited and limited.retry_after == 60.0
    assert passed.external_id.startswith("wamid.")


def test_phone_number_throughput_130429_is_rate_limited(tmp_path):
    with whatsapp_stack(tmp_path, clock=FakeClock()) as stack:
        stack.sandbox.faults.throughput_per_second = 1
        passed, limited = outcomes_of(stack, "outbox-1", "outbox-2")
    assert passed.external_id.startswith("wamid.")
    assert type(limited) is RateLimited and "130429" in str(limited)


def test_too_many_messages_to_one_customer_131056_delays_that_customer(tmp_path):
    clock = FakeClock()
    with whatsapp_stack(tmp_path, clock=clock) as stack:
        stack.sandbox.faults.pair_rate_per_second = 1 / 6
        passed, limited = outcomes_of(stack, "outbox-1", "outbox-2")
        clock.now += 6
        [later] = outcomes_of(stack, "outbox-2")
    assert passed.external_id.startswith("wamid.")
    assert type(limited) is RecipientRateLimited and limited.retry_after == 6.0
    assert later.external_id.startswith("wamid.")


def test_a_server_error_is_unavailable(stack):
    stack.sandbox.faults.server_errors = 1
    failed, passed = outcomes_of(stack, "outbox-1", "outbox-1")
    assert type(failed) is Unavailable
    assert passed.external_id.startswith("wamid.")


def test_a_timeout_after_sending_is_ambiguous_and_find_sent_reconciles_it(stack):
    stack.sandbox.faults.timeouts = 1
    stack.sandbox.faults.hang_seconds = 1.0
    message = reply(template=Template("hello_world", "en_US"), key="outbox-ambiguous")

    async def scenario():
        connector = stack.connector(timeout=0.3)
        try:
            with pytest.raises(Ambiguous):
                await connector.send(message)
            assert stack.sandbox.wait_for_settled_sends(1)  # Meta's statuses may trail the lost answer
            return await connector.find_sent(message), await connector.find_sent(reply(key="never-sent"))
        finally:
            await connector.aclose()

    found, unknown = run(scenario())
    [sent] = stack.sandbox.sent
    assert (found.external_id, found.state) == (sent.wamid, DeliveryState.READ)
    assert unknown is None


def test_a_webhook_with_a_bad_signature_never_reaches_desk(stack):
    stack.sandbox.faults.bad_signatures = 1
    stack.sandbox.emit_inbound(CUSTOMER, "Mallory", "forged")
    stack.sandbox.emit_inbound(CUSTOMER, "Jana Novak", "genuine")
    assert stack.sandbox.webhook_responses == [403, 200]

    async def scenario():
        connector = stack.connector()
        try:
            return await connector.pull(None)
        finally:
            await connector.aclose()

    assert [m.text for m in run(scenario()).messages] == ["genuine"]


def test_the_sandbox_answers_in_graphs_shapes(stack):
    url, auth = f"{stack.graph_url}/v23.0/1122334455667/messages", {"Authorization": f"Bearer {ACCESS_TOKEN}"}
    valid = {"messaging_product": "whatsapp", "recipient_type": "individual", "to": CUSTOMER, "type": "template",
             "template": {"name": "hello_world", "language": {"policy": "deterministic", "code": "en_US"}}}
    accepted = post(url, json=valid, headers=auth)
    assert accepted.status_code == 200 and response_problem(accepted.json()) is None
    invalid = {**valid, "type": "text", "text": {"body": "hi", "colour": "red"}}
    del invalid["template"]
    refused = post(url, json=invalid, headers=auth)
    assert refused.status_code == 400
    error = refused.json()["error"]
    assert error["code"] == 100 and "'colour' was unexpected" in error["error_data"]["details"]
    assert error["type"] == "OAuthException" and error["fbtrace_id"]
    assert post(url, json=valid).json()["error"]["code"] == 190
    assert post(url.replace("v23.0", "latest"), json=valid, headers=auth).json()["error"]["code"] == 2500
    assert post(url.replace("1122334455667", "999"), json=valid, headers=auth).json()["error"]["code"] == 100


def test_failures_never_leak_secrets(stack, caplog):
    caplog.set_level(logging.DEBUG)
    wrong_access, wrong_relay = "EAAGwrong-token-5531", "wrong-relay-token-77"
    failures: list[Exception] = []
    connectors = []

    async def attempt(connector, action):
        connectors.append(connector)
        try:
            await action(connector)
        except Exception as error:  # noqa: BLE001 - every failure is inspected below
            failures.append(error)
        finally:
            await connector.aclose()

    async def scenario():
        await attempt(stack.connector(access_token=wrong_access), lambda c: c.send(reply()))
        await attempt(stack.connector(relay_token=wrong_relay), lambda c: c.pull(None))
        await attempt(stack.connector(relay_url=f"http://127.0.0.1:{free_port()}"), lambda c: c.pull(None))
        stack.sandbox.faults.server_errors = 1
        await attempt(stack.connector(), lambda c: c.send(reply(template=TEMPLATE)))

    run(scenario())
    assert [type(f) for f in failures] == [AuthFailed, AuthFailed, Unavailable, Unavailable]
    texts = [str(f) for f in failures] + [repr(x) for x in (*failures, *connectors)] + [caplog.text]
    for secret in (*SECRETS, wrong_access, wrong_relay):
        assert not any(secret in text for text in texts), secret
