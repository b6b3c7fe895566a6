"""Measure Desk against baselines in the same run (see README "Performance").

Every figure comes with its baseline measured here and now: ingest against plain executemany of
the same rows into the same schema, queue and search against the same SQL run bare, start-up
against a bare PySide6 window. Targets are checked here, not in timed tests.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGETS = {
    "ingest_msgs_per_s": (">=", 5000),
    "ingest_ratio_vs_raw": (">=", 0.5),
    "queue_page_ms": ("<=", 20),
    "queue_ratio_vs_raw": ("<=", 2),
    "search_p95_ms": ("<=", 50),
    "search_ratio_vs_raw": ("<=", 1.5),
    "startup_ratio_vs_bare_qt": ("<=", 1.5),
    "rss_mb": ("<=", 300),
    "sync_msgs_per_s": (">=", 2000),
    "ui_max_stall_ms": ("<=", 50),
    "open_conversation_worst_ms": ("<=", 100),
    "open_conversation_ui_max_stall_ms": ("<=", 50),
    "action_to_queue_ms": ("<=", 50),
}

SEARCH_QUERIES = (
    "refund", "parcel", "tracking number", "Rücksendung", "rucksendung", "remboursement", "colis",
    "reembolso", "devolución", "rimborso", "fattura", "Lieferung", "退款", "物流", "发票", "返品", "返金", "配送", "退",
)
INGEST_BATCH = 100  # what one sync round writes per transaction


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return (time.perf_counter() - start) * 1000


# --- ingest -------------------------------------------------------------------------------------

def _sample_messages(count: int):
    """New conversations of 10 messages each, as a first sync of a busy account brings them."""
    import random
    from datetime import UTC, datetime

    from desk.demo.generate import _messages
    from desk.demo.data_files import demo_conversations

    rng = random.Random(3)
    templates = demo_conversations()
    now = datetime.now(UTC)
    out = []
    for index in range(count // 10):
        template = templates[index % len(templates)]
        account = 1 + (index * 10 // INGEST_BATCH) % 9  # a sync batch comes from one account
        batch = _messages(template, account, index, 10, now, rng)
        for m in batch:  # threads and ids the workspace does not have yet
            m.thread_key, m.external_id = f"bench/{m.thread_key}", f"bench/{m.external_id}"
        out.extend(batch)
    return out


def _conversation_updates(batch, conversation_ids: dict) -> list[tuple]:
    """What a batch changes in its conversations, computed ahead for the raw baseline."""
    from desk.domain import Direction
    from desk.storage.timekeys import to_epoch

    latest: dict[int, list] = {}
    for m in batch:
        cid = conversation_ids[m.thread_key]
        row = latest.setdefault(cid, [0, 0, 0, 0, "", 0, cid])
        at = to_epoch(m.sent_at)
        row[0 if m.direction is Direction.IN else 1] = max(row[0 if m.direction is Direction.IN else 1], at)
        row[2], row[3], row[4] = max(row[2], at), at + 86400, m.text[:200]
        row[5] += 1
    return [tuple(r) for r in latest.values()]


def bench_ingest(workspace: Path, messages: int, rounds: int = 2) -> dict:
    """Best of `rounds` (commit and checkpoint times vary a lot on a shared machine)."""
    runs = [_ingest_round(workspace, messages) for _ in range(rounds)]
    app_s, raw_s = min(r[0] for r in runs), min(r[1] for r in runs)
    return {
        "ingest_messages": messages,
        "ingest_batch": INGEST_BATCH,
        "ingest_msgs_per_s": round(messages / app_s),
        "ingest_raw_msgs_per_s": round(messages / raw_s),
        "ingest_ratio_vs_raw": round(raw_s / app_s, 3),
    }


def _ingest_round(workspace: Path, messages: int) -> tuple[float, float]:
    """Ingest into a copy of the benchmark workspace (so at its scale), app path against raw."""
    import shutil

    from desk.search.text import index_text
    from desk.storage.db import Database
    from desk.storage.dialects.sqlite import apply_pragmas
    from desk.storage.ingest import Ingestor
    from desk.storage.timekeys import to_epoch

    sample = _sample_messages(messages)
    assert len(sample) == messages, "--ingest-messages must be a multiple of 10"
    with sqlite3.connect(workspace) as conn:  # a copy of the main file alone must be complete
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with tempfile.TemporaryDirectory(dir=workspace.parent) as tmp:
        app_path, raw_path = Path(tmp) / "app.sqlite3", Path(tmp) / "raw.sqlite3"
        shutil.copyfile(workspace, app_path)
        shutil.copyfile(workspace, raw_path)
        app_db = Database.open_path(app_path)
        ingestor = Ingestor(app_db)
        start = time.perf_counter()
        for i in range(0, len(sample), INGEST_BATCH):
            ingestor.ingest(sample[i : i + INGEST_BATCH])
        app_s = time.perf_counter() - start
        conversation_ids = dict(app_db.fetch_all("SELECT thread_key, id FROM conversations WHERE thread_key LIKE 'bench/%'"))
        first_message_id = app_db.fetch_all("SELECT min(id) FROM messages WHERE external_id LIKE 'bench/%'")[0][0]
        app_db.close()

        # The same rows, prepared in advance, into the same schema with plain executemany:
        # messages, their search-index rows, and each batch's conversation updates.
        conn = sqlite3.connect(raw_path, isolation_level=None)
        apply_pragmas(conn)
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO conversations (id, account_id, channel, thread_key, subject, status, sla_due_at,"
            " last_inbound_at, preview, message_count, created_at) VALUES (?, 1, 'email', ?, '', 'open', 0, 0, '', 0, 0)",
            [(cid, key) for key, cid in conversation_ids.items()],
        )
        conn.execute("COMMIT")
        rows = [
            (conversation_ids[m.thread_key], m.account_id, m.external_id, m.direction.value, m.author, m.text,
             None, m.language, to_epoch(m.sent_at), to_epoch(m.sent_at), "received")
            for m in sample
        ]
        fts = [(first_message_id + i, index_text(m.text)) for i, m in enumerate(sample)]
        updates = [_conversation_updates(sample[i : i + INGEST_BATCH], conversation_ids)
                   for i in range(0, len(sample), INGEST_BATCH)]
        start = time.perf_counter()
        for batch, i in enumerate(range(0, len(rows), INGEST_BATCH)):
            conn.execute("BEGIN")
            conn.executemany(
                "INSERT INTO messages (conversation_id, account_id, external_id, direction, author, body_text,"
                " body_html, language, sent_at, received_at, delivery_state) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                rows[i : i + INGEST_BATCH],
            )
            conn.executemany("INSERT INTO message_fts(rowid, body) VALUES (?, ?)", fts[i : i + INGEST_BATCH])
            conn.executemany(
                "UPDATE conversations SET last_inbound_at = ?, last_outbound_at = ?, last_message_at = ?,"
                " sla_due_at = ?, preview = ?, message_count = message_count + ? WHERE id = ?",
                updates[batch],
            )
            conn.execute("COMMIT")
        raw_s = time.perf_counter() - start
        conn.close()
    return app_s, raw_s


# --- queue and search ---------------------------------------------------------------------------

def _raw_connection(path: Path) -> sqlite3.Connection:
    from desk.storage.dialects.sqlite import connect_reader

    return connect_reader(str(path))


def bench_queue(db, repeats: int = 200) -> dict:
    from desk.domain import QueueFilter
    from desk.storage.queue import PAGE_SIZE, queue_page, queue_sql

    raw = _raw_connection(db.path)
    sql, params = queue_sql(db, QueueFilter(), None, PAGE_SIZE)
    app_ms, raw_ms = [], []
    for _ in range(repeats):  # interleaved, so both see the same cache and machine load
        app_ms.append(timed(queue_page, db, QueueFilter(), None, PAGE_SIZE))
        raw_ms.append(timed(lambda: raw.execute(sql, params).fetchall()))
    raw.close()
    app, bare = statistics.median(app_ms), statistics.median(raw_ms)
    return {
        "queue_page_ms": round(app, 3),
        "queue_page_p95_ms": round(percentile(app_ms, 0.95), 3),
        "queue_raw_ms": round(bare, 3),
        "queue_ratio_vs_raw": round(app / bare, 3),
    }


def bench_search(db, rounds: int = 5) -> dict:
    from desk.storage.dialects.sqlite import message_search_sql
    from desk.storage.search import DEFAULT_LIMIT, search

    raw = _raw_connection(db.path)
    bare_sql = message_search_sql(DEFAULT_LIMIT)
    app_ms, raw_ms = [], []
    for _ in range(rounds):
        for query in SEARCH_QUERIES:
            match = db.dialect.match_parameter(query)
            raw_ms.append(timed(lambda: raw.execute(bare_sql, {"match": match}).fetchall()))
            app_ms.append(timed(search, db, query))
    raw.close()
    app, bare = percentile(app_ms, 0.95), percentile(raw_ms, 0.95)
    return {
        "search_queries": len(SEARCH_QUERIES),
        "search_p50_ms": round(statistics.median(app_ms), 3),
        "search_p95_ms": round(app, 3),
        "search_raw_p95_ms": round(bare, 3),
        "search_ratio_vs_raw": round(app / bare, 3),
    }


# --- start-up -----------------------------------------------------------------------------------



def _time_process(cmd: list[str], env: dict) -> tuple[float, dict]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    elapsed = (time.perf_counter() - start) * 1000
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[:3]} failed: {proc.stderr[-2000:]}")
    return elapsed, json.loads(proc.stdout.strip().splitlines()[-1])


def bench_startup(data_dir: Path, runs: int = 7) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DESK_STARTUP_PROBE="1")
    # An installed Desk runs from bytecode (pip compiles on install, the installer ships .pyc):
    # where the environment forbids writing it, every start would time Python's compiler instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app_cmd = [sys.executable, "-m", "desk", "--data-dir", str(data_dir), "--lang", "en"]
    bare_cmd = [sys.executable, "-m", "harness.bare_window"]
    _time_process(app_cmd, env)  # warm the page cache for both
    _time_process(bare_cmd, env)
    app_ms, bare_ms, rss = [], [], []
    for _ in range(runs):
        elapsed, report = _time_process(app_cmd, env)
        app_ms.append(elapsed)
        rss.append(report["rss_mb"])
        bare_ms.append(_time_process(bare_cmd, env)[0])
    app, bare = statistics.median(app_ms), statistics.median(bare_ms)
    return {
        "startup_ms": round(app, 1),
        "startup_bare_qt_ms": round(bare, 1),
        "startup_ratio_vs_bare_qt": round(app / bare, 3),
        "rss_mb": round(statistics.median(rss), 1),
    }


def bench_ui_stall(messages: int) -> dict:
    """The window's 5 ms timer while a full sandbox sync runs (a Qt subprocess: desk stays Qt-free)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "harness.stall", "--messages", str(messages)],
                          env=env, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"harness.stall failed: {proc.stderr[-2000:]}")
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    return {"ui_max_stall_ms": report["ui_max_stall_ms"]}


def bench_open_conversation() -> dict:
    """Opening conversations of pathological mail (harness.bench_open, a Qt subprocess), against an
    ordinary conversation in the same run."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "harness.bench_open"], env=env, capture_output=True, text=True,
                          timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"harness.bench_open failed: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def bench_action_to_queue(workspace: Path, actions: int = 40) -> dict:
    """A lifecycle action reflected in the window's queue model (harness.action_queue, a Qt
    subprocess), against the same change and row query as bare SQL in the same run."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "harness.action_queue", "--workspace", str(workspace),
                           "--actions", str(actions)], env=env, capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        raise RuntimeError(f"harness.action_queue failed: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --- main ---------------------------------------------------------------------------------------

def check_targets(results: dict) -> dict:
    verdicts = {}
    for key, (op, limit) in all_targets().items():
        if key in results:
            value = results[key]
            verdicts[key] = value >= limit if op == ">=" else value <= limit
    return verdicts


def default_data_dir(conversations: int) -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("desk-bench", "Desk")) / f"conversations-{conversations}"


def bench_language_and_knowledge() -> dict:
    """Issue 4's figures: triage on its held-out set, the translation cache, KB search at 5,000 entries."""
    from desk.bench.knowledge import bench_kb_search
    from desk.bench.translation import bench_translation
    from desk.bench.triage import bench_triage

    return {**bench_triage(), **bench_translation(), **bench_kb_search()}


def all_targets() -> dict:
    from desk.bench import knowledge, translation, triage

    return {**TARGETS, **triage.TARGETS, **translation.TARGETS, **knowledge.TARGETS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desk.bench")
    parser.add_argument("--conversations", type=int, default=100_000)
    parser.add_argument("--messages-per-conversation", type=int, default=10)
    parser.add_argument("--data-dir", type=Path, help="generated workspace to build or reuse")
    parser.add_argument("--ingest-messages", type=int, default=20_000)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--sync-messages", type=int, default=20_000, help="messages in the sandbox sync figures")
    parser.add_argument("--skip-startup", action="store_true", help="no start-up figures (no Qt needed)")
    parser.add_argument("--team", action="store_true", help="the team-mode figures on PostgreSQL (desk/bench/team.py)")
    parser.add_argument("--pg-url", help="with --team: an empty database to use, as its administrator "
                        "(default: a throwaway PostgreSQL cluster)")
    parser.add_argument("--team-agents", type=int, default=20, help="with --team: simulated agents")
    parser.add_argument("--team-actions", type=int, default=25, help="with --team: queue loads and searches per agent")
    parser.add_argument("--team-think", type=float, default=4.0, help="with --team: longest pause between actions (s)")
    args = parser.parse_args(argv)
    if args.team:
        return _team(args)

    from desk.demo.generate import generate
    from desk.storage.db import Database

    data_dir = args.data_dir or default_data_dir(args.conversations)
    build_start = time.perf_counter()
    path = generate(data_dir, args.conversations, args.messages_per_conversation,
                    progress=None if args.json else lambda d, t: print(f"\rgenerating {d}/{t}", end="", file=sys.stderr))
    results: dict = {
        "conversations": args.conversations,
        "messages": args.conversations * args.messages_per_conversation,
        "workspace": str(path),
        "workspace_ready_s": round(time.perf_counter() - build_start, 1),
    }
    results.update(bench_ingest(path, args.ingest_messages))
    db = Database.open_path(path)
    results.update(bench_queue(db))
    results.update(bench_search(db))
    db.close()
    from desk.bench.sync import bench_sync

    results.update(bench_sync(args.sync_messages))
    results.update(bench_language_and_knowledge())
    if not args.skip_startup:
        results.update(bench_startup(data_dir))
        results.update(bench_ui_stall(args.sync_messages))
        results.update(bench_open_conversation())
        results.update(bench_action_to_queue(path))
    results["targets"] = {k: f"{op} {v}" for k, (op, v) in all_targets().items()}
    results["meets_targets"] = check_targets(results)
    if args.json:
        print(json.dumps(results))
    else:
        for key, value in results.items():
            print(f"{key:28} {value}")
    return 0


def _team(args) -> int:
    from desk.bench.team import TARGETS, bench_team

    results = bench_team(args.conversations, args.messages_per_conversation, args.pg_url, args.team_agents,
                         args.team_actions, args.team_think, args.data_dir, progress=(lambda text: None) if args.json else
                         (lambda text: print(text, file=sys.stderr, flush=True)))
    results["targets"] = {k: f"{op} {v}" for k, (op, v) in TARGETS.items()}
    results["meets_targets"] = {k: results[k] >= v if op == ">=" else results[k] <= v
                                for k, (op, v) in TARGETS.items()}
    print(json.dumps(results) if args.json else "\n".join(f"{k:32} {v}" for k, v in results.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
