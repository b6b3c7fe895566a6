"""The Graph API version Desk speaks: one constant, current, and checked against the newest spec."""

from __future__ import annotations

import asyncio
import re

import pytest

from desk.accounts import AccountInfo
from desk.connectors.registry import whatsapp_connector
from desk.connectors.whatsapp import graph
from desk.domain import Channel
from tests.helpers.specs import shared_specs_or_skip

PATHS_DESK_USES = ("/{Version}/{Phone-Number-ID}/messages", "/{Version}/{Phone-Number-ID}/media",
                   "/{Version}/{Media-ID}")


def version(text: str) -> tuple[int, int]:
    major, minor = re.fullmatch(r"v(\d+)\.(\d+)", text).groups()
    return int(major), int(minor)


@pytest.fixture(scope="module")
def newest_spec():
    folder = shared_specs_or_skip() / "whatsapp"
    specs = {version(re.search(r"_(v\d+\.\d+)\.yaml$", p.name)[1]): p
             for p in folder.glob("business-messaging-api_v*.yaml")}
    return max(specs.items())


def test_desk_speaks_a_version_at_least_as_new_as_the_newest_published_spec(newest_spec):
    spec_version, _path = newest_spec
    assert version(graph.API_VERSION) >= spec_version
    assert graph.DEFAULT_API_VERSION == graph.API_VERSION


def test_every_path_desk_calls_is_in_the_newest_spec(newest_spec):
    import yaml

    _version, path = newest_spec
    text = path.read_text(encoding="utf-8")
    spec_paths = set(yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))["paths"])
    assert set(PATHS_DESK_USES) <= spec_paths


def test_accounts_use_the_constant_whatever_an_older_desk_saved():
    account = AccountInfo(3, Channel.WHATSAPP, "WA", {"phone_number_id": "1", "relay_url": "http://127.0.0.1:1",
                                                       "api_version": "v23.0"})
    connector = whatsapp_connector(account, {"access_token": "t", "relay_token": "r"})
    try:
        assert connector.graph.api_version == graph.API_VERSION
    finally:
        asyncio.run(connector.aclose())
