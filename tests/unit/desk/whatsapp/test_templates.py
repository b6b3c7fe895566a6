"""The account's message templates: the Graph client lists them from the sandbox over real HTTP
(pages, errors), and the sandbox answers as Meta's v23.0 spec says."""

from __future__ import annotations

import pytest

from desk.connectors.base import AuthFailed, RateLimited, Rejected
from desk.connectors.whatsapp import graph
from desk.connectors.whatsapp.graph import AccountTemplate, GraphClient, account_template
from desk.sandbox.serve import serve_in_thread
from desk.sandbox.whatsapp import create_whatsapp_sandbox, sample_templates, templates_response_problem
from tests.helpers.specs import shared_specs

from .stack import ACCESS_TOKEN, PHONE_NUMBER_ID, get, run

WABA_ID = "5467539754836534"


@pytest.fixture(scope="module")
def served():
    sandbox = create_whatsapp_sandbox("http://127.0.0.1:9/webhook", "secret", access_token=ACCESS_TOKEN,
                                      phone_number_id=PHONE_NUMBER_ID, waba_id=WABA_ID)
    server = serve_in_thread(sandbox)
    yield sandbox, server.url
    server.stop()


@pytest.fixture()
def sandbox(served):
    sandbox, _url = served
    sandbox.set_templates(sample_templates())
    sandbox.faults.app_rate_limited = 0
    sandbox.template_requests = 0
    return sandbox


async def listed(url: str, waba_id: str = WABA_ID, token: str = ACCESS_TOKEN) -> list[AccountTemplate]:
    client = GraphClient(PHONE_NUMBER_ID, token, graph_url=url)
    try:
        return await client.message_templates(waba_id)
    finally:
        await client.aclose()


def test_every_page_is_followed(served, sandbox, monkeypatch):
    monkeypatch.setattr(graph, "TEMPLATE_PAGE", 3)
    templates = run(listed(served[1]))
    assert sandbox.template_requests == 3  # 7 templates, 3 a page
    assert [(t.name, t.language) for t in templates] == [(t["name"], t["language"]) for t in sample_templates()]
    assert {t.status for t in templates} == {"APPROVED", "PENDING", "REJECTED"}


def test_a_template_reads_with_its_body_category_and_examples(served, sandbox):
    first = run(listed(served[1]))[0]
    assert first == AccountTemplate("order_update", "en_US", "APPROVED", "utility",
                                    "Hi {{1}}, your order {{2}} is on its way. Tracking number: {{3}}.",
                                    ("Mark", "#1001", "1Z999AA1"))
    assert first.approved


def test_a_429_becomes_rate_limited_with_metas_backoff(served, sandbox):
    sandbox.faults.app_rate_limited = 1
    with pytest.raises(RateLimited) as caught:
        run(listed(served[1]))
    assert caught.value.retry_after == graph.RATE_LIMIT_BACKOFF[4]
    assert len(run(listed(served[1]))) == len(sample_templates())


def test_a_wrong_token_or_account_is_refused(served, sandbox):
    with pytest.raises(AuthFailed):
        run(listed(served[1], token="EAAwrong"))
    with pytest.raises(Rejected, match="does not exist"):
        run(listed(served[1], waba_id="999"))


def test_a_next_page_off_the_graph_host_is_not_followed():
    """The token travels only to the Graph host (or HTTPS)."""
    client = GraphClient(PHONE_NUMBER_ID, ACCESS_TOKEN, graph_url="http://127.0.0.1:1")
    assert not client._may_send_token_to("http://elsewhere.example/v27.0/next")
    run(client.aclose())


def test_the_sandbox_answers_as_the_spec_says(served, sandbox):
    answer = get(f"{served[1]}/v23.0/{WABA_ID}/message_templates", params={"limit": "2"},
                 headers={"Authorization": f"Bearer {ACCESS_TOKEN}"}).json()
    assert templates_response_problem(answer) is None
    assert len(answer["data"]) == 2 and "next" in answer["paging"]
    assert templates_response_problem({"data": [{"name": 7}]}) is not None


def test_entries_without_a_name_are_left_out():
    assert account_template({"language": "en"}) is None
    assert account_template({"name": "x", "language": "en", "status": "approved"}).approved


def test_the_stored_extract_is_verbatim_from_metas_spec():
    import json

    from desk.sandbox.whatsapp import TEMPLATES_SPEC_FILE

    full = (shared_specs() or pytest.skip("the official specs are not available")) / "whatsapp"
    import yaml

    spec = yaml.load((full / "business-messaging-api_v23.0.yaml").read_text(encoding="utf-8"),
                     Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    operation = spec["paths"]["/{Version}/{WABA-ID}/message_templates"]["get"]
    stored = json.loads(TEMPLATES_SPEC_FILE.read_text(encoding="utf-8"))
    assert stored["response_schema"] == operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert stored["operationId"] == operation["operationId"] and stored["version"] == "v23.0"
    example = operation["responses"]["200"]["content"]["application/json"]["examples"]["Example response"]["value"]
    assert templates_response_problem(example) is None
