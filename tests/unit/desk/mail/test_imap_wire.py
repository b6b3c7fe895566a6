"""The IMAP client's reading and writing of wire syntax, on responses as aioimaplib hands them over."""

import pytest

from desk.connectors.base import Unavailable
from desk.connectors.mail.imap import _fetched_bodies, _mailbox_state, _search_uids, _uid_set, encode_mailbox


@pytest.mark.parametrize(
    ("name", "wire"),
    [
        ("INBOX", '"INBOX"'),
        ("Sent Items", '"Sent Items"'),
        ("~peter/mail/台北/日本語", '"~peter/mail/&U,BTFw-/&ZeVnLIqe-"'),  # RFC 3501 5.1.3 example
        ("Gesendete Objekte & Entwürfe", '"Gesendete Objekte &- Entw&APw-rfe"'),
        ('odd "quoted" \\ name', '"odd \\"quoted\\" \\\\ name"'),
    ],
)
def test_mailbox_names_are_quoted_in_modified_utf7(name, wire):
    assert encode_mailbox(name) == wire


@pytest.mark.parametrize(
    ("uids", "expected"),
    [([7], "7"), ([1, 2, 3], "1:3"), ([1, 2, 3, 7, 9, 10], "1:3,7,9:10"), ([4, 6, 8], "4,6,8")],
)
def test_uid_sets_use_ranges(uids, expected):
    assert _uid_set(uids) == expected


def test_fetch_bodies_with_the_uid_before_or_after_the_literal():
    lines = [
        b"1 FETCH (UID 11 BODY[] {5}", bytearray(b"first"), b")",
        b"2 FETCH (BODY[] {6}", bytearray(b"second"), b" UID 12)",
        b"3 FETCH (FLAGS (\\Seen))",  # an unsolicited flag update: no body, skipped
        b"Fetch completed.",
    ]
    assert _fetched_bodies(lines) == [(11, b"first"), (12, b"second")]


def test_a_literal_that_looks_like_a_fetch_line_is_still_body():
    lines = [b"1 FETCH (UID 5 BODY[] {21}", bytearray(b"2 FETCH (UID 99 x\r\n)"), b")", b"done"]
    assert _fetched_bodies(lines) == [(5, b"2 FETCH (UID 99 x\r\n)")]


def test_search_results_with_and_without_the_keyword():
    assert _search_uids([b"3 4 10", b"Search completed (0.001 secs)."]) == [3, 4, 10]
    assert _search_uids([b"SEARCH 5", b"OK"]) == [5]
    assert _search_uids([b"", b"Search completed."]) == []


def test_mailbox_state_from_select_lines():
    lines = [b"FLAGS (\\Seen)", b"OK [PERMANENTFLAGS ()] x", b"12 EXISTS", b"0 RECENT",
             b"OK [UIDVALIDITY 1795366122] UIDs valid", b"OK [UIDNEXT 40] Predicted next UID", b"[READ-ONLY] done"]
    state = _mailbox_state(lines)
    assert (state.uidvalidity, state.uidnext, state.exists) == (1795366122, 40, 12)


def test_a_server_without_uidvalidity_is_refused():
    with pytest.raises(Unavailable, match="UIDVALIDITY"):
        _mailbox_state([b"3 EXISTS", b"done"])
