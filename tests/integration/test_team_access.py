"""A team workspace on a real PostgreSQL: `desk team init|join|add-agent|disable-agent|enable-agent`,
what each role may do, the audit log, and TLS with the server verified."""

import argparse
import io
import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError

from desk.accounts import store_fetched_templates, template_specs
from desk.connectors.whatsapp.graph import AccountTemplate
from desk.domain import Channel
from desk.storage.ingest import Ingestor
from desk.storage.models import Account
from desk.sync.outbox import queue_reply
from desk.team import admin, cli
from desk.team.connect import TeamAddress, TeamAuthFailed, TeamError, TeamServerUnverified, open_team
from tests.helpers.messages import NOW, message


def desk_team(*argv, stdin=None, monkeypatch=None) -> str:
    """Run `desk team ARGV` through the parser desk.cli hooks in; returns what it printed."""
    parser = argparse.ArgumentParser(prog="desk")
    cli.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["team", *argv])
    out = io.StringIO()
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin + "\n"))
    monkeypatch.setattr("sys.stdout", out)
    assert cli.run(args) == 0
    return out.getvalue()


def shown_password(output: str) -> str:
    return output.strip().rsplit(": ", 1)[1]


@pytest.fixture(scope="module")
def team(pg_cluster):
    """A team database made by `desk team init` (the database does not exist before)."""
    mp = pytest.MonkeyPatch()
    ca = str(pg_cluster.certificates.ca)
    admin_url = f"postgresql://desk@localhost:{pg_cluster.port}/acme"
    output = desk_team("init", admin_url, "--ca-file", ca, "--lead", "lena", "--languages", "zh,en",
                       monkeypatch=mp)
    mp.undo()
    assert "created" in output
    admin = open_team(TeamAddress.parse(admin_url, ca_file=ca), keyring=False)
    with admin.sessionmaker.begin() as session:
        session.add(Account(channel=Channel.EMAIL, name="shop mail", sla_hours=12, created_at=datetime.now(UTC),
                            settings_json=json.dumps({"imap_host": "mail.example.com", "user": "shop"})))
    Ingestor(admin).ingest([message(1, f"m{i}", f"Wo ist mein Paket {i}?", thread=f"t{i}",
                                    customer_email=f"c{i}@example.de") for i in range(3)], now=NOW)
    yield {"url": f"postgresql://localhost:{pg_cluster.port}/acme", "ca": ca, "admin": admin,
           "lead_password": shown_password(output), "cluster": pg_cluster}
    admin.close()


def address(team, user, **changes):
    return TeamAddress.parse(team["url"], user=user, ca_file=changes.get("ca_file", team["ca"]))


@pytest.fixture
def lead(team, session_keyring, monkeypatch):
    desk_team("join", team["url"], "--user", "lena", "--ca-file", team["ca"], "--password-stdin",
              stdin=team["lead_password"], monkeypatch=monkeypatch)
    db = open_team(address(team, "lena"))
    yield db
    db.close()


def whoami(where, password):
    db = open_team(where, password)
    try:
        return db.fetch_all("SELECT current_user")[0][0]
    finally:
        db.close()


def add_agent(monkeypatch, name, *options):
    return shown_password(desk_team("add-agent", name, *options, monkeypatch=monkeypatch))


def test_init_again_migrates_and_keeps_the_lead(team, monkeypatch):
    admin_url = team["url"].replace("//", "//desk@")
    output = desk_team("init", admin_url, "--ca-file", team["ca"], "--lead", "lena", monkeypatch=monkeypatch)
    assert "migrated" in output and "password" not in output
    assert whoami(address(team, "lena"), team["lead_password"]) == "lena"


def test_a_lead_adds_agents_who_join_with_the_password_in_their_keyring(team, lead, monkeypatch):
    from desk import secrets

    password = add_agent(monkeypatch, "anna", "--languages", "de,fr")
    desk_team("join", team["url"], "--user", "anna", "--ca-file", team["ca"], "--password-stdin", stdin=password,
              monkeypatch=monkeypatch)
    assert secrets.load_app_secret(address(team, "anna").keyring_name()) == password
    listed = desk_team("agents", monkeypatch=monkeypatch)
    assert any(line.split()[:4] == ["anna", "agent", "enabled", "de,fr"] for line in listed.splitlines())
    profiles = lead.fetch_all("SELECT languages, active FROM agent_profiles WHERE name = 'anna'")
    assert profiles == [("de,fr", True)]
    with pytest.raises(TeamError, match="exists already"):
        admin.add_agent(lead, "anna")


def test_an_agent_works_on_conversations_but_cannot_read_what_it_does_not_need(team, lead, monkeypatch):
    password = add_agent(monkeypatch, "ben", "--languages", "de")
    store_fetched_templates(team["admin"], 1, [AccountTemplate("order_update", "de", "APPROVED", "utility",
                                                               "Hallo {{1}}")], now=int(NOW.timestamp()))
    ben = open_team(address(team, "ben"), password)
    try:
        assert len(ben.fetch_all("SELECT id FROM conversations")) == 3
        with ben.engine.begin() as conn:
            assert conn.execute(text("UPDATE conversations SET assignee = 'ben' WHERE id = 1 AND assignee IS NULL "
                                     "RETURNING id")).all() == [(1,)]
        queue_reply(ben, 1, "Ihr Paket ist unterwegs.", author="ben")
        queue_reply(ben, 1, "Tracking sent, waiting.", author="ben", note=True)
        for forbidden in ("SELECT settings_json FROM accounts", "SELECT * FROM sync_cursors",
                          "UPDATE audit_events SET actor = 'someone'", "DELETE FROM audit_events",
                          "INSERT INTO agent_profiles (name, languages, skills, active) VALUES ('x', '', '', true)",
                          "SELECT desk_add_login('mallory', 'SCRAM-SHA-256$x', 'lead')",
                          "UPDATE outbox SET body = 'changed'", "CREATE TABLE mine (id int)"):
            with pytest.raises(ProgrammingError, match="permission denied"), ben.engine.begin() as conn:
                conn.execute(text(forbidden))
        with pytest.raises(ProgrammingError, match="row-level security"), ben.engine.begin() as conn:
            conn.execute(text("INSERT INTO presence VALUES ('lena', 1, 'typing', 0)"))
        own = ben.fetch_all("SELECT DISTINCT actor FROM audit_events")
        assert own == [("ben",)]
        assert [spec.name for spec in template_specs(ben, 1)] == ["order_update"]  # fetched by the worker
        with pytest.raises(ProgrammingError, match="permission denied"), ben.engine.begin() as conn:
            conn.execute(text("DELETE FROM whatsapp_templates"))
    finally:
        ben.close()
    audit = lead.fetch_all("SELECT actor, kind, conversation_id, detail_json FROM audit_events "
                           "WHERE actor = 'ben' ORDER BY id")
    kinds = [(actor, kind, conversation) for actor, kind, conversation, _ in audit]
    assert kinds == [("ben", "conversations.update", 1), ("ben", "outbox.insert", 1), ("ben", "messages.insert", 1)]
    assert json.loads(audit[0][3])["assignee"] == [None, "ben"]
    assert lead.fetch_all("SELECT count(*) FROM audit_events WHERE kind = 'team.add_login' AND actor = 'lena'")[0][0] >= 1


def test_a_worker_reads_account_settings(team, lead, monkeypatch):
    password = add_agent(monkeypatch, "worker1", "--role", "worker")
    worker = open_team(address(team, "worker1"), password)
    try:
        assert json.loads(worker.fetch_all("SELECT settings_json FROM accounts")[0][0])["imap_host"]
        assert worker.fetch_all("SELECT count(*) FROM sync_cursors") == [(0,)]
    finally:
        worker.close()
    assert lead.fetch_all("SELECT count(*) FROM agent_profiles WHERE name = 'worker1'") == [(0,)]


def test_a_lead_disables_a_lost_laptop_at_once_without_disturbing_anyone_else(team, lead, monkeypatch):
    stolen_password = add_agent(monkeypatch, "carla")
    carla = open_team(address(team, "carla"), stolen_password)
    dan = open_team(address(team, "dan"), add_agent(monkeypatch, "dan"))
    carla_session = carla.engine.connect()
    dan_session = dan.engine.connect()
    try:
        carla_session.execute(text("SELECT 1"))
        output = desk_team("disable-agent", "carla", monkeypatch=monkeypatch)
        assert "1 open session(s) ended" in output
        with pytest.raises(Exception, match="terminating connection|server closed|consuming input failed"):
            carla_session.execute(text("SELECT 1"))
        with pytest.raises(TeamAuthFailed, match="not permitted to log in"):
            open_team(address(team, "carla"), stolen_password)
        assert dan_session.execute(text("SELECT current_user")).scalar() == "dan"
        assert lead.fetch_all("SELECT active FROM agent_profiles WHERE name = 'carla'") == [(False,)]
        new_password = shown_password(desk_team("enable-agent", "carla", monkeypatch=monkeypatch))
        assert whoami(address(team, "carla"), new_password) == "carla"
        kinds = [k for (k,) in lead.fetch_all(
            "SELECT kind FROM audit_events WHERE detail_json LIKE '%carla%' ORDER BY id")]
        assert kinds == ["team.add_login", "agent_profiles.insert", "team.disable_login", "team.enable_login"]
    finally:
        carla_session.close()
        dan_session.close()
        carla.close()
        dan.close()


def test_only_a_lead_manages_logins(team, lead, monkeypatch):
    from desk.team.admin import disable_agent

    erin = open_team(address(team, "erin"), add_agent(monkeypatch, "erin"))
    try:
        with pytest.raises(TeamError, match="Only a lead"):
            admin.add_agent(erin, "mallory", "lead")
        with pytest.raises(TeamError, match="Only a lead"):
            disable_agent(erin, "lena")
    finally:
        erin.close()
    with pytest.raises(TeamError, match="not a login of this team"):
        disable_agent(lead, "desk")  # the server's administrator is out of a lead's reach


def test_the_server_must_prove_who_it_is(team, pg_cluster):
    password = team["lead_password"]
    with pytest.raises(TeamServerUnverified, match="certificate"):
        open_team(address(team, "lena", ca_file=str(pg_cluster.certificates.other_ca)), password)
    by_ip = TeamAddress.parse(f"postgresql://lena@127.0.0.1:{pg_cluster.port}/acme", ca_file=team["ca"])
    with pytest.raises(TeamServerUnverified, match="does not match host name"):
        open_team(by_ip, password)
    with pytest.raises(TeamError, match="sslmode=require is refused"):
        TeamAddress.parse(f"postgresql://lena@localhost:{pg_cluster.port}/acme?sslmode=require")
