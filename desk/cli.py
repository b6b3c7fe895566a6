"""The `desk` command. Kept light: it imports Qt only to open the window, SQLAlchemy only for
sub-commands that write."""

from __future__ import annotations

import argparse
import sys

from desk.errors import DeskError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="desk", description="One queue for after-sales conversations.")
    parser.add_argument("--data-dir", help="folder of the workspace (default: per-user data folder, or $DESK_DATA_DIR)")
    parser.add_argument("--demo", action="store_true", help="open the demo workspace")
    parser.add_argument("--lang", help="interface language, e.g. zh_CN or en (default: the system's)")
    parser.add_argument("--screenshot", metavar="FILE", help="render the main window offscreen to a PNG once loaded, then exit")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("relay", help="run the WhatsApp webhook relay (see desk relay --help)")
    commands.add_parser("sandbox", help="run the sandbox platforms with the demo's data until interrupted")
    demo = commands.add_parser("demo", help="demo workspace tools")
    demo_commands = demo.add_subparsers(dest="demo_command", required=True)
    gen = demo_commands.add_parser("generate", help="build a large generated workspace for benchmarks")
    gen.add_argument("--conversations", type=int, required=True)
    gen.add_argument("--messages-per-conversation", type=int, default=10)
    gen.add_argument("--data-dir", dest="gen_data_dir", required=True)
    kb = commands.add_parser("kb", help="knowledge base as a folder of Markdown files (keep it in git)")
    kb_commands = kb.add_subparsers(dest="kb_command", required=True)
    kb_commands.add_parser("import", help="add or update entries from a folder").add_argument("folder")
    kb_commands.add_parser("export", help="write every entry to a folder").add_argument("folder")
    return parser


def _knowledge(args) -> int:
    """`desk kb import|export FOLDER` on the workspace (--data-dir / --demo choose which)."""
    from pathlib import Path

    from desk.knowledge import export_folder, import_folder
    from desk.paths import data_dir
    from desk.workspace import open_workspace

    db = open_workspace(data_dir(args.data_dir), args.demo)
    try:
        if args.kb_command == "export":
            count = export_folder(db, Path(args.folder))
            print(f"{count} files written to {args.folder}", file=sys.stderr)
            return 0
        report = import_folder(db, Path(args.folder))
        for rejected in report.rejected:
            print(f"rejected {rejected.path}: {rejected.reason}", file=sys.stderr)
        print(f"{len(report.imported)} entries imported, {len(report.rejected)} file(s) rejected", file=sys.stderr)
        return 1 if report.rejected else 0
    finally:
        db.close()


def _generate(args) -> int:
    from pathlib import Path

    from desk.demo.generate import generate

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total} conversations", end="", file=sys.stderr, flush=True)

    path = generate(Path(args.gen_data_dir), args.conversations, args.messages_per_conversation, progress=progress)
    print(f"\nworkspace ready: {path}", file=sys.stderr)
    return 0


def _sandbox() -> int:
    """Local stand-ins for every platform, seeded with the demo's orders; prints, per demo account,
    the settings and the sandbox-only credentials (random per run) to enter in Desk's accounts."""
    import json
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


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["relay"]:  # its own parser: secrets come from the environment, never argv
        from desk.relay.app import main as relay_main

        return relay_main(argv[1:])
    args = build_parser().parse_args(argv)
    try:
        if args.command == "demo":
            return _generate(args)
        if args.command == "sandbox":
            return _sandbox()
        if args.command == "kb":
            return _knowledge(args)
        from ui.app import run

        return run(args)
    except DeskError as error:
        print(f"desk: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
