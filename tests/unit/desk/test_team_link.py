"""The team link's state: a query sent before the server went away may still answer, and that late
success must not undo the offline state another call noticed meanwhile (the window would switch
back to the team database and the next reply would fail instead of waiting in the mirror)."""

from desk.team.connect import TeamOffline
from desk.team.link import LinkState, TeamLink


class Server:
    def fetch_all(self, _sql: str) -> list[tuple]:
        return [(1,)]

    def close(self) -> None:
        pass


def test_a_call_that_began_before_the_server_was_lost_does_not_bring_the_link_back():
    changes = []
    link = TeamLink(Server, on_change=changes.append, clock=lambda: 0.0)

    def slow_query(_db):
        link.lost(TeamOffline("the connection was cut"))  # another call notices while this one runs
        return "answered"

    assert link.run(slow_query) == "answered"
    assert link.status.state is LinkState.OFFLINE
    assert [c.state for c in changes] == [LinkState.OFFLINE]


def test_a_call_that_began_after_the_loss_brings_the_link_back():
    changes = []
    now = [0.0]
    link = TeamLink(Server, on_change=changes.append, clock=lambda: now[0])
    link.lost(TeamOffline("the connection was cut"))
    now[0] = link.status.retry_at  # the next try is due
    assert link.probe()
    assert [c.state for c in changes] == [LinkState.OFFLINE, LinkState.ONLINE]
