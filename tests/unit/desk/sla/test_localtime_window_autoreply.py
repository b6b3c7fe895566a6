"""The customer's local time, WhatsApp's window state, and auto-reply recognition."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import message_from_string

import pytest

from desk.sla import COUNTRY_ZONES, customer_local_time, is_auto_reply

NOON_UTC = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)  # a Saturday


def test_an_iana_zone_gives_the_local_time_and_weekday():
    local = customer_local_time(NOON_UTC, timezone="Asia/Tokyo")
    assert (local.datetime.hour, local.weekday, local.zone, local.assumed) == (21, 5, "Asia/Tokyo", False)
    assert local.is_weekend


def test_the_zone_wins_over_the_country():
    local = customer_local_time(NOON_UTC, timezone="America/Los_Angeles", country="US")
    assert (local.datetime.hour, local.zone, local.assumed) == (4, "America/Los_Angeles", False)


def test_a_us_buyer_without_a_zone_is_assumed_on_new_york_time():
    local = customer_local_time(NOON_UTC, country="US")
    assert (local.datetime.hour, local.zone, local.assumed) == (7, "America/New_York", True)


@pytest.mark.parametrize(("country", "zone"), [("uk", "Europe/London"), ("GB", "Europe/London"),
                                               ("DE", "Europe/Berlin"), ("CN", "Asia/Shanghai"),
                                               (" jp ", "Asia/Tokyo")])
def test_single_zone_countries_are_not_an_assumption(country: str, zone: str):
    local = customer_local_time(NOON_UTC, country=country)
    assert (local.zone, local.assumed) == (zone, False)


def test_every_market_maps_to_a_real_zone():
    for code in ("US", "GB", "DE", "FR", "ES", "IT", "JP", "CN", "CA", "AU", "MX", "NL", "BE", "AT", "CH", "PL",
                 "SE", "BR", "IN"):
        assert customer_local_time(NOON_UTC, country=code).zone == COUNTRY_ZONES[code][0]


def test_a_bad_zone_falls_back_to_the_country_and_nothing_known_gives_none():
    assert customer_local_time(NOON_UTC, timezone="Mars/Olympus", country="FR").zone == "Europe/Paris"
    for bad in ("Europe", "../etc/passwd", "", "  "):
        assert customer_local_time(NOON_UTC, timezone=bad) is None
    assert customer_local_time(NOON_UTC, country="ZZ") is None
    assert customer_local_time(NOON_UTC) is None


def test_local_time_follows_daylight_saving_changes():
    # US clocks go back on 1 November 2026, Europe's on 25 October: a week where the gap differs.
    before, after = datetime(2026, 10, 31, 12, 0, tzinfo=UTC), datetime(2026, 11, 2, 12, 0, tzinfo=UTC)
    assert customer_local_time(before, country="US").datetime.hour == 8  # EDT, UTC-4
    assert customer_local_time(after, country="US").datetime.hour == 7  # EST, UTC-5
    assert customer_local_time(datetime(2026, 10, 24, 12, 0, tzinfo=UTC), country="DE").datetime.hour == 14
    assert customer_local_time(datetime(2026, 10, 26, 12, 0, tzinfo=UTC), country="DE").datetime.hour == 13


def test_the_weekday_is_the_customers_not_utcs():
    late_sunday_utc = datetime(2026, 11, 22, 23, 30, tzinfo=UTC)
    assert customer_local_time(late_sunday_utc, country="CN").weekday == 0  # already Monday in Shanghai
    assert customer_local_time(late_sunday_utc, country="US").weekday == 6


def test_a_naive_now_is_refused():
    with pytest.raises(ValueError, match="aware"):
        customer_local_time(datetime(2026, 11, 21, 12, 0), country="DE")


@pytest.mark.parametrize("headers", [
    {"Auto-Submitted": "auto-replied"},
    {"auto-submitted": "auto-generated; owner-email=a@b.c"},
    {"X-Autoreply": "yes"},
    {"X-Autorespond": "Out of office"},
    {"Precedence": "auto_reply"},
    {"Precedence": "bulk"},
    {"PRECEDENCE": " Junk "},
])
def test_auto_reply_headers(headers):
    assert is_auto_reply("Re: your order", headers)


@pytest.mark.parametrize("headers", [
    {"Auto-Submitted": "no"},
    {"Precedence": "list"},
    {"X-Autoreply": "no"},
    {},
])
def test_headers_of_mail_a_person_sent(headers):
    assert not is_auto_reply("Re: your order", headers)


@pytest.mark.parametrize("subject", [
    "Out of Office: Re: Your order 302-1234567-1234567",
    "Automatic reply: Where is my parcel?",
    "Re: AUTO-REPLY",
    "Abwesenheitsnotiz: Ihre Bestellung",
    "AW: Automatische Antwort: Rücksendung",
    "Réponse automatique : votre commande",
    "Respuesta automática: pedido",
    "Risposta automatica: ordine",
    "自動応答: ご注文について",
    "自动回复：关于您的订单",
    "回复: 自动回复: 订单",
])
def test_out_of_office_subjects_in_seven_languages(subject: str):
    assert is_auto_reply(subject, {})


@pytest.mark.parametrize("subject", [
    "Re: I was out of office, where is my order?",
    "Where is my automatic coffee machine?",
    "不在票が入っていましたが、再配達できますか",
    "On holiday, parcel lost?",
    "",
])
def test_subjects_a_person_writes(subject: str):
    assert not is_auto_reply(subject, {})


def test_headers_straight_from_a_parsed_message():
    message = message_from_string("Subject: Hello\nauto-submitted: auto-replied\n\nbody")
    assert is_auto_reply(message["Subject"], message.raw_items())
    assert not is_auto_reply("Hello", message_from_string("Subject: Hello\n\nbody").raw_items())
