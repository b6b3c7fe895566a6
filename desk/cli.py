"""The `desk` command: the window, and headless commands on the same application-layer operations
(desk.app) for scripting, support and servers. Kept light: it imports Qt only to open the window.

Every headless command takes `--data-dir DIR` or `--demo` (the demo workspace in the data folder),
prints JSON with `--json`, and exits 2 with a clear message on a bad workspace or bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desk.errors import DeskError


class BadInput(DeskError):
    """What was asked for does not exist or cannot be done (exit 2)."""


def _workspace_options(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: a sub-command's defaults must not hide the same option given before it.
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, help="folder of the workspace")
    parser.add_argument("--demo", action="store_true", default=argparse.SUPPRESS, help="the demo workspace")
    parser.add_argument("--json", action="store_true", help="print JSON")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="desk", description="One queue for after-sales conversations.")
    parser.add_argument("--data-dir", help="folder of the workspace (default: per-user data folder, or $DESK_DATA_DIR)")
    parser.add_argument("--demo", action="store_true", help="open the demo workspace")
    parser.add_argument("--lang", help="interface language, e.g. zh_CN or en (default: the system's)")
    parser.add_argument("--screenshot", metavar="FILE", help="render the main window offscreen to a PNG once loaded, then exit")
    parser.add_argument("--team", nargs="?", const="", metavar="URL",
                        help="work on the team database as your login (postgresql://LOGIN@host/database; "
                             "without URL: the team this Desk joined)")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("relay", help="run the WhatsApp webhook relay (see desk relay --help)")
    commands.add_parser("sandbox", help="run the sandbox platforms with the demo's data until interrupted")

    sync = commands.add_parser("sync", help="sync every account, run the pipeline, deliver queued replies")
    sync.add_argument("--once", action="store_true", help="one round per account, then exit (else until Ctrl-C)")
    _workspace_options(sync)
    mail = commands.add_parser("import", help="import .eml files, mbox files and Maildir folders")
    mail.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    mail.add_argument("--own", action="append", default=[], metavar="ADDRESS",
                      help="an address of yours: mail from it is filed as your reply (repeatable)")
    _workspace_options(mail)
    search = commands.add_parser("search", help="search messages and customers")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=50)
    _workspace_options(search)
    show = commands.add_parser("show", help="one conversation with its messages")
    show.add_argument("conversation_id", type=int)
    _workspace_options(show)

    act = commands.add_parser(
        "act", help="act on a conversation: resolve, reopen, pending, snooze --until ISO, assign AGENT, tag +NAME -NAME",
        description="The same actions as the window. assign takes an agent's name, 'me' (the setting agent.name) or "
                    "'nobody'; tag takes +NAME to add and -NAME to remove (several at once).")
    act.add_argument("conversation_id", type=int)
    act.add_argument("action", choices=ACTIONS)
    act.add_argument("names", nargs="*", metavar="NAME", help="assign: the agent; tag: +NAME / -NAME")
    act.add_argument("--until", metavar="ISO", help="snooze: until this time (2026-12-24T09:00+08:00; no zone: local)")
    act.add_argument("--remove", action="append", default=[], help=argparse.SUPPRESS)  # what -NAME becomes
    _workspace_options(act)

    demo = commands.add_parser("demo", help="demo workspace tools")
    demo_commands = demo.add_subparsers(dest="demo_command", required=True)
    gen = demo_commands.add_parser("generate", help="build a large generated workspace for benchmarks")
    gen.add_argument("--conversations", type=int, required=True)
    gen.add_argument("--messages-per-conversation", type=int, default=10)
    gen.add_argument("--data-dir", dest="gen_data_dir", required=True)
    kb = commands.add_parser("kb", help="knowledge base as a folder of Markdown files (keep it in git)")
    kb_commands = kb.add_subparsers(dest="kb_command", required=True)
    for name, text in (("import", "add or update entries from a folder"), ("export", "write every entry to a folder")):
        command = kb_commands.add_parser(name, help=text)
        command.add_argument("folder", type=Path)
        _workspace_options(command)
    from desk.team import cli as team_cli

    team_cli.add_parser(commands)
    held = commands.add_parser("quarantine", help="what sync could not read: list, export, read again")
    held_commands = held.add_subparsers(dest="quarantine_command", required=True)
    _workspace_options(held_commands.add_parser("list", help="every item with its reason, sender and date"))
    export = held_commands.add_parser("export", help="write each item as fetched, with index.json, to a folder")
    export.add_argument("folder", type=Path)
    _workspace_options(export)
    again = held_commands.add_parser("retry", help="read every item again (after an upgrade)")
    again.add_argument("ids", nargs="*", type=int, metavar="ID", help="only these items")
    _workspace_options(again)
    team_cli.add_worker_parser(commands)
    return parser


# --- running an operation headless ---------------------------------------------------------------

def _run(args, main) -> int:
    """Open the workspace, run `main(ws)` on an event loop, close everything, print the result."""
    import asyncio

    return asyncio.run(_with_workspace(args, main))


async def _with_workspace(args, main) -> int:
    from desk.app.workspace import Workspace, data_dir, load_preferences, open_workspace

    folder = data_dir(getattr(args, "data_dir", None))
    db = open_workspace(folder, getattr(args, "demo", False))
    ws = Workspace(db)
    try:
        await load_preferences(ws)
        result, code = await main(ws)
    finally:
        await ws.close()
    _print(args, result)
    return code


def _print(args, result: dict[str, Any]) -> None:
    text = result.pop("_text", None)
    if getattr(args, "json", False):
        print(json.dumps(result, ensure_ascii=False, indent=2, default=str))
        return
    print(text if text is not None else json.dumps(result, ensure_ascii=False, indent=2, default=str))


def _sync(args) -> int:
    async def main(ws):
        from desk.app.sync import SyncService, start_demo_platforms

        platforms = await start_demo_platforms(ws) if getattr(args, "demo", False) else None
        service = SyncService(ws)
        try:
            if args.once:
                report = (await service.run_once()).as_dict()
                failed = [a for a in report["accounts"] if a["state"] not in ("idle", "syncing")]
                report["_text"] = _sync_text(report)
                return report, 1 if failed else 0
            return await _sync_forever(ws, service), 0
        finally:
            await service.stop()
            if platforms is not None:
                platforms.stop()

    return _run(args, main)


async def _sync_forever(ws, service) -> dict:
    import asyncio

    ws.events.account_status.connect(lambda s: print(f"account {s.account_id}: {s.state.value} {s.detail}".rstrip(),
                                                     file=sys.stderr, flush=True))
    await service.start()
    try:
        await asyncio.Event().wait()
    except asyncio.CancelledError:
        pass
    return {"_text": "stopped"}


def _sync_text(report: dict) -> str:
    lines = [f"{report['messages_new']} new message(s), {report['triaged']} conversation(s) triaged, "
             f"{report['auto_replies_sent']} automatic repl(ies), {report['replies_delivered']} repl(ies) delivered"]
    lines += [f"  {a['name']} ({a['channel']}): {a['state']} {a['detail']}".rstrip() for a in report["accounts"]]
    return "\n".join(lines)


def _worker(args) -> int:
    """`desk worker`: a team's sync, pipeline and outbox (desk.team.worker); --once prints what it did."""
    from desk.team import worker

    report, code = worker.run(args)
    if report is not None:
        report.setdefault("_text", _sync_text(report) if args.once else None)
        _print(args, report)
    return code


def _import(args) -> int:
    async def main(ws):
        from desk.app.mail_import import import_mail
        from desk.pipeline import run_pass

        missing = [str(p) for p in args.paths if not p.exists()]
        if missing:
            raise BadInput(f"no such file or folder: {', '.join(missing)}")
        report, _changes = await import_mail(ws, args.paths, args.own)
        await run_pass(ws)  # imported conversations are triaged like synced ones
        result = report.as_dict()
        result["_text"] = "\n".join([f"{report.imported} imported, {report.duplicates} already there, "
                                     f"{len(report.rejected)} rejected"]
                                    + [f"  rejected {where}: {why}" for where, why in report.rejected])
        return result, 1 if report.rejected else 0

    return _run(args, main)


def _search(args) -> int:
    async def main(ws):
        from desk.app.search import search

        hits = await search(ws, args.query, args.limit)
        rows = [{"kind": h.kind, "conversation_id": h.conversation_id,
                 "message_id": h.id if h.kind == "message" else None,
                 "customer_id": h.id if h.kind == "customer" else None,
                 "title": h.title, "snippet": h.snippet, "highlights": [list(span) for span in h.highlights]}
                for h in hits]
        text = "\n".join(f"#{r['conversation_id']} {r['kind']}: {r['title']} — {r['snippet']}" for r in rows)
        return {"query": args.query, "hits": rows, "_text": text or "no hits"}, 0

    return _run(args, main)


def _show(args) -> int:
    async def main(ws):
        from desk.app.conversations import UnknownConversation, describe

        try:
            return await describe(ws, args.conversation_id), 0
        except UnknownConversation:
            raise BadInput(f"no conversation {args.conversation_id} in this workspace") from None

    return _run(args, main)


ACTIONS = ("resolve", "reopen", "pending", "snooze", "assign", "tag")


def tag_removals(argv: list[str]) -> list[str]:
    """`desk act ID tag +a -b`: "-b" is a tag to remove, not an option (argparse would take -b, or
    even -h, as one): it becomes --remove=b before parsing."""
    if "act" not in argv or "tag" not in argv[argv.index("act"):]:
        return argv
    start = argv.index("tag", argv.index("act")) + 1
    return argv[:start] + [f"--remove={a[1:]}" if a.startswith("-") and not a.startswith("--") and len(a) > 1 else a
                           for a in argv[start:]]


def _act(args) -> int:
    async def main(ws):
        from desk.app import lifecycle
        from desk.app.conversations import describe

        result = await _lifecycle_action(ws, args, lifecycle)
        shown = await describe(ws, args.conversation_id)
        report = {"id": args.conversation_id, "action": args.action, "changed": result.changed,
                  **{key: shown[key] for key in ("status", "assignee", "tags", "snooze_until")}}
        report["_text"] = (f"conversation {report['id']}: {report['status']}"
                           + (f" until {report['snooze_until']}" if report["snooze_until"] else "")
                           + f", assignee {report['assignee'] or '—'}, tags {', '.join(report['tags']) or '—'}"
                           + ("" if result.changed else " (nothing to change)"))
        return report, 0

    return _run(args, main)


async def _lifecycle_action(ws, args, lifecycle):
    cid, names = args.conversation_id, args.names
    if args.action != "tag" and args.remove or (names and args.action not in ("assign", "tag")):
        raise BadInput(f"{args.action} takes no names")
    if args.action == "snooze":
        return await lifecycle.snooze(ws, cid, _snooze_time(args.until))
    if args.until:
        raise BadInput("--until goes with snooze only")
    if args.action == "assign":
        if len(names) != 1:
            raise BadInput("assign takes one agent: a name, 'me' or 'nobody'")
        agent = names[0]
        if agent.lower() == "me":
            return await lifecycle.assign_to_me(ws, cid)
        return await lifecycle.assign(ws, cid, None if agent.lower() == "nobody" else agent)
    if args.action == "tag":
        if any(not n.startswith("+") for n in names):
            raise BadInput("tag takes +NAME to add and -NAME to remove")
        return await lifecycle.tag(ws, cid, add=[n[1:] for n in names], remove=args.remove)
    return await {"resolve": lifecycle.resolve, "reopen": lifecycle.reopen, "pending": lifecycle.set_pending}[
        args.action](ws, cid)


def _snooze_time(text: str | None):
    from datetime import datetime

    if not text:
        raise BadInput("snooze needs --until ISO (e.g. 2026-12-24T09:00+08:00)")
    try:
        until = datetime.fromisoformat(text)
    except ValueError:
        raise BadInput(f"--until {text!r} is not an ISO date and time (e.g. 2026-12-24T09:00+08:00)") from None
    return until if until.tzinfo is not None else until.astimezone()  # no zone: the computer's own


def _knowledge(args) -> int:
    """`desk kb import|export FOLDER` on the workspace (--data-dir / --demo choose which)."""
    async def main(ws):
        from desk.app.knowledge import export_folder, import_folder

        if args.kb_command == "export":
            count = await export_folder(ws, args.folder)
            return {"written": count, "_text": f"{count} files written to {args.folder}"}, 0
        report, _changes = await import_folder(ws, args.folder)
        rejected = [{"path": str(r.path), "reason": r.reason} for r in report.rejected]
        text = "\n".join([f"rejected {r['path']}: {r['reason']}" for r in rejected]
                         + [f"{len(report.imported)} entries imported, {len(rejected)} file(s) rejected"])
        return {"imported": len(report.imported), "rejected": rejected, "_text": text}, 1 if rejected else 0

    return _run(args, main)


def _quarantine(args) -> int:
    """`desk quarantine list|export FOLDER|retry [ID...]`."""
    async def main(ws):
        from desk.app import quarantine

        if args.quarantine_command == "list":
            items = [_held_item(entry) for entry in await quarantine.entries(ws, limit=10**9)]
            text = "\n".join(f"#{i['id']} {i['account']} ({i['kind']}) {i['sender'] or '?'} "
                             f"{i['sent_at'] or ''}: {i['reason']}".replace("  ", " ") for i in items)
            return {"count": len(items), "items": items, "_text": text or "nothing in the quarantine"}, 0
        if args.quarantine_command == "export":
            written = await quarantine.export(ws, args.folder)
            return {"written": [str(p) for p in written],
                    "_text": f"{len(written)} item(s) written to {args.folder} (with index.json)"}, 0
        result, _changes = await quarantine.retry(ws, args.ids or None)
        return {"read": result.read, "still_unreadable": result.still_unreadable, "messages": result.messages,
                "_text": f"{result.read} read now ({result.messages} new message(s)), "
                         f"{result.still_unreadable} still unreadable"}, 1 if result.still_unreadable else 0

    return _run(args, main)


def _held_item(entry) -> dict[str, Any]:
    return {"id": entry.id, "account": entry.account_name, "channel": entry.channel, "kind": entry.kind,
            "reason": entry.reason, "source": entry.source, "sender": entry.sender,
            "sent_at": entry.sent_at.isoformat() if entry.sent_at else None,
            "first_seen_at": entry.first_seen_at.isoformat(), "last_seen_at": entry.last_seen_at.isoformat(),
            "retry_count": entry.retry_count, "size": entry.size}


def _generate(args) -> int:
    from desk.demo.generate import generate

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total} conversations", end="", file=sys.stderr, flush=True)

    path = generate(Path(args.gen_data_dir), args.conversations, args.messages_per_conversation, progress=progress)
    print(f"\nworkspace ready: {path}", file=sys.stderr)
    return 0


def _sandbox() -> int:
    """Local stand-ins for every platform, seeded with the demo's orders; prints, per demo account,
    the settings and the sandbox-only credentials (random per run) to enter in Desk's accounts."""
    import signal
    import threading

    from desk.sandbox.demo import demo_account_infos, start_demo_platforms

    accounts = demo_account_infos()
    platforms = start_demo_platforms(accounts)
    print(json.dumps([{"account": a.name, "channel": a.channel.value, "settings": platforms.settings[a.id],
                       "sandbox_credentials": platforms.secrets[a.id]} for a in accounts], indent=2))
    print("sandbox running on 127.0.0.1; Ctrl-C stops it", file=sys.stderr, flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    platforms.stop()
    return 0


HEADLESS = {"sync": _sync, "import": _import, "search": _search, "show": _show, "act": _act, "kb": _knowledge,
            "quarantine": _quarantine, "demo": _generate}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["relay"]:  # its own parser: secrets come from the environment, never argv
        from desk.relay.app import main as relay_main

        return relay_main(argv[1:])
    args = build_parser().parse_args(tag_removals(argv))
    try:
        if args.command == "sandbox":
            return _sandbox()
        if args.command == "team":
            from desk.team import cli as team_cli

            return team_cli.run(args)
        if args.command == "worker":
            return _worker(args)
        if args.command in HEADLESS:
            return HEADLESS[args.command](args)
        from ui.app import run

        return run(args)
    except DeskError as error:
        print(f"desk: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
