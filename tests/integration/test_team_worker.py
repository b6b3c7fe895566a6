"""`desk worker --team URL` as real processes on a real PostgreSQL over TLS, syncing Amazon accounts
from the sandbox platforms (IMAP/SMTP relay mail and SP-API orders on 127.0.0.1), with its platform
credentials and its team password read from a systemd-style $CREDENTIALS_DIRECTORY.

Customers write "where is my order?" (answered automatically: the rule is on and the orders have
tracking), an agent answers some conversations, and whatever the workers go through — two at
once, one SIGKILLed at each kill point and restarted, one killed and the other taking over, one
losing its lease connection — every customer message is stored once, every automatic reply is
queued once, and every reply reaches the platform exactly once.
"""

from __future__ import annotations

import email
import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desk import settings
from desk.accounts import save_account
from desk.domain import Channel
from desk.knowledge import seed_kb
from desk.routing.autoreply import AUTO_AUTHOR, Rule, load_rules, save_rules
from desk.sandbox.demo import relay_mail
from desk.sandbox.serve import serve_in_thread
from desk.sandbox.stack import MailStack
from desk.team import admin
from desk.team.claims import reply
from desk.team.connect import TeamAddress, open_team
from desk.team.leases import PIPELINE, AccountLeases, holders
from tests.helpers.fake_translators import LIBRE_KEY, FakeTranslators

ACCOUNTS = 4
ORDERS = 90  # one per customer conversation (one page of the Orders API)
WISMO = "Hello, where is my order? It has not arrived yet and the tracking has not moved for a week."
BROKEN_DE = "Guten Tag, die Tasse kam zerbrochen an, der Karton war eingedrückt. Was können Sie tun?"
WORKERS = ("wk1", "wk2")
KILL_POINTS = ("sync.before_pull:1", "sync.before_apply:1", "sync.before_commit:1", "sync.after_apply:1",
               "outbox.before_send:1", "outbox.after_send:1")


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _order(n: int, now: datetime) -> dict:
    placed = now - timedelta(days=6)
    return {"id": f"114-{n:07d}-{n:07d}", "marketplace_id": "ATVPDKIKX0DER", "created": _iso(placed),
            "updated": _iso(placed + timedelta(hours=1)), "status": "Shipped", "fulfillment": "MFN",
            "currency": "USD", "buyer_email": None, "buyer_name": f"Buyer{n}",
            "items": [{"sku": f"SKU-{n}", "title": "Linen duvet cover", "quantity": 1, "unit_price": "59.00"}],
            "packages": [{"carrier": "UPS", "tracking_number": f"1Z999AA1{n:010d}", "ship_time": _iso(placed),
                          "status": "IN_TRANSIT"}]}


class Platforms:
    """One relay mailbox per Amazon account on the sandbox mail server, and one SP-API sandbox
    whose orders every account sees (its quotas generous: the workers pull often)."""

    def __init__(self) -> None:
        import secrets as tokens

        from desk.sandbox.amazon import create_amazon_sandbox

        now = datetime.now(UTC)
        self.mailboxes = [f"shop{i}@sellers.example" for i in range(1, ACCOUNTS + 1)]
        self.mail = MailStack(self.mailboxes)
        self.orders = [_order(n, now) for n in range(ORDERS)]
        self.client_id = f"amzn1.application-oa2-client.{tokens.token_hex(8)}"
        self.client_secret, self.refresh_token = tokens.token_urlsafe(24), f"Atzr|{tokens.token_urlsafe(24)}"
        plans = {"2026-01-01.searchOrders": (50.0, 500), "2026-01-01.getOrder": (50.0, 500)}
        app = create_amazon_sandbox(self.orders, clients={self.client_id: self.client_secret},
                                    refresh_tokens={self.refresh_token}, usage_plans=plans)
        self.amazon = serve_in_thread(app)
        self.written = 0

    def settings(self, mailbox: str) -> dict:
        return {**self.mail.settings(mailbox), "marketplace_id": "ATVPDKIKX0DER", "orders_api": "2026-01-01",
                "spapi_endpoint": self.amazon.url, "lwa_endpoint": f"{self.amazon.url}/auth/o2/token",
                "lwa_client_id": self.client_id}

    def secrets(self, mailbox: str) -> dict[str, str]:
        return {**self.mail.secrets(mailbox), "lwa_client_secret": self.client_secret,
                "refresh_token": self.refresh_token}

    def customers_write(self, count: int) -> None:
        """`count` new customers, each asking where their own order is, spread over the accounts."""
        for _ in range(count):
            n = self.written
            mailbox = self.mailboxes[n % ACCOUNTS]
            alias = f"buyer{n:04d}x7k2@marketplace.amazon.com"
            self.mail.deliver(mailbox, relay_mail(mailbox, alias, f"Buyer{n}", self.orders[n]["id"], WISMO,
                                                  datetime.now(UTC)))
            self.written += 1

    def sent_message_ids(self) -> list[str]:
        """The Message-ID of every mail the accounts sent to buyers, once per time it was sent."""
        return [email.message_from_bytes(m.raw)["Message-ID"] for m in self.mail.server.relayed]

    def stop(self) -> None:
        self.amazon.stop()
        self.mail.stop()


@pytest.fixture(scope="module")
def team(pg_cluster, tmp_path_factory):
    ca = str(pg_cluster.certificates.ca)
    address = TeamAddress.parse(f"postgresql://desk@localhost:{pg_cluster.port}/workers", ca_file=ca)
    report = admin.init_team(address, lead="wklead", lead_password="lead-secret-w")
    owner = open_team(address, keyring=False)
    lead = open_team(address.as_user("wklead"), report.lead_password)
    passwords = {name: admin.add_agent(lead, name, "worker") for name in WORKERS}
    passwords["wkagent"] = admin.add_agent(lead, "wkagent")
    seed_kb(lead)
    save_rules(lead, {**load_rules(lead), "where_is_my_order": Rule(propose=True, auto_send=True)})
    platforms = Platforms()
    translators = FakeTranslators().start()
    settings.put_many(lead, {settings.TRANSLATION_PROVIDER.key: "libre",
                             settings.TRANSLATION_OPTIONS.key: {"libre": {"url": translators.url("libre")}}})
    account_ids = [save_account(lead, Channel.AMAZON, f"Lumora {n}", platforms.settings(mailbox))
                   for n, mailbox in enumerate(platforms.mailboxes, start=1)]
    credentials = tmp_path_factory.mktemp("credentials")
    for name in WORKERS:  # what systemd's LoadCredential= lines would put in $CREDENTIALS_DIRECTORY
        folder = credentials / name
        folder.mkdir(mode=0o700)
        (folder / "team_password").write_text(passwords[name] + "\n")
        for account_id, mailbox in zip(account_ids, platforms.mailboxes, strict=True):
            for field, value in platforms.secrets(mailbox).items():
                (folder / f"account-{account_id}_{field}").write_text(value)
        (folder / "app_translation_libre_api_key").write_text(LIBRE_KEY)
    agent = open_team(address.as_user("wkagent"), passwords["wkagent"])
    yield {"address": address, "ca": ca, "owner": owner, "agent": agent, "platforms": platforms,
           "accounts": account_ids, "credentials": credentials, "passwords": passwords,
           "logs": tmp_path_factory.mktemp("worker-logs"), "translators": translators}
    agent.close()
    lead.close()
    owner.close()
    platforms.stop()
    translators.stop()


# --- running workers --------------------------------------------------------------------------------

class WorkerProcess:
    def __init__(self, team, login: str, *args: str, crash_at: str | None = None):
        env = {k: v for k, v in os.environ.items() if k not in ("DESK_TEAM_PASSWORD", "DESK_CRASH_AT")}
        env["CREDENTIALS_DIRECTORY"] = str(team["credentials"] / login)
        env["DESK_DATA_DIR"] = str(team["logs"] / f"data-{login}")
        if crash_at:
            env["DESK_CRASH_AT"] = crash_at
        self.log = team["logs"] / f"{login}-{time.monotonic_ns()}.log"
        url = team["address"].as_user(login).display()
        with self.log.open("w") as log:
            self.proc = subprocess.Popen([sys.executable, "-m", "desk", "worker", "--team", url, "--ca-file",
                                          team["ca"], *args], env=env, stdout=subprocess.PIPE, stderr=log, text=True)
        self.login = login

    def stderr(self) -> str:
        return self.log.read_text()

    def wait(self, timeout: float = 60) -> int:
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            pytest.fail(f"the worker did not exit in {timeout} s:\n{self.stderr()[-3000:]}")

    def report(self) -> dict:
        out, _ = self.proc.communicate(timeout=90)
        assert self.proc.returncode == 0, self.stderr()[-3000:]
        return json.loads(out)

    def stop(self) -> int:
        """SIGTERM, as systemd stops it."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        code = self.wait(30)
        self.proc.stdout.close()
        return code

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self.proc.stdout.close()


def run(coro):
    import asyncio

    return asyncio.run(coro)


def wait_until(condition, what: str, timeout: float = 45.0, workers=()):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            logs = "\n".join(f"--- {w.login}:\n{w.stderr()[-2500:]}" for w in workers)
            pytest.fail(f"{what}: not reached in {timeout} s\n{logs}")
        time.sleep(0.05)


def held_by(team) -> dict[int, str]:
    return {h.account_id: h.login for h in holders(team["owner"]) if h.login in WORKERS}


# --- what must hold whatever happened -------------------------------------------------------------

def stored_customer_messages(team) -> int:
    return team["owner"].fetch_all("SELECT count(*) FROM messages WHERE direction = 'in'")[0][0]


def all_answered(team) -> bool:
    """Every customer message stored, every conversation answered automatically, every reply out."""
    owner = team["owner"]
    unanswered = owner.fetch_all(
        "SELECT count(*) FROM conversations c WHERE NOT EXISTS (SELECT 1 FROM messages m WHERE "
        "m.conversation_id = c.id AND m.author = :auto)", {"auto": AUTO_AUTHOR})[0][0]
    unsent = owner.fetch_all("SELECT count(*) FROM outbox WHERE state <> 'sent'")[0][0]
    return stored_customer_messages(team) == team["platforms"].written and unanswered == 0 and unsent == 0


def assert_nothing_doubled(team) -> tuple[list, list, list[str]]:
    """What holds at every moment, even just after a kill: (inbound messages, automatic replies by
    conversation, Message-IDs sent)."""
    owner, platforms = team["owner"], team["platforms"]
    inbound = owner.fetch_all("SELECT account_id, external_id FROM messages WHERE direction = 'in'")
    assert len(inbound) <= platforms.written, "a customer message was stored twice"
    auto = owner.fetch_all("SELECT conversation_id, count(*) FROM messages WHERE author = :a GROUP BY conversation_id",
                           {"a": AUTO_AUTHOR})
    assert {n for _, n in auto} <= {1}, "an automatic reply was queued twice"
    sent = platforms.sent_message_ids()
    assert len(sent) == len(set(sent)), "a reply reached the platform twice"
    return inbound, auto, sent


def assert_nothing_lost_or_doubled(team) -> None:
    owner, platforms = team["owner"], team["platforms"]
    inbound, auto, sent = assert_nothing_doubled(team)
    assert len(inbound) == platforms.written, "a customer message was lost"
    conversations = owner.fetch_all("SELECT count(*) FROM conversations")[0][0]
    assert conversations == platforms.written and len(auto) == conversations, "a conversation was not answered"
    outbox = owner.fetch_all("SELECT state, external_id FROM outbox")
    assert {state for state, _ in outbox} == {"sent"}
    assert sorted(external_id for _, external_id in outbox) == sorted(sent), "a reply was not sent, or sent unrecorded"


def who_did_what(team, after_outbox_id: int) -> tuple[set[str], dict[int, set[str]]]:
    """From the audit trail (written by the server as the login that made each change), for the
    outbox entries after `after_outbox_id`: who queued the automatic replies, and who sent each
    account's replies."""
    rows = team["owner"].fetch_all(
        "SELECT a.kind, o.account_id, a.actor, m.author FROM audit_events a "
        "JOIN outbox o ON o.id = (a.detail_json::jsonb ->> 'id')::integer JOIN messages m ON m.id = o.message_id "
        "WHERE a.kind IN ('outbox.insert', 'outbox.update') AND o.id > :after", {"after": after_outbox_id})
    queued = {actor for kind, _, actor, author in rows if kind == "outbox.insert" and author == AUTO_AUTHOR}
    senders: dict[int, set[str]] = {}
    for kind, account_id, actor, _ in rows:
        if kind == "outbox.update":
            senders.setdefault(account_id, set()).add(actor)
    return queued, senders


def last_outbox_id(team) -> int:
    return team["owner"].fetch_all("SELECT coalesce(max(id), 0) FROM outbox")[0][0]


def answerable(team, account_id: int | None = None) -> list[int]:
    """Conversations (of one account, or of all) answered automatically and not by the agent yet, newest first."""
    return [cid for (cid,) in team["agent"].fetch_all(
        "SELECT c.id FROM conversations c WHERE (c.account_id = :account OR :account IS NULL) AND NOT EXISTS "
        "(SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.author = 'wkagent') AND EXISTS "
        "(SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.author = :a) ORDER BY c.id DESC",
        {"a": AUTO_AUTHOR, "account": account_id})]


def agent_answers(team, count: int, account_id: int | None = None) -> list[str]:
    """The agent replies in `count` of those conversations."""
    chosen = answerable(team, account_id)[:count]
    assert chosen, "no conversation to answer"
    return [reply(team["agent"], cid, "wkagent", "Your parcel is with UPS and should arrive on Monday.", confirmed=True)
            for cid in chosen]


def assert_no_secret_in(text: str, team) -> None:
    platforms = team["platforms"]
    values = [*team["passwords"].values(), platforms.client_secret, platforms.refresh_token,
              *(platforms.mail.passwords.values())]
    assert not [v for v in values if v in text], "a secret was logged"


# --- the tests ----------------------------------------------------------------------------------------

def test_a_worker_once_syncs_answers_and_sends_with_credentials_from_its_service(team):
    team["platforms"].customers_write(8)
    report = WorkerProcess(team, "wk1", "--once", "--json").report()
    assert report["messages_new"] == 8 and report["auto_replies_sent"] == 8 and report["replies_delivered"] == 8
    assert report["pipeline_lease"] is True
    assert sorted(a["id"] for a in report["accounts"]) == team["accounts"]
    assert all(a["state"] == "idle" for a in report["accounts"]), report["accounts"]
    assert_nothing_lost_or_doubled(team)


def test_an_agents_login_reads_the_teams_translations_but_cannot_write_them(team):
    from sqlalchemy.exc import ProgrammingError

    from desk.team.translations import _insert
    from desk.translation.cache import CachedAnswer

    with pytest.raises(ProgrammingError, match="permission denied"):
        _insert(team["agent"], "zh", {b"k" * 16: CachedAnswer("[zh] forged", "libre")})
    assert team["agent"].fetch_all("SELECT count(*) FROM team_translations WHERE key = :k", {"k": b"k" * 16})[0][0] == 0


@pytest.mark.parametrize("point", KILL_POINTS)
def test_a_worker_killed_at_a_kill_point_loses_and_doubles_nothing_once_restarted(team, point):
    """Killed while customers write (sync's points) or while an agent's replies go out (the outbox's:
    in one account only, so that the kill cannot also land in another account's send between the SMTP
    server's acceptance and the copy in Sent, which no reconciliation can see)."""
    if point.startswith("outbox"):
        if len(answerable(team, team["accounts"][0])) < 2:  # run on its own: answered conversations first
            team["platforms"].customers_write(2 * ACCOUNTS)
            WorkerProcess(team, "wk1", "--once", "--json").report()
        agent_answers(team, 2, account_id=team["accounts"][0])
    else:
        team["platforms"].customers_write(ACCOUNTS)
    killed = WorkerProcess(team, "wk1", crash_at=point)
    assert killed.wait() == -signal.SIGKILL, killed.stderr()[-3000:]
    killed.kill()
    assert_nothing_doubled(team)
    wait_until(lambda: not held_by(team), "the killed worker's leases are free")
    restarted = WorkerProcess(team, "wk1", "--once", "--json")
    restarted.report()
    assert_nothing_lost_or_doubled(team)
    assert_no_secret_in(killed.stderr() + restarted.stderr(), team)


def test_two_workers_share_the_accounts_and_one_takes_over_when_the_other_is_killed(team):
    platforms, accounts = team["platforms"], team["accounts"]
    # The test holds half the accounts while wk1 starts, so wk1 takes the other half and the
    # pipeline; wk2 starts and finds nothing free; the test lets go and wk2 (looking every 0.2 s,
    # wk1 every minute) takes that half.
    blocker = AccountLeases(team["owner"])
    half = accounts[ACCOUNTS // 2:]
    assert all(blocker.try_acquire(a) for a in half)
    first = WorkerProcess(team, "wk1", "--look-every", "60")
    second = None
    try:
        wait_until(lambda: sorted(a for a, who in held_by(team).items() if who == "wk1") ==
                   sorted([PIPELINE, *accounts[:ACCOUNTS // 2]]), "wk1 holds its half", workers=[first])
        second = WorkerProcess(team, "wk2", "--look-every", "0.2")
        wait_until(lambda: "worker on" in second.stderr(), "wk2 started", workers=[second])
        blocker.close()
        wait_until(lambda: sorted(a for a, who in held_by(team).items() if who == "wk2") == sorted(half),
                   "wk2 holds the other half", workers=[first, second])

        # Customers write to every account; wk1 triages all of them (it holds the pipeline) and
        # queues the automatic replies; wk2 hears of those in its accounts and sends them.
        before = last_outbox_id(team)
        platforms.customers_write(12)
        wait_until(lambda: all_answered(team), "every customer answered", workers=[first, second])
        agent_answers(team, 8)  # in every account: each worker sends those of its own, woken at once
        wait_until(lambda: all_answered(team), "every agent's reply sent", workers=[first, second])
        assert_nothing_lost_or_doubled(team)
        queued, senders = who_did_what(team, before)
        assert queued == {"wk1"}, "the pipeline ran in a worker without its lease"
        assert senders == {a: {"wk1" if a in accounts[:ACCOUNTS // 2] else "wk2"} for a in accounts}

        first.kill()  # SIGKILL: its session ends, and its leases with it
        # (wk1's leases stay listed until PostgreSQL has ended its session: wait for wk2's names)
        wait_until(lambda: held_by(team) == dict.fromkeys([PIPELINE, *accounts], "wk2"), "wk2 took over everything",
                   workers=[second])
        before = last_outbox_id(team)
        platforms.customers_write(6)
        agent_answers(team, 4)
        wait_until(lambda: all_answered(team), "every customer answered by the survivor", workers=[second])
        assert second.stop() == 0
        assert_nothing_lost_or_doubled(team)
        queued, senders = who_did_what(team, before)
        assert queued == {"wk2"} and set(senders) == set(accounts) and set().union(*senders.values()) == {"wk2"}
        assert_no_secret_in(first.stderr() + second.stderr(), team)
    finally:
        for worker in (first, second):
            if worker is not None:
                worker.kill()


def test_a_worker_whose_lease_connection_breaks_stops_at_once_and_exits_non_zero(team):
    worker = WorkerProcess(team, "wk2", "--look-every", "60")
    try:
        wait_until(lambda: held_by(team) == dict.fromkeys([PIPELINE, *team["accounts"]], "wk2"),
                   "wk2 holds every lease", workers=[worker])
        pid = {h.pid for h in holders(team["owner"]) if h.login == "wk2"}.pop()
        team["owner"].fetch_all("SELECT pg_terminate_backend(:p)", {"p": pid})
        assert worker.wait(20) == 3
        assert "leases broke" in worker.stderr()
        assert "Traceback" not in worker.stderr(), worker.stderr()[-4000:]
    finally:
        worker.kill()


def test_only_a_workers_login_may_run_a_worker(team):
    from desk.team.worker import NotAWorker, check_worker_login

    with pytest.raises(NotAWorker, match="--role worker"):
        check_worker_login(team["agent"])
    worker = open_team(team["address"].as_user("wk1"), team["passwords"]["wk1"])
    try:
        check_worker_login(worker)
    finally:
        worker.close()


def test_the_worker_lists_the_credentials_each_account_needs_never_their_values(team):
    missing = team["credentials"] / "wk2" / f"account-{team['accounts'][-1]}_refresh_token"
    kept = missing.read_text()
    missing.unlink()
    try:
        listing = WorkerProcess(team, "wk2", "--credentials")
        out, _ = listing.proc.communicate(timeout=60)
        assert listing.proc.returncode == 1, listing.stderr()[-3000:]
    finally:
        missing.write_text(kept)
    lines = out.splitlines()
    assert len(lines) == ACCOUNTS
    assert f"account-{team['accounts'][0]}_lwa_client_secret present" in lines[0]
    assert f"{missing.name} MISSING" in lines[-1]
    assert_no_secret_in(out + listing.stderr(), team)


def test_the_worker_translates_ahead_for_the_team_and_an_agent_reads_it_online_and_offline(team, tmp_path):
    """Last in this module: the customer's message is not answered automatically (a broken cup),
    which the other tests' invariants (every conversation answered) do not expect."""
    from desk.executors import Executors
    from desk.team.translations import TeamTranslations
    from desk.translation.service import open_translation_service

    platforms, translators = team["platforms"], team["translators"]
    mailbox = platforms.mailboxes[0]
    platforms.mail.deliver(mailbox, relay_mail(mailbox, "kunde7q@marketplace.amazon.com", "Jonas", platforms.orders[-1]["id"],
                                               BROKEN_DE, datetime.now(UTC)))
    report = WorkerProcess(team, "wk1", "--once", "--json").report()
    assert report["translated"] >= 1 and translators.count("libre") >= 1
    asked = translators.count("libre")

    executors = Executors()
    as_agent = TeamTranslations(lambda fn, *args: fn(team["agent"], *args), writes=False)
    online = run(open_translation_service(team["agent"], executors, tmp_path, offline=True, shared=as_agent))
    try:
        assert online.cached(BROKEN_DE, "de", "zh") is None  # not on this PC yet
        seen = run(online.translate(BROKEN_DE, "de", "zh"))  # this Desk may not call a provider: the team's answer
        assert seen.ok and seen.provider == "libre" and seen.translated.startswith("[zh]")
        assert online.take_shared("zh", kept_since=0) >= 1  # what a mirror refresh copies
    finally:
        online.close()
    offline = run(open_translation_service(team["agent"], executors, tmp_path, offline=True))
    try:
        assert offline.cached(BROKEN_DE, "de", "zh").translated == seen.translated
    finally:
        offline.close()
        executors.shutdown()
    assert translators.count("libre") == asked  # the agent's Desk asked no provider
