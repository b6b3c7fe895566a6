"""The 24-hour customer-service window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desk.connectors.base import Rejected
from desk.connectors.whatsapp.window import WindowClosed, require_open_window, window_closes_at, window_open

WROTE = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(("later", "is_open"), [
    (timedelta(0), True),
    (timedelta(hours=23, minutes=59, seconds=59), True),
    (timedelta(hours=24), False),
    (timedelta(days=3), False),
])
def test_the_window_is_open_for_24_hours_after_the_last_inbound_message(later, is_open):
    assert window_open(WROTE, WROTE + later) is is_open


def test_the_window_closes_24_hours_after_the_last_inbound_message():
    assert window_closes_at(WROTE) == datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    assert window_closes_at(None) is None


def test_a_customer_who_never_wrote_has_no_window():
    assert not window_open(None, WROTE)
    with pytest.raises(WindowClosed, match="has not written") as refused:
        require_open_window(None, WROTE)
    assert refused.value.closed_at is None


def test_free_text_after_the_window_is_rejected_with_a_reason_that_points_to_templates():
    with pytest.raises(Rejected, match="outside the 24-hour window.*template") as refused:
        require_open_window(WROTE, WROTE + timedelta(hours=25))
    assert isinstance(refused.value, WindowClosed)
    assert refused.value.closed_at == WROTE + timedelta(hours=24)
    assert "2026-03-02 09:30 UTC" in str(refused.value)


def test_free_text_inside_the_window_passes():
    require_open_window(WROTE, WROTE + timedelta(hours=2))
