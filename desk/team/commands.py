"""`desk team ...`: set up a team database and manage its logins (README "Team mode").

    desk team init URL --lead NAME [--languages zh,en] [--ca-file CA]   (as the server's administrator)
    desk team join URL --user NAME [--ca-file CA]                       (each agent, once per PC)
    desk team add-agent NAME --languages de,fr --role agent|lead|worker  (a lead)
    desk team disable-agent NAME | enable-agent NAME | agents | audit    (a lead)

New passwords are printed once, for the person to type into `desk team join` on their own PC,
where the keyring keeps them. `--password-stdin` reads a password from standard input instead.
desk.team.cli declares the arguments; desk.cli runs `run(args)` here through it.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from desk.team import admin
from desk.team.connect import TeamAddress, TeamError


def run(args: argparse.Namespace) -> int:
    command = args.team_command.replace("-", "_")
    return globals()[f"_{command}"](args, _data_dir(args))


def _data_dir(args) -> Path:
    from desk.paths import data_dir

    return data_dir(getattr(args, "data_dir", None))


def stdin_password(args) -> str | None:
    if not args.password_stdin:
        return None
    password = sys.stdin.readline().rstrip("\n")
    if not password:
        raise TeamError("No password on standard input.")
    return password


def _address(args) -> TeamAddress | None:
    url = getattr(args, "team", None)
    return TeamAddress.parse(url, ca_file=args.ca_file) if url else None


def _show_password(login: str, password: str) -> None:
    print(f"password of {login} (shown once; they enter it with `desk team join` on their own PC): {password}")


def _languages(text: str) -> tuple[str, ...]:
    return tuple(code.strip().lower() for code in text.split(",") if code.strip())


def _init(args, data: Path) -> int:
    address = TeamAddress.parse(args.url, ca_file=args.ca_file)
    report = admin.init_team(address, lead=args.lead, languages=_languages(args.languages),
                             lead_password=stdin_password(args))
    verb = "created" if report.created_database else "migrated"
    print(f"team database {address.display()} {verb}; roles and grants are up to date")
    if report.lead_password and not args.password_stdin:
        _show_password(report.lead, report.lead_password)
    return 0


def _join(args, data: Path) -> int:
    address = TeamAddress.parse(args.url, user=args.user, ca_file=args.ca_file)
    password = stdin_password(args) or getpass.getpass(f"password of {address.user}: ")
    admin.join_team(address, password, data).close()
    print(f"joined {address.display()} as {address.user}; the password is in the OS keyring")
    return 0


def _add_agent(args, data: Path) -> int:
    chosen = stdin_password(args)
    db = admin.lead_database(_address(args), data)
    try:
        password = admin.add_agent(db, args.name, args.role, _languages(args.languages), chosen)
    finally:
        db.close()
    print(f"{args.role} {args.name} added")
    if not chosen:
        _show_password(args.name, password)
    return 0


def _disable_agent(args, data: Path) -> int:
    db = admin.lead_database(_address(args), data, stdin_password(args))
    try:
        ended = admin.disable_agent(db, args.name)
    finally:
        db.close()
    print(f"{args.name} can no longer log in; {ended} open session(s) ended")
    return 0


def _enable_agent(args, data: Path) -> int:
    chosen = stdin_password(args)
    db = admin.lead_database(_address(args), data)
    try:
        password = admin.enable_agent(db, args.name, chosen)
    finally:
        db.close()
    print(f"{args.name} can log in again")
    if not chosen:
        _show_password(args.name, password)
    return 0


def _agents(args, data: Path) -> int:
    from desk.team.access import list_logins

    db = admin.lead_database(_address(args), data, stdin_password(args))
    try:
        logins = list_logins(db)
    finally:
        db.close()
    for login in logins:
        state = "enabled" if login.can_login else "DISABLED"
        print(f"{login.name:24} {login.kind:7} {state:9} {login.languages or '-':12} {login.sessions} session(s)")
    return 0


def _audit(args, data: Path) -> int:
    db = admin.lead_database(_address(args), data, stdin_password(args))
    try:
        rows = db.fetch_all("SELECT at, actor, kind, conversation_id, detail_json FROM audit_events "
                            "ORDER BY id DESC LIMIT :n", {"n": args.limit})
    finally:
        db.close()
    for at, actor, kind, conversation_id, detail in rows:
        when = datetime.fromtimestamp(at, UTC).strftime("%Y-%m-%d %H:%M:%S")
        where = f"#{conversation_id}" if conversation_id else "-"
        print(f"{when}  {actor:16} {kind:24} {where:8} {json.dumps(json.loads(detail), ensure_ascii=False)}")
    return 0
