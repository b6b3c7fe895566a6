"""When an answer is due, per channel and account, and how the clock reads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk.domain import Direction
from desk.errors import DeskError
from desk.sla import SlaEvent, SlaLevel, SlaPolicy, SlaSettingError, due_at, policy_for, sla_state, waiting_since

AMAZON = policy_for("amazon")
T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # a Friday


def inbound(hours: float = 0, *, auto: bool = False) -> SlaEvent:
    return SlaEvent(Direction.IN, T0 + timedelta(hours=hours), is_auto_reply=auto)


def outbound(hours: float, *, auto: bool = False) -> SlaEvent:
    return SlaEvent(Direction.OUT, T0 + timedelta(hours=hours), is_auto_reply=auto)


@pytest.mark.parametrize(("channel", "hours"), [("amazon", 24), ("whatsapp", 24), ("shopify", 12),
                                                 ("mail", 12), ("email", 12)])
def test_channel_defaults(channel: str, hours: int):
    assert policy_for(channel).target == timedelta(hours=hours)


def test_account_settings_override_the_channel_default():
    policy = policy_for("shopify", {"sla_hours": 4, "sla_warn_fraction": 0.5, "sla_warn_hours": "1"})
    assert (policy.target, policy.warn_fraction, policy.warn_before) == (timedelta(hours=4), 0.5, timedelta(hours=1))
    assert policy_for("mail", {"sla_hours": None, "unrelated": "x"}) == policy_for("mail")


@pytest.mark.parametrize("settings", [{"sla_hours": 0}, {"sla_hours": "soon"}, {"sla_hours": float("nan")},
                                      {"sla_warn_fraction": 1.5}, {"sla_warn_hours": -2}])
def test_unusable_settings_are_refused_with_a_message_naming_the_setting(settings):
    with pytest.raises(SlaSettingError, match=next(iter(settings))) as refused:
        policy_for("amazon", settings)
    assert isinstance(refused.value, DeskError)


def test_an_unknown_channel_has_no_default():
    with pytest.raises(ValueError, match="telegram"):
        policy_for("telegram")


def test_the_clock_starts_at_the_first_unanswered_inbound_message():
    events = [inbound(0), inbound(3), inbound(5)]
    assert due_at(AMAZON, events) == T0 + timedelta(hours=24)


def test_amazon_counts_calendar_hours_through_a_weekend():
    friday_evening = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
    assert due_at(AMAZON, [SlaEvent("in", friday_evening)]) == datetime(2026, 11, 21, 18, 0, tzinfo=UTC)


def test_amazon_counts_calendar_hours_through_a_public_holiday_and_a_dst_change():
    berlin = ZoneInfo("Europe/Berlin")
    # 24 December, 18:00 in Berlin: due 24 elapsed hours later, Christmas Day, 18:00.
    christmas_eve = datetime(2026, 12, 24, 18, 0, tzinfo=berlin)
    assert due_at(AMAZON, [SlaEvent("in", christmas_eve)]) == datetime(2026, 12, 25, 18, 0, tzinfo=berlin)
    # The night clocks go back (25 October 2026): 24 elapsed hours end at 17:00 local, not 18:00.
    before_dst_end = datetime(2026, 10, 24, 18, 0, tzinfo=berlin)
    due = due_at(AMAZON, [SlaEvent("in", before_dst_end)])
    assert due - before_dst_end.astimezone(UTC) == timedelta(hours=24)
    assert due.astimezone(berlin).hour == 17


def test_a_human_answer_stops_the_clock():
    assert due_at(AMAZON, [inbound(0), outbound(2)]) is None
    assert waiting_since([inbound(0), outbound(2)]) is None


def test_an_auto_reply_does_not_count_as_an_answer():
    assert due_at(AMAZON, [inbound(0), outbound(0.01, auto=True)]) == T0 + timedelta(hours=24)


def test_an_inbound_out_of_office_does_not_start_the_clock():
    assert due_at(AMAZON, [inbound(0), outbound(1), inbound(1.5, auto=True)]) is None


def test_notes_are_ignored():
    assert due_at(AMAZON, [inbound(0), SlaEvent(Direction.NOTE, T0 + timedelta(hours=1))]) == T0 + timedelta(hours=24)


def test_no_response_needed_stops_the_clock_and_a_later_inbound_restarts_it():
    assert due_at(AMAZON, [inbound(0)], no_response_needed_at=T0 + timedelta(hours=1)) is None
    assert due_at(AMAZON, [inbound(0), inbound(3)], no_response_needed_at=T0 + timedelta(hours=1)) == \
        T0 + timedelta(hours=27)
    # A marker at the very instant of the message still covers it.
    assert due_at(AMAZON, [inbound(0)], no_response_needed_at=T0) is None


def test_a_new_inbound_after_an_answer_restarts_the_clock():
    events = [inbound(0), outbound(2), inbound(10), inbound(11)]
    assert due_at(AMAZON, events) == T0 + timedelta(hours=34)


def test_events_may_come_in_any_order():
    events = [inbound(11), outbound(2), inbound(10), inbound(0)]
    assert due_at(AMAZON, events) == T0 + timedelta(hours=34)


def test_nothing_is_due_without_messages():
    assert due_at(AMAZON, []) is None


def test_event_times_must_carry_a_zone():
    with pytest.raises(ValueError, match="time zone"):
        SlaEvent("in", datetime(2026, 11, 20, 9, 0))


# Amazon (24 h): warning from 6 h left (25 % beats 2 h). Shopify with a 4 h target: from 2 h left.
@pytest.mark.parametrize(("policy", "left", "level"), [
    (AMAZON, timedelta(hours=7), SlaLevel.OK),
    (AMAZON, timedelta(hours=6, seconds=1), SlaLevel.OK),
    (AMAZON, timedelta(hours=6), SlaLevel.WARNING),
    (AMAZON, timedelta(minutes=1), SlaLevel.WARNING),
    (AMAZON, timedelta(0), SlaLevel.BREACHED),
    (AMAZON, timedelta(hours=-3), SlaLevel.BREACHED),
    (policy_for("shopify", {"sla_hours": 4}), timedelta(hours=2, seconds=1), SlaLevel.OK),
    (policy_for("shopify", {"sla_hours": 4}), timedelta(hours=2), SlaLevel.WARNING),
])
def test_thresholds(policy: SlaPolicy, left: timedelta, level: SlaLevel):
    state = sla_state(T0 + left, T0, policy)
    assert (state.level, state.time_left) == (level, left)


def test_the_warning_never_starts_before_the_clock():
    policy = policy_for("mail", {"sla_hours": 1})  # 2 h warning window, 1 h target
    assert policy.warn_window == timedelta(hours=1)
    assert sla_state(T0 + timedelta(hours=1), T0, policy).level is SlaLevel.WARNING


def test_no_due_time_means_no_state():
    state = sla_state(None, T0, AMAZON)
    assert (state.level, state.time_left) == (SlaLevel.NONE, None)
