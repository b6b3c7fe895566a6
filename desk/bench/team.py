"""The team benchmark: `python -m desk.bench --team --json` (README "Team mode").

A team database at benchmark size (default 100,000 conversations x 10 messages), 20 simulated
agents, each with their own PostgreSQL login and connections, working at once:

- queue and search: each agent loads queue pages (its usual filters) and searches (the
  benchmark's query set) with a think time between actions; every call is timed, and the same
  SQL run bare on the agent's own psycopg connection right after it is the baseline (same load,
  same moment), reported as a ratio;
- live updates: every agent listens (LISTEN/NOTIFY); one agent replies, another reloads its
  queue page when told, and the time from pressing send to the page showing it is measured;
- the race: all agents take from the same unassigned queue (claim, reply, resolve), and the
  double claims (a conversation won by two) and double replies (two answers) are counted.

Without --pg-url it starts its own throwaway PostgreSQL cluster (desk.team.cluster) and loads it
from the generated SQLite workspace of the same size (desk.demo.generate, cached like the main
benchmark's) by COPY, with the search index made by the same code as in production.
"""

from __future__ import annotations

import asyncio
import random
import sqlite3
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desk.bench.__main__ import percentile
from desk.domain import QueueFilter
from desk.storage.db import Database

TARGETS = {
    "team_queue_page_p95_ms": ("<=", 20),
    "team_search_p95_ms": ("<=", 50),
    "team_live_update_p95_ms": ("<=", 1000),
    "team_double_claims": ("<=", 0),
    "team_double_replies": ("<=", 0),
}
AGENTS = 20
LANGUAGES = ("de", "fr", "es", "it", "ja", "zh", "en")
THINK_S = 4.0  # at most, between two actions of one agent (a busy agent): 20 agents, ~8 actions a second
ACTIONS_PER_AGENT = 25
LIVE_SAMPLES = 40
RACE_CONVERSATIONS = 2000
COPIED_TABLES = ("accounts", "customers", "customer_identities", "orders", "order_items", "shipments", "refunds",
                 "returns", "conversations", "conversation_tags", "messages")


# --- the database ------------------------------------------------------------------------------

def load_workspace(sqlite_path: Path, team: Database) -> dict:
    """Copy a generated SQLite workspace into an empty, migrated team database with COPY, then
    build its search index (desk.storage.dialects.postgresql's tokens) and statistics."""
    from desk.search.text import index_text
    from desk.storage.dialects.postgresql import SEARCH_DDL, tsvector_literal

    start = time.perf_counter()
    source = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
    raw = team.engine.raw_connection()
    try:
        with raw.cursor() as cur:
            gin = [s for s in SEARCH_DDL if "USING gin" in s and "message_fts" in s]
            cur.execute("DROP INDEX ix_message_fts_body")
            for table in COPIED_TABLES:
                if "id" in _copy_table(source, cur, table):  # the serial goes on after the copied ids
                    cur.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                f"(SELECT COALESCE(max(id), 1) FROM {table}))")
            with cur.copy("COPY message_fts (id, conversation_id, body) FROM STDIN") as copy:
                for mid, cid, body in source.execute("SELECT id, conversation_id, body_text FROM messages"):
                    copy.write_row((mid, cid, tsvector_literal(index_text(body))))
            names = dict(source.execute("SELECT id, display_name FROM customers"))
            identities: dict[int, list[str]] = {}
            for cid, value in source.execute("SELECT customer_id, value FROM customer_identities"):
                identities.setdefault(cid, []).append(value)
            with cur.copy("COPY customer_fts (id, body) FROM STDIN") as copy:
                for cid, name in names.items():
                    copy.write_row((cid, tsvector_literal(index_text(" ".join([name, *identities.get(cid, [])])))))
            for statement in gin:
                cur.execute(statement)
        raw.commit()
    finally:
        raw.close()
        source.close()
    with team.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")
    return {"team_load_s": round(time.perf_counter() - start, 1)}


def _copy_table(source: sqlite3.Connection, cur, table: str) -> list[str]:
    """COPY one table's rows (SQLite's 0/1 booleans are valid PostgreSQL boolean input); its columns."""
    from desk.storage.models import Base

    ours = {c.name for c in Base.metadata.tables[table].columns}
    columns = [r[1] for r in source.execute(f"PRAGMA table_info({table})") if r[1] in ours]
    with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in source.execute(f"SELECT {', '.join(columns)} FROM {table}"):
            copy.write_row(row)
    return columns


# --- simulated agents ---------------------------------------------------------------------------

@dataclass
class Agent:
    name: str
    address: object  # desk.team.connect.TeamAddress of its login
    languages: tuple[str, ...]
    db: Database
    raw: object  # a psycopg connection for the bare baseline
    rng: random.Random
    timings: dict[str, list[float]] = field(default_factory=dict)

    def time(self, kind: str, fn: Callable, *args) -> object:
        start = time.perf_counter()
        result = fn(*args)
        self.timings.setdefault(kind, []).append((time.perf_counter() - start) * 1000)
        return result


def _filters(agent: Agent) -> list[QueueFilter]:
    return [QueueFilter(), QueueFilter(unassigned_only=True), QueueFilter(assignee=agent.name),
            QueueFilter(languages=agent.languages)]


def _bare(agent: Agent, sql: str, params: dict) -> None:
    """The same SQL on the agent's own bare connection (named parameters in psycopg's style)."""
    import re

    with agent.raw.cursor() as cur:
        cur.execute(re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", sql), params)
        cur.fetchall()


def _work(agent: Agent, queries: tuple[str, ...], actions: int, think_s: float) -> None:
    from desk.storage.queue import queue_page, queue_sql
    from desk.storage.search import DEFAULT_LIMIT, search

    for action in range(actions):
        time.sleep(agent.rng.uniform(think_s / 4, think_s))
        if action % 3 != 2:  # two queue loads, then a search
            flt = agent.rng.choice(_filters(agent))
            agent.time("queue", queue_page, agent.db, flt)
            agent.time("queue_bare", _bare, agent, *queue_sql(agent.db, flt, None, 100))
        else:
            query = agent.rng.choice(queries)
            agent.time("search", search, agent.db, query)
            match = agent.db.dialect.match_parameter(query)
            agent.time("search_bare", _bare, agent, agent.db.dialect.message_search_sql(DEFAULT_LIMIT), {"match": match})


# What the bench's agents send when WhatsApp's 24-hour window is closed, as agents do.
TEMPLATE = ("order_update", "en")


def answer(db: Database, conversation_id: int, me: str, text: str) -> str:
    """Reply as `me` (confirmed: the bench's agents know what they do), with the approved template
    when WhatsApp allows no free text."""
    from desk.domain.records import Template
    from desk.sync.outbox import OutsideServiceWindow
    from desk.team.claims import reply

    try:
        return reply(db, conversation_id, me, text, confirmed=True)
    except OutsideServiceWindow:
        return reply(db, conversation_id, me, "", confirmed=True, template=Template(*TEMPLATE, (str(conversation_id),)))


def take_from_queue(db: Database, me: str, rng: random.Random, only: list[int] | None = None,
                    among: int = 40, at_once: int = 5) -> dict[str, list[int]]:
    """What an agent does with the unassigned queue (of the conversations `only`, when given)
    until it is empty: take a few conversations from its top, where the others are taking too,
    and answer and resolve each one won."""
    from desk.team.claims import claim, resolve

    within = " AND id = ANY(:only)" if only is not None else ""
    won, lost, replied = [], [], []
    while queue := [r[0] for r in db.fetch_all(
            f"SELECT id FROM conversations WHERE assignee IS NULL AND status = 'open'{within} "
            "ORDER BY sla_due_at, last_inbound_at, id LIMIT :n", {"n": among, "only": only})]:
        for cid in rng.sample(queue, min(at_once, len(queue))):
            if not claim(db, cid, me).won:
                lost.append(cid)
                continue
            won.append(cid)
            answer(db, cid, me, f"{me} answers conversation {cid}")
            replied.append(cid)
            resolve(db, cid, me)
    return {"won": won, "lost": lost, "replied": replied}


def _race(agents: list[Agent], team: Database, size: int) -> dict:
    """Every agent takes from the same unassigned queue: the `size` most urgent open ones."""
    raced = [r[0] for r in team.fetch_all(
        "SELECT id FROM conversations WHERE assignee IS NULL AND status = 'open' "
        "ORDER BY sla_due_at, last_inbound_at, id LIMIT :n", {"n": size})]
    answers = "SELECT conversation_id, count(*) FROM messages WHERE direction = 'out' AND conversation_id = ANY(:ids) " \
              "GROUP BY conversation_id"
    before = dict(team.fetch_all(answers, {"ids": raced}))
    results: dict[str, dict] = {}
    threads = [threading.Thread(target=lambda a=a: results.__setitem__(a.name, take_from_queue(a.db, a.name, a.rng, raced)))
               for a in agents]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    winners: dict[int, list[str]] = {}
    for name, r in results.items():
        for cid in r["won"]:
            winners.setdefault(cid, []).append(name)
    owners = dict(team.fetch_all("SELECT id, assignee FROM conversations WHERE id = ANY(:ids)", {"ids": raced}))
    after = dict(team.fetch_all(answers, {"ids": raced}))
    replies = {cid: after.get(cid, 0) - before.get(cid, 0) for cid in raced}
    return {
        "team_race_conversations": len(raced),
        "team_race_s": round(elapsed, 1),
        "team_race_contested_claims": sum(len(r["lost"]) for r in results.values()),
        # won by two agents, or owned in the database by someone other than its one winner
        "team_double_claims": sum(1 for cid in raced if len(winners.get(cid, [])) > 1
                                  or owners[cid] not in winners.get(cid, [owners[cid]])),
        "team_double_replies": sum(1 for n in replies.values() if n > 1),
        "team_lost_conversations": sum(1 for n in replies.values() if n == 0),
    }


# --- live updates -------------------------------------------------------------------------------

def _live(agents: list[Agent], address_of: Callable[[str], object], password: str, samples: int) -> dict:
    """Every agent listens; a random agent replies to a conversation on another's first queue
    page; the time until that agent's reloaded page shows it answered."""
    from desk.storage.queue import queue_page
    from desk.team.live import ConversationsChanged, Resync, TeamListener

    loop = asyncio.new_event_loop()
    ready = threading.Semaphore(0)
    watched: dict[str, tuple[int, threading.Event]] = {}
    by_name = {a.name: a for a in agents}

    def on_event(name: str):
        def handle(event) -> None:
            if isinstance(event, Resync):
                ready.release()
            elif isinstance(event, ConversationsChanged) and name in watched and watched[name][0] in event.ids:
                cid, seen = watched[name]
                loop.run_in_executor(None, lambda: seen.set() if all(
                    row.id != cid for row in queue_page(by_name[name].db, QueueFilter())) else None)
        return handle

    tasks = [loop.create_task(TeamListener(address_of(a.name), password, on_event(a.name)).run()) for a in agents]
    runner = threading.Thread(target=loop.run_forever, daemon=True)
    runner.start()
    for _ in agents:
        ready.acquire(timeout=60)
    rng = random.Random(11)
    latencies = []
    try:
        for _ in range(samples):
            writer, reader = rng.sample(agents, 2)
            cid = queue_page(reader.db, QueueFilter(), limit=20)[0].id
            seen = threading.Event()
            watched[reader.name] = (cid, seen)
            start = time.perf_counter()
            answer(writer.db, cid, writer.name, "On its way.")
            if seen.wait(10):
                latencies.append((time.perf_counter() - start) * 1000)
            del watched[reader.name]
    finally:
        for task in tasks:
            loop.call_soon_threadsafe(task.cancel)
        asyncio.run_coroutine_threadsafe(asyncio.sleep(0.1), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        runner.join(10)
        loop.close()
    return {
        "team_live_samples": samples,
        "team_live_missed": samples - len(latencies),
        "team_live_update_p50_ms": round(statistics.median(latencies), 1) if latencies else None,
        "team_live_update_p95_ms": round(percentile(latencies, 0.95), 1) if latencies else 10_000.0,
    }


# --- the run --------------------------------------------------------------------------------------

def _agent(address, index: int, password: str) -> Agent:
    """Simulated agent `index`, connected as its own login."""
    import psycopg

    from desk.team.connect import open_team

    raw = psycopg.connect(autocommit=True, **address.connect_args(password, "desk-bench-bare"))
    return Agent(address.user, address, (LANGUAGES[index % len(LANGUAGES)], "en"),
                 open_team(address, password, "desk-bench"), raw, random.Random(index))


def _agents(admin_db: Database, address_of: Callable[[str], object], password: str, count: int) -> list[Agent]:
    from desk.team import admin

    agents = []
    for i in range(count):
        name = f"agent{i:02d}"
        if not admin_db.fetch_all("SELECT 1 FROM pg_roles WHERE rolname = :n", {"n": name}):
            admin.add_agent(admin_db, name, "lead" if i == 0 else "agent", (LANGUAGES[i % len(LANGUAGES)], "en"),
                            password)
        else:
            admin.enable_agent(admin_db, name, password)
        agents.append(_agent(address_of(name), i, password))
    return agents


def _agent_at_work(address, index: int, password: str, actions: int, think_s: float, ready) -> dict[str, list[float]]:
    """One agent's queue loads and searches, in its own process (as on its own PC: no lock shared
    with the other agents' Python); all start together once connected (`ready`, a barrier)."""
    from desk.bench.__main__ import SEARCH_QUERIES

    agent = _agent(address, index, password)
    try:
        ready.wait(300)
        _work(agent, SEARCH_QUERIES, actions, think_s)
        return agent.timings
    finally:
        agent.db.close()
        agent.raw.close()


def _latency(agents: list[Agent], actions: int, password: str, think_s: float) -> dict:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    spawn = multiprocessing.get_context("spawn")
    with spawn.Manager() as manager, ProcessPoolExecutor(len(agents), mp_context=spawn) as pool:
        ready = manager.Barrier(len(agents))
        runs = [pool.submit(_agent_at_work, a.address, i, password, actions, think_s, ready)
                for i, a in enumerate(agents)]
        timings = [run.result() for run in runs]
    merged: dict[str, list[float]] = {}
    for agent_timings in timings:
        for kind, values in agent_timings.items():
            merged.setdefault(kind, []).extend(values)
    out = {}
    for kind, label in (("queue", "queue_page"), ("search", "search")):
        app, bare = percentile(merged[kind], 0.95), percentile(merged[f"{kind}_bare"], 0.95)
        out |= {f"team_{label}_p50_ms": round(statistics.median(merged[kind]), 2),
                f"team_{label}_p95_ms": round(app, 2), f"team_{label}_raw_p95_ms": round(bare, 2),
                f"team_{label}_ratio_vs_raw": round(app / bare, 3), f"team_{label}_samples": len(merged[kind])}
    return out


def bench_team(conversations: int, messages_per: int, pg_url: str | None, agents: int = AGENTS,
               actions: int = ACTIONS_PER_AGENT, think_s: float = THINK_S, data_dir: Path | None = None,
               progress: Callable[[str], None] = lambda text: None) -> dict:
    from desk.bench.__main__ import default_data_dir
    from desk.demo.generate import generate
    from desk.team import admin
    from desk.team.access import new_password
    from desk.team.cluster import ThrowawayCluster
    from desk.team.connect import TeamAddress, open_team

    progress("generating the workspace")
    workspace = generate(data_dir or default_data_dir(conversations), conversations, messages_per)
    password = new_password()  # the simulated agents' logins: this run only
    cluster = None
    if pg_url is None:
        cluster = ThrowawayCluster(settings={"shared_buffers": "'1GB'", "maintenance_work_mem": "'512MB'",
                                             "work_mem": "'16MB'", "effective_cache_size": "'4GB'"})
        cluster.start()
        address = TeamAddress(str(cluster.dir), cluster.port, "desk_team", "desk")
    else:
        address = TeamAddress.parse(pg_url)
    results: dict = {"team_conversations": conversations, "team_messages": conversations * messages_per,
                     "team_agents": agents}
    try:
        progress("creating the team database")
        report = admin.init_team(address, lead=None)
        owner = open_team(address, keyring=False)
        try:
            if owner.fetch_all("SELECT count(*) FROM conversations")[0][0]:
                raise SystemExit(f"{address.display()} already holds conversations; give an empty database")
            progress("loading it")
            results |= load_workspace(workspace, owner) | {"team_database_created": report.created_database}
            team = _agents(owner, address.as_user, password, agents)
            try:
                progress("agents at work: queue and search")
                results |= _latency(team, actions, password, think_s)
                progress("live updates")
                results |= _live(team, address.as_user, password, LIVE_SAMPLES)
                progress("the race")
                results |= _race(team, owner, min(RACE_CONVERSATIONS, conversations // 4))
            finally:
                for agent in team:
                    agent.db.close()
                    agent.raw.close()
        finally:
            owner.close()
    finally:
        if cluster is not None:
            cluster.stop()
    return results

