"""Who may do what in a team database: PostgreSQL roles, grants, row-level security.

Every person and every worker has their own PostgreSQL login, a member of one of three group
roles named after the database (`<db>_agent`, `<db>_lead`, `<db>_worker`; a lead is also an
agent). The server enforces the rights, so a stolen laptop's login can do no more than its
owner could, whatever program uses it, and the audit triggers record the login that made each
change (README "Team mode" argues the choice):

- agent: read the queue, conversations, customers, orders and the knowledge base; write replies
  and notes (messages, outbox), claim, tag, snooze, resolve and merge conversations, their own
  presence. No access to accounts' settings, sync cursors or other tables it does not need; of
  the audit log, only its own lines.
- lead: an agent who also manages accounts, rules (settings), agent profiles and the knowledge
  base, reads the whole audit log, and adds, disables and re-enables logins through two
  SECURITY DEFINER functions (so a lead needs no CREATEROLE).
- worker: the headless `desk worker`: every table, for sync, the pipeline and the outbox.

`setup_access` is run by `desk team init` as the database's owner (a superuser, or a role with
CREATEROLE and pg_signal_backend) after each migration; it is idempotent.
"""

from __future__ import annotations

import re
import secrets as tokens
from dataclasses import dataclass

from desk.team import KINDS
from desk.team.connect import TeamError

LOGIN_NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")

AGENT_READS = (
    "customers", "customer_identities", "orders", "order_items", "shipments", "refunds", "returns",
    "conversations", "conversation_tags", "messages", "attachments", "outbox", "kb_entries", "kb_texts",
    "kb_fts", "message_fts", "customer_fts", "agent_profiles", "settings", "presence", "audit_events",
    "tags", "mentions", "file_blobs", "whatsapp_templates", "team_translations", "alembic_version",
)
AGENT_READ_COLUMNS = {"accounts": ("id", "channel", "name", "sla_hours", "created_at")}  # not settings_json
AGENT_WRITES = {
    "messages": "INSERT", "message_fts": "INSERT", "outbox": "INSERT", "attachments": "INSERT", "file_blobs": "INSERT", "conversation_tags": "INSERT, DELETE",
    "presence": "INSERT, UPDATE, DELETE", "tags": "INSERT, UPDATE", "mentions": "INSERT",
}
AGENT_UPDATE_COLUMNS = {
    # what replying (the ingest of a reply), claiming, resolving, snoozing, merging and triage decisions change
    "conversations": ("status", "assignee", "sla_due_at", "last_inbound_at", "last_outbound_at", "last_message_at",
                      "message_count", "preview", "language", "escalate", "escalate_reasons", "clock_stopped_at",
                      "snooze_until", "merged_into"),
    "outbox": ("state", "next_attempt_at", "last_error", "conversation_id"),  # retry a failed reply; merge
    # Merging two conversations of one customer moves their messages (and Undo moves them back):
    # an agent's everyday action, written to the audit log (desk.storage.lifecycle.merge).
    "messages": ("conversation_id",),
    "mentions": ("conversation_id",),
}
AGENT_SEQUENCES = (("messages", "id"), ("outbox", "id"), ("mentions", "id"), ("attachments", "id"))
LEAD_WRITES = {
    "accounts": "SELECT, INSERT, UPDATE, DELETE", "kb_entries": "INSERT, UPDATE, DELETE",
    "kb_texts": "INSERT, UPDATE, DELETE", "kb_fts": "INSERT, UPDATE, DELETE",
    "agent_profiles": "INSERT, UPDATE, DELETE", "settings": "INSERT, UPDATE, DELETE",
    "account_notices": "SELECT",  # what the platforms told the worker about an account, shown to leads
}
LEAD_SEQUENCES = (("accounts", "id"), ("kb_entries", "id"), ("kb_texts", "id"), ("agent_profiles", "id"))


def group_roles(database: str) -> dict[str, str]:
    return {kind: f"{database}_{kind}" for kind in KINDS}


def _q(conn, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def setup_access(conn) -> None:
    """Group roles, grants, row-level security and the login functions, for the current database
    and schema (a SQLAlchemy connection of the owner, inside a transaction)."""
    from sqlalchemy import text

    database, schema = conn.exec_driver_sql("SELECT current_database(), current_schema()").one()
    groups = {kind: _q(conn, name) for kind, name in group_roles(database).items()}
    for name in group_roles(database).values():
        if not conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(n)s", {"n": name}).first():
            conn.exec_driver_sql(f"CREATE ROLE {_q(conn, name)} NOLOGIN")
    agent, lead, worker = groups["agent"], groups["lead"], groups["worker"]
    everyone = f"{agent}, {lead}, {worker}"
    for statement in _statements(conn, _q(conn, database), _q(conn, schema), agent, lead, worker, everyone):
        conn.execute(text(statement))


def _statements(conn, database: str, schema: str, agent: str, lead: str, worker: str, everyone: str) -> list[str]:
    sequence = _sequence_names(conn)
    statements = [
        f"GRANT {agent} TO {lead}",
        f"REVOKE ALL ON DATABASE {database} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {database} TO {agent}, {worker}",
        f"REVOKE ALL ON SCHEMA {schema} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {schema} TO {agent}, {worker}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM PUBLIC, {everyone}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM PUBLIC, {everyone}",
        f"GRANT SELECT ON {', '.join(AGENT_READS)} TO {agent}",
        *(f"GRANT SELECT ({', '.join(columns)}) ON {table} TO {agent}" for table, columns in AGENT_READ_COLUMNS.items()),
        *(f"GRANT {rights} ON {table} TO {agent}" for table, rights in AGENT_WRITES.items()),
        *(f"GRANT UPDATE ({', '.join(columns)}) ON {table} TO {agent}" for table, columns in AGENT_UPDATE_COLUMNS.items()),
        *(f"GRANT USAGE ON SEQUENCE {sequence[key]} TO {agent}" for key in AGENT_SEQUENCES),
        *(f"GRANT {rights} ON {table} TO {lead}" for table, rights in LEAD_WRITES.items()),
        *(f"GRANT USAGE ON SEQUENCE {sequence[key]} TO {lead}" for key in LEAD_SEQUENCES),
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {worker}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {worker}",
        # Row-level security: presence rows are each agent's own; the audit log shows an agent
        # only their own lines. The owner (and so the audit triggers) is not subject to it.
        "ALTER TABLE presence ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS presence_read ON presence",
        f"CREATE POLICY presence_read ON presence FOR SELECT TO {agent}, {worker} USING (true)",
        "DROP POLICY IF EXISTS presence_own ON presence",
        f"CREATE POLICY presence_own ON presence FOR ALL TO {agent} USING (agent = current_user) "
        "WITH CHECK (agent = current_user)",
        "DROP POLICY IF EXISTS presence_worker ON presence",
        f"CREATE POLICY presence_worker ON presence FOR ALL TO {worker} USING (true) WITH CHECK (true)",
        "ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS audit_own ON audit_events",
        f"CREATE POLICY audit_own ON audit_events FOR SELECT TO {agent} USING (actor = current_user)",
        "DROP POLICY IF EXISTS audit_lead ON audit_events",
        f"CREATE POLICY audit_lead ON audit_events FOR SELECT TO {lead} USING (true)",
        "DROP POLICY IF EXISTS audit_worker ON audit_events",
        f"CREATE POLICY audit_worker ON audit_events FOR ALL TO {worker} USING (true) WITH CHECK (true)",
        *_login_functions(schema),
        "REVOKE ALL ON FUNCTION desk_audit(text, integer, text) FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION desk_audit(text, integer, text) TO {agent}, {worker}",
    ]
    for signature in ("desk_add_login(text, text, text)", "desk_set_login(text, boolean, text)",
                      "desk_end_sessions(text)"):
        statements += [f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC",
                       f"GRANT EXECUTE ON FUNCTION {signature} TO {lead}"]
    return statements


def _sequence_names(conn) -> dict[tuple[str, str], str]:
    """(table, column) -> the sequence behind that serial column."""
    keys = set(AGENT_SEQUENCES) | set(LEAD_SEQUENCES)
    return {(table, column): conn.exec_driver_sql("SELECT pg_get_serial_sequence(%(t)s, %(c)s)",
                                                  {"t": table, "c": column}).scalar_one()
            for table, column in keys}


def _login_functions(schema: str) -> list[str]:
    """Adding and (dis)abling logins, for leads. They run as the owner, accept only this team's
    logins (never a superuser or another application's role), take a SCRAM verifier made on the
    lead's machine rather than a password, and write the audit log."""
    header = f"LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp"
    team_login = """EXISTS (
             SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member
             WHERE r.rolname = login AND NOT r.rolsuper
               AND g.rolname IN (current_database() || '_agent', current_database() || '_lead',
                                 current_database() || '_worker'))"""
    return [
        f"""CREATE OR REPLACE FUNCTION desk_add_login(login text, verifier text, kind text) RETURNS void {header} AS $$
            BEGIN
              IF kind NOT IN ('agent', 'lead', 'worker') THEN
                RAISE EXCEPTION 'A login is an agent, a lead or a worker, not %.', kind;
              END IF;
              IF login !~ '{LOGIN_NAME.pattern}' THEN
                RAISE EXCEPTION 'Login names are lower-case letters, digits and _, starting with a letter: %.', login;
              END IF;
              IF verifier !~ '^SCRAM-SHA-256\\$' THEN
                RAISE EXCEPTION 'Expected a SCRAM-SHA-256 verifier, not a password.';
              END IF;
              IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
                RAISE EXCEPTION 'A login named % exists already on this server.', login USING ERRCODE = 'duplicate_object';
              END IF;
              EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', login, verifier,
                             current_database() || '_' || kind);
              PERFORM desk_audit('team.add_login', NULL, json_build_object('login', login, 'role', kind)::text);
            END $$""",
        f"""CREATE OR REPLACE FUNCTION desk_set_login(login text, enabled boolean, verifier text) RETURNS void {header} AS $$
            BEGIN
              IF NOT {team_login} THEN
                RAISE EXCEPTION '% is not a login of this team.', login;
              END IF;
              EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
              IF verifier IS NOT NULL THEN
                IF verifier !~ '^SCRAM-SHA-256\\$' THEN
                  RAISE EXCEPTION 'Expected a SCRAM-SHA-256 verifier, not a password.';
                END IF;
                EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
              END IF;
              PERFORM desk_audit(CASE WHEN enabled THEN 'team.enable_login' ELSE 'team.disable_login' END, NULL,
                                 json_build_object('login', login)::text);
            END $$""",
        # Separate, after the NOLOGIN is committed: a session ended earlier could log in again.
        f"""CREATE OR REPLACE FUNCTION desk_end_sessions(login text) RETURNS integer {header} AS $$
            DECLARE
              ended integer := 0;
              target integer;
            BEGIN
              IF NOT {team_login} OR (SELECT rolcanlogin FROM pg_roles WHERE rolname = login) THEN
                RAISE EXCEPTION 'Only the sessions of a disabled login of this team can be ended.';
              END IF;
              -- A loop, not a WHERE clause: the planner may evaluate conditions in any order, and
              -- pg_terminate_backend must only ever see this login's sessions.
              FOR target IN SELECT pid FROM pg_stat_activity WHERE usename = login AND pid <> pg_backend_pid() LOOP
                IF pg_terminate_backend(target) THEN
                  ended := ended + 1;
                END IF;
              END LOOP;
              RETURN ended;
            END $$""",
    ]


# --- logins --------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Login:
    name: str
    kind: str  # agent, lead or worker
    can_login: bool
    languages: str
    sessions: int


def new_password() -> str:
    return tokens.token_urlsafe(18)


def check_login_name(name: str) -> None:
    if not LOGIN_NAME.match(name):
        raise TeamError(f"Login names are lower-case letters, digits and _, starting with a letter (not {name!r}).")


def scram_verifier(conn, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of `password`, computed here by libpq: the server never sees
    the password, nor does its log."""
    pgconn = conn.connection.dbapi_connection.pgconn
    return pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256").decode()


def add_login(conn, login: str, kind: str, password: str, languages: tuple[str, ...] = ()) -> None:
    """Create a login (inside the caller's transaction) and, for people, their agent profile."""
    from sqlalchemy import text

    check_login_name(login)
    conn.execute(text("SELECT desk_add_login(:login, :verifier, :kind)"),
                 {"login": login, "verifier": scram_verifier(conn, login, password), "kind": kind})
    if kind != "worker":
        conn.execute(text(
            "INSERT INTO agent_profiles (name, languages, skills, active) VALUES (:n, :l, '', true) "
            "ON CONFLICT (name) DO UPDATE SET languages = excluded.languages, active = true"),
            {"n": login, "l": ",".join(languages)})


def set_login(conn, login: str, enabled: bool, password: str | None = None) -> None:
    from sqlalchemy import text

    verifier = scram_verifier(conn, login, password) if password else None
    conn.execute(text("SELECT desk_set_login(:login, :enabled, :verifier)"),
                 {"login": login, "enabled": enabled, "verifier": verifier})
    conn.execute(text("UPDATE agent_profiles SET active = :enabled WHERE name = :login"),
                 {"login": login, "enabled": enabled})


def end_sessions(conn, login: str) -> int:
    from sqlalchemy import text

    return conn.execute(text("SELECT desk_end_sessions(:login)"), {"login": login}).scalar_one()


def list_logins(db) -> list[Login]:
    database = db.fetch_all("SELECT current_database()")[0][0]
    groups = group_roles(database)
    rows = db.fetch_all(
        """SELECT r.rolname, g.rolname, r.rolcanlogin, COALESCE(p.languages, ''),
                  (SELECT count(*) FROM pg_stat_activity a WHERE a.usename = r.rolname)
           FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member
           LEFT JOIN agent_profiles p ON p.name = r.rolname
           WHERE g.rolname IN (:agent, :lead, :worker) AND r.rolname NOT IN (:agent, :lead, :worker)
           ORDER BY r.rolname""", groups)
    kinds = {name: kind for kind, name in groups.items()}
    return [Login(name, kinds[group], bool(can), languages, int(sessions)) for name, group, can, languages, sessions in rows]
