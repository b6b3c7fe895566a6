"""The sandbox's copy of Meta's v23.0 spec, and what validating against it accepts and refuses."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest

from desk.sandbox.whatsapp import SPEC_FILE, normalised_schemas, request_problem, response_problem
from tests.helpers.specs import shared_specs

SHARED_SPEC = (shared_specs() or Path("/nonexistent")) / "whatsapp" / "business-messaging-api_v23.0.yaml"
OPERATION = "/{Version}/{Phone-Number-ID}/messages"


def text_message(**extra) -> dict:
    return {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "4915112345678", "type": "text",
            "text": {"body": "Your parcel left our warehouse.", "preview_url": False}, **extra}


def template_message(language: dict) -> dict:
    return {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "4915112345678",
            "type": "template", "template": {"name": "order_update", "language": language, "components": [
                {"type": "body", "parameters": [{"type": "text", "text": "#1001"}]}]}}


@pytest.fixture(scope="module")
def full_spec() -> dict:
    if not SHARED_SPEC.exists():
        pytest.skip("the full spec (../shared beside the repository) is not available")
    import yaml

    return yaml.load(SHARED_SPEC.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def test_the_stored_extract_is_verbatim_from_metas_spec(full_spec):
    stored = json.loads(SPEC_FILE.read_text(encoding="utf-8"))
    operation = full_spec["paths"][OPERATION]["post"]
    assert stored["version"] == full_spec["info"]["version"] == "v23.0"
    assert stored["request_schema"] == operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    assert stored["response_schema"] == operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    for name, schema in stored["components"]["schemas"].items():
        assert schema == full_spec["components"]["schemas"][name], name
    assert (SPEC_FILE.parent / "LICENSE").read_text().startswith("MIT License")


def test_the_spec_examples_of_the_messages_desk_sends_validate(full_spec):
    examples = full_spec["paths"][OPERATION]["post"]["requestBody"]["content"]["application/json"]["examples"]
    chosen = ["Send Text Message", "Send Reply to Text Message", "Send Image Message by ID",
              "Send Image Message by URL", "Send Document Message by ID", "Send Document Message by URL"]
    for name in chosen:
        assert request_problem(examples[name]["value"]) is None, name


def test_read_literally_the_spec_rejects_even_a_plain_text_message():
    """Why normalised_schemas() exists (specs/whatsapp/README.md, adjustment 1)."""
    schemas = json.loads(SPEC_FILE.read_text(encoding="utf-8"))["components"]["schemas"]
    literal = jsonschema.Draft202012Validator({"$ref": "#/components/schemas/Message", "components": {
        "schemas": schemas}})
    assert not literal.is_valid(text_message())
    assert request_problem(text_message()) is None


def test_the_adjustments_leave_the_original_schemas_untouched():
    before = copy.deepcopy(json.loads(SPEC_FILE.read_text(encoding="utf-8"))["components"]["schemas"])
    normalised_schemas()
    assert json.loads(SPEC_FILE.read_text(encoding="utf-8"))["components"]["schemas"] == before


@pytest.mark.parametrize("payload", [
    text_message(biz_opaque_callback_data="outbox-42"),
    {**{k: v for k, v in text_message().items() if k != "to"}, "recipient": "US.13491208655302741918"},
    template_message({"policy": "deterministic", "code": "en_US"}),
    {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "1", "type": "document",
     "document": {"id": "1234", "caption": "Invoice", "filename": "invoice.pdf"}},
])
def test_payloads_desk_sends_are_valid(payload):
    assert request_problem(payload) is None


@pytest.mark.parametrize(("payload", "reason"), [
    (text_message(colour="red"), "'colour' was unexpected"),
    ({**text_message(), "text": {"bodyy": "typo"}}, "'bodyy' was unexpected"),
    ({k: v for k, v in text_message().items() if k != "messaging_product"}, "'messaging_product' is a required"),
    (text_message(recipient="US.1"), "body"),
    (template_message({"code": "en_US"}), "'policy' is a required property"),
    (text_message(biz_opaque_callback_data="x" * 513), "biz_opaque_callback_data: value breaks 'maxLength'"),
    ({**text_message(), "type": "carrier_pigeon"}, "body"),
    (["not", "an", "object"], "body"),
])
def test_invalid_payloads_are_refused_with_a_reason(payload, reason):
    problem = request_problem(payload)
    assert problem is not None and reason in problem


def test_the_sandbox_answer_matches_the_response_schema():
    answer = {"messaging_product": "whatsapp", "contacts": [{"input": "4915112345678", "wa_id": "4915112345678"}],
              "messages": [{"id": "wamid.HBgLabc", "message_status": "accepted"}]}
    assert response_problem(answer) is None
    assert response_problem({"messages": [{"id": "wamid.x", "message_status": "lost"}]}) is not None
