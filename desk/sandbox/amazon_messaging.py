"""The Amazon sandbox's Messaging API (messaging.json) and the Uploads API step its attachments need.

What it does like Amazon: `getMessagingActionsForOrder` offers only the message types the order's
state allows (HAL JSON, as the spec's examples); `GetAttributes` gives the buyer's locale; each
`POST .../messages/<type>` is validated against its request schema (plus the date-time format the
schema names) and answers 201 `{}`; a type the order does not offer answers 400; the types Amazon
removed (negativeFeedbackRemoval, amazonMotors) have no route and answer 404.

Which types an order offers depends, at Amazon, on order state, seller type and the messages
already sent; the sandbox's rule (documented, not Amazon's): none while Pending or Canceled;
unexpectedProblem, legalDisclosure and invoice for every other order; confirmOrderDetails,
confirmDeliveryDetails and confirmCustomizationDetails before shipping; confirmDeliveryDetails and
warranty once (partly) shipped; each type once per order. A seed's "messaging_actions" list
replaces the rule; "buyer_locale" sets the buyer's language (default: the marketplace's).

Uploads (Uploads API 2020-11-01, whose model is not among the bundled specs, so its shape here
follows the Messaging API's references to it): `POST /uploads/2020-11-01/uploadDestinations/
{resource}?marketplaceIds=..&contentMD5=..&contentType=..` answers 201 with an upload destination
(id, URL, headers); `PUT` of the file to that URL is checked against the Content-MD5. Messages
may name only destinations whose upload completed.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

import jsonschema

MESSAGE_OPERATIONS = {  # path suffix -> operationId in messaging.json
    "confirmCustomizationDetails": "confirmCustomizationDetails",
    "confirmDeliveryDetails": "createConfirmDeliveryDetails",
    "legalDisclosure": "createLegalDisclosure",
    "confirmOrderDetails": "createConfirmOrderDetails",
    "confirmServiceDetails": "createConfirmServiceDetails",
    "warranty": "CreateWarranty",
    "digitalAccessKey": "createDigitalAccessKey",
    "unexpectedProblem": "createUnexpectedProblem",
    "invoice": "sendInvoice",
}
LOCALES = {"ATVPDKIKX0DER": "en-US", "A2EUQ1WTGCTBG2": "en-CA", "A1AM78C64UM0Y8": "es-MX",
           "A1F83G8C2ARO7P": "en-GB", "A1PA6795UKMFR9": "de-DE", "A13V1IB3VIYZZH": "fr-FR",
           "A1RKKUPIHCS9HS": "es-ES", "APJ6JRA9NG5V4": "it-IT", "A1VC38T7YXB528": "ja-JP"}
DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")


def offered(order: Mapping[str, Any], sent: set[str]) -> list[str]:
    """The message types the order offers now (see the module docstring)."""
    if "messaging_actions" in order:
        names = list(order["messaging_actions"])
    elif order["status"] in ("Pending", "PendingAvailability", "Canceled"):
        names = []
    else:
        names = ["unexpectedProblem", "legalDisclosure", "invoice"]
        if order["status"] in ("Unshipped", "PartiallyShipped"):
            names += ["confirmOrderDetails", "confirmDeliveryDetails", "confirmCustomizationDetails"]
        if order["status"] in ("Shipped", "PartiallyShipped", "InvoiceUnconfirmed"):
            names += ["confirmDeliveryDetails", "warranty"]
    return [name for name in dict.fromkeys(names) if name not in sent]


def actions_body(order_id: str, marketplace_id: str, names: list[str]) -> dict[str, Any]:
    base = f"/messaging/v1/orders/{order_id}"
    query = f"?marketplaceIds={marketplace_id}"
    links = [{"href": f"{base}/messages/{name}{query}", "name": name} for name in names]
    links.append({"href": f"{base}/attributes{query}", "name": "attributes"})
    embedded = [{"_links": {"self": {"href": f"{base}/messages/{name}{query}", "name": name},
                            "schema": {"href": f"{base}/messages/{name}/schema", "name": name}}}
                for name in names]
    return {"_links": {"self": {"href": base + query}, "actions": links}, "_embedded": {"actions": embedded}}


@cache
def _validator(definition: str) -> jsonschema.Draft4Validator:
    from desk.sandbox.amazon import load_spec

    definitions = load_spec("messaging")["definitions"]
    return jsonschema.Draft4Validator({"$ref": f"#/definitions/{definition}", "definitions": definitions})


def request_definition(operation_id: str) -> str:
    from desk.sandbox.amazon import load_spec

    for methods in load_spec("messaging")["paths"].values():
        for operation in methods.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                body = next(p for p in operation["parameters"] if p["in"] == "body")
                return body["schema"]["$ref"].rsplit("/", 1)[-1]
    raise KeyError(operation_id)


def body_problem(operation_id: str, body: Any) -> str | None:
    """Why `body` does not match the operation's request schema (None when it does)."""
    definition = request_definition(operation_id)
    error = next(iter(_validator(definition).iter_errors(body)), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "body"
        return f"{where}: {error.message}"
    for name in ("coverageStartDate", "coverageEndDate"):
        if isinstance(body, dict) and name in body and not DATE_TIME.fullmatch(str(body[name])):
            return f"{name}: not a date-time"
    return None


@dataclass
class Upload:
    resource: str
    content_md5: str
    content_type: str
    data: bytes | None = None


@dataclass
class Messaging:
    """What the sandbox remembers: messages sent per order, upload destinations."""

    sent: dict[str, list[tuple[str, dict[str, Any], datetime]]] = field(default_factory=dict)
    uploads: dict[str, Upload] = field(default_factory=dict)

    def types_sent(self, order_id: str) -> set[str]:
        return {name for name, _body, _at in self.sent.get(order_id, [])}

    def record(self, order_id: str, name: str, body: dict[str, Any], at: datetime) -> None:
        self.sent.setdefault(order_id, []).append((name, body, at))

    def new_destination(self, resource: str, content_md5: str, content_type: str) -> str:
        destination = "sc/" + secrets.token_hex(12)
        self.uploads[destination] = Upload(resource, content_md5, content_type)
        return destination

    def receive(self, destination: str, data: bytes, content_md5: str | None) -> str | None:
        """Store an uploaded file; the problem when it does not match its destination."""
        upload = self.uploads.get(destination)
        if upload is None:
            return "no such upload destination"
        actual = base64.b64encode(hashlib.md5(data).digest()).decode()  # noqa: S324 - S3's Content-MD5
        if actual != upload.content_md5 or (content_md5 is not None and content_md5 != actual):
            return "The Content-MD5 you specified did not match what we received."
        upload.data = data
        return None

    def missing_uploads(self, order_id: str, body: Any) -> str | None:
        for attachment in body.get("attachments", []) if isinstance(body, dict) else []:
            upload = self.uploads.get(attachment.get("uploadDestinationId", ""))
            if upload is None or upload.data is None or order_id not in upload.resource:
                return f"attachment {attachment.get('fileName')!r} names no completed upload for this order"
        return None
