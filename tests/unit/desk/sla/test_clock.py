"""When an answer is due, per channel and account, and how the clock reads: the rule
(desk.sla.clock_start) and what ingest makes of it, whether messages arrive together or one by one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk.domain import Direction, IncomingMessage
from desk.errors import DeskError
from desk.sla import SlaLevel, SlaPolicy, SlaSettingError, clock_start, policy_for, sla_state
from desk.storage.conversations import mark_no_response_needed
from desk.storage.ingest import Ingestor
from desk.storage.timekeys import NO_DUE

AMAZON = policy_for("amazon")
T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # a Friday


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


# --- the rule ---------------------------------------------------------------------------------

def test_the_clock_starts_at_the_first_unanswered_customer_message():
    assert clock_start([(0, True), (3, True), (5, True)]) == 0
    assert clock_start([(0, True), (2, False)]) is None  # answered
    assert clock_start([(0, True), (2, False), (10, True), (11, True)]) == 10  # restarted
    assert clock_start([(0, True), (1, None), (2, None)]) == 0  # auto-replies and notes count for nothing


def test_at_the_same_instant_the_order_given_decides():
    assert clock_start([(5, True), (5, False)]) is None  # the answer given after: answered
    assert clock_start([(5, False), (5, True)]) == 5


# --- as ingest applies it ---------------------------------------------------------------------

def hours(h: float) -> datetime:
    return T0 + timedelta(hours=h)


def customer(n: int, at: float, *, auto: bool = False):
    return ("in", n, at, auto)


def agent(n: int, at: float, *, auto: bool = False):
    return ("out", n, at, auto)


def incoming(account_id: int, external_id: str, sent_at: datetime, *, thread: str = "t",
             direction: Direction = Direction.IN, auto: bool = False) -> IncomingMessage:
    return IncomingMessage(account_id, external_id, thread, direction, "Where is my parcel?", sent_at,
                           customer_name="Jana", auto_reply=auto)


def _messages(account_id: int, events) -> list:
    return [incoming(account_id, f"m{n}", hours(at), direction=Direction.IN if kind == "in" else Direction.OUT,
                     auto=auto) for kind, n, at, auto in events]


@pytest.fixture(params=["together", "one by one"])
def due_of(request, db, accounts):
    """The conversation's due time after ingesting `events` (all in one batch, or one by one)."""
    def due(events, account: str = "amazon") -> datetime | None:
        ingestor = Ingestor(db)
        batches = [_messages(accounts[account], events)] if request.param == "together" else \
            [_messages(accounts[account], [e]) for e in events]
        for batch in batches:
            ingestor.ingest(batch, now=hours(100))
        stored = db.fetch_all("SELECT sla_due_at FROM conversations")[0][0]
        return None if stored == NO_DUE else datetime.fromtimestamp(stored, UTC)

    return due


def test_the_due_time_is_the_first_unanswered_message_plus_the_target(due_of):
    assert due_of([customer(1, 0), customer(2, 3), customer(3, 5)]) == hours(24)


def test_a_human_answer_stops_the_clock_and_a_new_message_restarts_it(due_of):
    assert due_of([customer(1, 0), agent(2, 2), customer(3, 10), customer(4, 11)]) == hours(34)


def test_an_answer_that_arrives_late_still_stops_the_clock(db, accounts):
    """Mail from the Sent folder can come after the customer's next message was stored."""
    ingestor = Ingestor(db)
    ingestor.ingest(_messages(accounts["amazon"], [customer(1, 0), customer(3, 10)]), now=hours(100))
    ingestor.ingest(_messages(accounts["amazon"], [agent(2, 2)]), now=hours(100))
    assert db.fetch_all("SELECT sla_due_at FROM conversations")[0][0] == int(hours(34).timestamp())


def test_auto_replies_neither_stop_nor_start_the_clock(due_of):
    assert due_of([customer(1, 0), agent(2, 0.01, auto=True)]) == hours(24)


def test_a_customers_out_of_office_does_not_start_the_clock(due_of):
    assert due_of([customer(1, 0), agent(2, 1), customer(3, 1.5, auto=True)]) is None


def test_an_answer_at_the_same_second_as_the_message_answers_it(due_of):
    assert due_of([customer(1, 0), agent(2, 0)]) is None


def test_amazon_counts_calendar_hours_through_a_weekend_a_holiday_and_a_dst_change(db, accounts):
    berlin = ZoneInfo("Europe/Berlin")
    for n, written in enumerate((datetime(2026, 11, 20, 18, 0, tzinfo=UTC),  # Friday evening
                                 datetime(2026, 12, 24, 18, 0, tzinfo=berlin),  # Christmas Eve
                                 datetime(2026, 10, 24, 18, 0, tzinfo=berlin))):  # the night clocks go back
        Ingestor(db).ingest([incoming(accounts["amazon"], f"x{n}", written, thread=f"x{n}")], now=written)
        due = db.fetch_all("SELECT sla_due_at FROM conversations WHERE thread_key = :t", {"t": f"x{n}"})[0][0]
        assert datetime.fromtimestamp(due, UTC) - written == timedelta(hours=24)
    assert datetime.fromtimestamp(due, UTC).astimezone(berlin).hour == 17  # 24 elapsed hours, not 18:00 local


def test_no_response_needed_stops_the_clock_and_a_later_message_restarts_it(db, accounts):
    ingestor = Ingestor(db)
    ingestor.ingest(_messages(accounts["amazon"], [customer(1, 0)]), now=hours(100))
    cid = db.fetch_all("SELECT id FROM conversations")[0][0]
    mark_no_response_needed(db, cid, int(hours(1).timestamp()))
    assert db.fetch_all("SELECT sla_due_at FROM conversations")[0][0] == NO_DUE
    ingestor.ingest(_messages(accounts["amazon"], [customer(2, 3)]), now=hours(100))
    assert db.fetch_all("SELECT sla_due_at FROM conversations")[0][0] == int(hours(27).timestamp())


# --- how the clock reads --------------------------------------------------------------------------

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
