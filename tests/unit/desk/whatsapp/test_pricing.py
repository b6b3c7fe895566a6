"""What a WhatsApp reply costs: rates as data, the category of each reply, the estimate the reply box
shows and the one kept with each sent reply."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from desk.accounts import save_account
from desk.connectors.whatsapp.pricing import estimate, packaged_rates, parse_rates
from desk.domain import Channel
from desk.domain.records import Template
from desk.message_costs import RATES_FILE, estimate_cost, message_costs
from desk.storage.ingest import Ingestor
from desk.sync.outbox import queue_reply
from tests.helpers.messages import NOW, message

BEFORE = datetime(2026, 9, 30, 12, tzinfo=UTC)
AFTER = datetime(2026, 12, 8, 12, tzinfo=UTC)


def test_the_packaged_rates_load_and_cover_every_market_they_name():
    rates = packaged_rates()
    assert rates.currency == "USD" and "other" in rates.prices
    assert all(set(prices) == {"marketing", "utility", "authentication", "service"} for prices in rates.prices.values())


@pytest.mark.parametrize(("recipient", "market"), [
    ("DE.13491208655302741918", "germany"), ("US.1", "north_america"), ("+4915112345678", "germany"),
    ("4915112345678", "germany"), ("+1 555 0100", "north_america"), ("971501234567", "united_arab_emirates"),
    ("+81 3 1234 5678", "other"), ("JP.77", "other"),
])
def test_the_market_comes_from_the_bsuid_country_or_the_calling_code(recipient, market):
    assert packaged_rates().market_of(recipient) == market


def test_service_replies_are_billed_since_october_2026_and_templates_by_their_category():
    rates = packaged_rates()
    germany = rates.prices["germany"]
    free = estimate("DE.1", template_category=None, window_open=True, rates=rates, now=BEFORE)
    assert (free.category, free.amount, free.billable) == ("service", Decimal(0), False)
    billed = estimate("DE.1", template_category=None, window_open=True, rates=rates, now=AFTER)
    assert (billed.category, billed.amount, billed.currency, billed.billable) == (
        "service", germany["service"], "USD", True)
    marketing = estimate("+4915112345678", template_category="MARKETING", window_open=False, rates=rates, now=AFTER)
    assert (marketing.category, marketing.amount) == ("marketing", germany["marketing"])
    utility_in_window_before = estimate("DE.1", template_category="utility", window_open=True, rates=rates, now=BEFORE)
    assert utility_in_window_before.amount == 0


@pytest.mark.parametrize(("text", "problem"), [
    ("currency = 'USD'", "rates"),
    ("currency='USD'\nservice_billed_from='2026-10-01'\n[rates.other]\nmarketing='x'\nutility='1'\n"
     "authentication='1'\nservice='1'", "unreadable"),
    ("currency='USD'\nservice_billed_from='2026-10-01'\n[markets]\nDE='germany'\n[rates.other]\nmarketing='1'\n"
     "utility='1'\nauthentication='1'\nservice='1'", "without prices"),
])
def test_unreadable_rates_are_refused_with_the_reason(text, problem):
    with pytest.raises(ValueError, match=problem):
        parse_rates(text)


@pytest.fixture
def conversation(db):
    account = save_account(db, Channel.WHATSAPP, "WA", {"phone_number_id": "1", "relay_url": "http://x",
                                                        "templates": "order_update:de:utility\npromo:de:marketing"})
    Ingestor(db).ingest([message(account, "wamid.1", "Wo ist mein Paket?", thread="DE.4471188",
                                 customer_user_id="DE.4471188", hours_ago=1)], now=NOW)
    return db.fetch_all("SELECT id FROM conversations")[0][0]


def test_the_reply_box_estimate_and_the_cost_kept_with_the_reply(db, conversation):
    now = NOW  # the customer wrote an hour before
    free_text = estimate_cost(db, conversation, now=now)
    promo = estimate_cost(db, conversation, template=Template("promo", "de"), now=now)
    assert free_text.category == "service" and promo.category == "marketing" and promo.amount > free_text.amount
    key = queue_reply(db, conversation, "Ihr Paket ist unterwegs.", now=now)
    [(message_id,)] = db.fetch_all("SELECT message_id FROM outbox WHERE idempotency_key = :k", {"k": key})
    assert message_costs(db, conversation) == {message_id: free_text}
    assert free_text.billable and free_text.amount == packaged_rates().prices["germany"]["service"]


def test_a_workspace_rates_file_overrides_the_packaged_one(db, conversation):
    text = packaged_rates_text().replace('service = "0.0550"', 'service = "0.0999"')
    (db.path.parent / RATES_FILE).write_text(text, encoding="utf-8")
    assert estimate_cost(db, conversation, now=NOW).amount == Decimal("0.0999")


def packaged_rates_text() -> str:
    from importlib import resources

    return resources.files("desk.connectors.whatsapp").joinpath("data", "rates.toml").read_text("utf-8")


def test_other_channels_have_no_estimate(db, accounts):
    Ingestor(db).ingest([message(accounts["email"], "<m@x>", thread="m")])
    cid = db.fetch_all("SELECT id FROM conversations")[0][0]
    assert estimate_cost(db, cid) is None
