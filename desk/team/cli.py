"""The `desk team` and `desk worker` commands' arguments (light: `desk` builds its parser at every
start, so what the commands need is imported only when one runs: desk.team.commands, desk.team.worker)."""

from __future__ import annotations

import argparse

from desk.team import KINDS


def add_parser(subparsers) -> argparse.ArgumentParser:
    team = subparsers.add_parser("team", help="team mode: a shared queue on PostgreSQL (see desk team --help)")
    commands = team.add_subparsers(dest="team_command", required=True)

    init = commands.add_parser("init", help="create or upgrade a team database, with its first lead")
    init.add_argument("url", help="postgresql://ADMIN@host[:port]/database (an administrator of the server)")
    init.add_argument("--lead", help="login of the first lead")
    init.add_argument("--languages", default="", help="languages the lead answers in, e.g. zh,en")
    _connection_options(init, team_option=False)

    join = commands.add_parser("join", help="join a team from this PC (the password goes to the OS keyring)")
    join.add_argument("url", help="postgresql://LOGIN@host[:port]/database")
    join.add_argument("--user", help="your login, when the URL does not name it")
    _connection_options(join, team_option=False)

    add = commands.add_parser("add-agent", help="create a login for an agent, a lead or a worker (leads only)")
    add.add_argument("name", help="login: lower-case letters, digits and _")
    add.add_argument("--languages", default="", help="languages the agent answers in, e.g. de,fr")
    add.add_argument("--role", choices=KINDS, default="agent")
    _connection_options(add)

    disable = commands.add_parser("disable-agent", help="refuse a login at once and end its sessions (leads only)")
    disable.add_argument("name")
    _connection_options(disable)

    enable = commands.add_parser("enable-agent", help="let a disabled login in again, with a new password")
    enable.add_argument("name")
    _connection_options(enable)

    _connection_options(commands.add_parser("agents", help="the team's logins"))
    audit = commands.add_parser("audit", help="the audit log, newest first")
    audit.add_argument("--limit", type=int, default=50)
    _connection_options(audit)
    return team


def add_worker_parser(subparsers) -> argparse.ArgumentParser:
    worker = subparsers.add_parser(
        "worker", help="a team's headless worker: every account's sync, the pipeline and the outbox",
        description="Sync the accounts whose lease is free, run the pipeline if no other worker does, and deliver "
                    "the team's replies, until stopped (SIGTERM). Platform credentials come from the OS keyring, "
                    "or from $CREDENTIALS_DIRECTORY (systemd LoadCredential; see packaging/desk-worker.service).")
    worker.add_argument("--once", action="store_true",
                        help="sync every account whose lease is free once, run the pipeline, deliver, then exit")
    worker.add_argument("--look-every", type=float, metavar="SECONDS",
                        help="how often to look for accounts no worker syncs (default 30)")
    worker.add_argument("--credentials", action="store_true",
                        help="list the platform credentials each account needs and whether this worker has them")
    worker.add_argument("--json", action="store_true", help="print the report of --once or --credentials as JSON")
    _connection_options(worker)
    return worker


def _connection_options(parser: argparse.ArgumentParser, team_option: bool = True) -> None:
    if team_option:
        parser.add_argument("--team", metavar="URL", help="team database (default: the one this Desk joined)")
    parser.add_argument("--ca-file", help="CA certificate that signed the server's certificate (default: the system's CAs)")
    parser.add_argument("--password-stdin", action="store_true", help="read the password from standard input")


def run(args: argparse.Namespace) -> int:
    from desk.team import commands

    return commands.run(args)
