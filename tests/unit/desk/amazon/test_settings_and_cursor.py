"""Regions and hosts, account settings, and the sync cursor's JSON form."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from desk.connectors.amazon import AmazonOrdersSettings, Endpoints, OrdersCursor, region_of
from desk.connectors.amazon.regions import LWA_TOKEN_URL, MARKETPLACES, SANDBOX_HOSTS, region_of_all


@pytest.mark.parametrize(("marketplace", "region"), [
    ("ATVPDKIKX0DER", "na"), ("A2Q3Y263D00KWC", "na"), ("A1F83G8C2ARO7P", "eu"), ("A1PA6795UKMFR9", "eu"),
    ("A21TJRUUN4KGV", "eu"), ("A1VC38T7YXB528", "fe"), ("A39IBJ37TRP1C6", "fe"),
])
def test_marketplaces_belong_to_their_region(marketplace, region):
    assert region_of(marketplace) == region


def test_hosts_per_region_and_overrides():
    production = Endpoints()
    assert production.sp_api_url("eu") == "https://sellingpartnerapi-eu.amazon.com"
    assert production.lwa_token_url == LWA_TOKEN_URL == "https://api.amazon.com/auth/o2/token"
    assert SANDBOX_HOSTS["fe"] == "https://sandbox.sellingpartnerapi-fe.amazon.com"
    local = Endpoints.everything_at("http://127.0.0.1:8123/")
    assert {local.sp_api_url(r) for r in ("na", "eu", "fe")} == {"http://127.0.0.1:8123"}
    assert local.lwa_token_url == "http://127.0.0.1:8123/auth/o2/token"
    only_eu = Endpoints(hosts={"eu": "http://eu.test"})
    with pytest.raises(ValueError, match="no SP-API host configured for region 'na'"):
        only_eu.sp_api_url("na")


def test_an_account_lives_in_one_region():
    assert region_of_all(["A1PA6795UKMFR9", "A13V1IB3VIYZZH", "A1F83G8C2ARO7P"]) == "eu"
    with pytest.raises(ValueError, match="one region"):
        AmazonOrdersSettings(1, ("ATVPDKIKX0DER", "A1PA6795UKMFR9"))
    with pytest.raises(ValueError, match="unknown Amazon marketplace"):
        AmazonOrdersSettings(1, ("XXXXXXXX",))
    assert len(MARKETPLACES) == 23


@pytest.mark.parametrize("changes", [{"api_version": "v1"}, {"marketplace_ids": ()}, {"page_size": 0},
                                     {"page_size": 101}])
def test_settings_refuse_what_amazon_would(changes):
    with pytest.raises(ValueError):
        AmazonOrdersSettings(**{"account_id": 1, "marketplace_ids": ("ATVPDKIKX0DER",), **changes})


def test_cursor_survives_json_exactly():
    after = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)
    cursor = OrdersCursor(after, after + timedelta(days=1), "+/token==", "v0")
    stored = json.loads(json.dumps(cursor.to_json()))
    assert stored == {"api_version": "v0", "last_updated_after": "2026-05-01T10:00:00Z",
                      "window_end": "2026-05-02T10:00:00Z", "next_token": "+/token=="}
    assert OrdersCursor.from_json(stored) == cursor
    assert cursor.finished_window() == OrdersCursor(after + timedelta(days=1), api_version="v0")


def test_cursor_times_in_other_zones_are_read_as_the_same_instant():
    stored = {"last_updated_after": "2026-05-01T12:00:00+02:00", "api_version": "2026-01-01"}
    cursor = OrdersCursor.from_json(stored)
    assert cursor is not None
    assert cursor.last_updated_after == datetime(2026, 5, 1, 10, 0, tzinfo=UTC)
    assert cursor.last_updated_after.tzinfo == timezone(timedelta(hours=2))  # same instant, zone kept


@pytest.mark.parametrize("stored", [None, [], {}, {"last_updated_after": 5}, {"last_updated_after": "soon"},
                                    {"last_updated_after": "2026-05-01T10:00:00Z", "window_end": "x"}])
def test_unreadable_cursors_start_over(stored):
    assert OrdersCursor.from_json(stored) is None


def test_a_token_without_its_window_is_dropped():
    cursor = OrdersCursor.from_json({"last_updated_after": "2026-05-01T10:00:00Z", "next_token": "abc"})
    assert cursor == OrdersCursor(datetime(2026, 5, 1, 10, 0, tzinfo=UTC))
