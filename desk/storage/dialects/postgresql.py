"""PostgreSQL (the team database): search over app-made tokens in GIN indexes, upserts.

Search finds what the SQLite cache finds. PostgreSQL's own text parser neither folds
diacritics nor cuts Chinese or Japanese into words, so Desk makes the tokens itself: the index
text of desk.search.text (CJK runs as bigrams) cut and folded exactly as FTS5's unicode61 does
(desk.search.tokens), stored as a tsvector with positions in a table beside each searched table
(message_fts, customer_fts, kb_fts, created by migration 0007) under a GIN index. Queries become
tsqueries with the same meaning as the FTS5 expressions: Latin words and single CJK characters
as prefixes (`'rucksend':*`), longer CJK runs as phrases of bigrams (`'退款' <-> '款申'`), all
terms required. Ranking is ts_rank over the newest RANK_WINDOW hits, as bm25 is on SQLite.
"""

from __future__ import annotations

from typing import Any

NAME = "postgresql"

TAGS_AGG = "(SELECT string_agg(t.tag, ',') FROM conversation_tags t WHERE t.conversation_id = c.id)"

# Migrations 0001 and 0003 create SQLite's FTS5 tables through these; PostgreSQL's search tables
# came later, with migration 0007 (SEARCH_DDL), which also fills them for existing rows.
FTS_DDL: tuple[str, ...] = ()
FTS_DROP: tuple[str, ...] = ()
KB_FTS_DDL: tuple[str, ...] = ()
KB_FTS_DROP: tuple[str, ...] = ()

# One step of desk_newest_hits: hits in a range of message ids, newest first (a test shows the GIN
# index answers it).
NEWEST_HITS = """SELECT f.id, ts_rank(f.body, query) FROM message_fts f
             WHERE f.body @@ query AND {where} ORDER BY f.id DESC LIMIT {limit}"""
RECENT_MESSAGES = 50_000

SEARCH_DDL = (
    """CREATE TABLE message_fts (
         id INTEGER PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,
         conversation_id INTEGER NOT NULL,
         body TSVECTOR NOT NULL)""",
    "CREATE INDEX ix_message_fts_body ON message_fts USING gin (body)",
    "CREATE INDEX ix_message_fts_conversation ON message_fts (conversation_id)",
    # The newest hits of a query, ranked: among the newest RECENT_MESSAGES messages first (a
    # bitmap AND of the GIN index and a primary-key range: a word in 5% of a million messages
    # costs its hits among the newest, not all 50,000 of them), further back only when those
    # hold fewer than `enough` (a page). Plain index scans are off inside: walking the primary
    # key backwards and testing every row is what the planner picks for frequent words, ten
    # times slower.
    f"""CREATE FUNCTION desk_newest_hits(query tsquery, wanted integer, enough integer, top integer)
       RETURNS TABLE (id integer, rank real) LANGUAGE plpgsql STABLE SET enable_indexscan = off AS $$
       DECLARE
         floor integer := top - {RECENT_MESSAGES};
         found integer;
       BEGIN
         IF top IS NULL THEN
           RETURN;
         END IF;
         RETURN QUERY {NEWEST_HITS.format(where="f.id > floor", limit="wanted")};
         GET DIAGNOSTICS found = ROW_COUNT;
         IF found < enough AND floor > 0 THEN
           RETURN QUERY {NEWEST_HITS.format(where="f.id <= floor", limit="wanted - found")};
         END IF;
       END $$""",
    """CREATE TABLE customer_fts (
         id INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
         body TSVECTOR NOT NULL)""",
    "CREATE INDEX ix_customer_fts_body ON customer_fts USING gin (body)",
    """CREATE TABLE kb_fts (
         id INTEGER PRIMARY KEY REFERENCES kb_texts (id) ON DELETE CASCADE,
         body TSVECTOR NOT NULL)""",
    "CREATE INDEX ix_kb_fts_body ON kb_fts USING gin (body)",
)
SEARCH_DROP = ("DROP FUNCTION IF EXISTS desk_newest_hits(tsquery, integer, integer, integer)", "DROP TABLE IF EXISTS kb_fts",
               "DROP TABLE IF EXISTS customer_fts", "DROP TABLE IF EXISTS message_fts")

RANK_WINDOW = 5000  # as desk.storage.dialects.sqlite.RANK_WINDOW (see message_search_sql)
# Claiming a row for one writer among concurrent ones (desk.sync.outbox.claim_next): a row another
# transaction is claiming is skipped, not waited for, and re-checked when its claim commits.
SKIP_LOCKED = "FOR UPDATE SKIP LOCKED"
# ts_rank weights {D, C, B, A}: a KB title (A) weighs four times its body (D), as bm25(4.0, 1.0).
KB_WEIGHTS = "'{0.25, 0.25, 0.25, 1.0}'"
# PostgreSQL's limits on a tsvector: positions up to 16383, 256 per lexeme, lexemes under 2 KB,
# the whole under 1 MB. Texts beyond them (a megabyte of base64) stay searchable up to the limit.
MAX_POSITION = 16383
MAX_POSITIONS_PER_LEXEME = 256
MAX_LEXEME_BYTES = 2046
MAX_VECTOR_BYTES = 900_000


def configure_engine(engine: Any) -> None:
    """Nothing to set: PostgreSQL gives foreign keys and row locking by default."""


def audit(conn, actor: str, kind: str, conversation_id: int | None, detail_json: str, at: int) -> None:
    """One line of the audit log, written by the server (desk_audit, migration 0007): agents may not
    write the log themselves, and who and when are the login and the server's clock, whatever the
    caller says (`actor` and `at` are the solo cache's)."""
    conn.exec_driver_sql("SELECT desk_audit(%(kind)s, %(c)s, %(detail)s)",
                         {"kind": kind, "c": conversation_id, "detail": detail_json})


def insert_ignoring_duplicates(table):
    from sqlalchemy.dialects.postgresql import insert

    return insert(table).on_conflict_do_nothing()


def insert_new_returning(conn, table, columns: tuple[str, ...], rows: list[tuple], returning: tuple[str, ...]) -> list[tuple]:
    """INSERT rows, skipping those that violate a unique constraint; the inserted rows' `returning` columns."""
    if not rows:
        return []
    stmt = insert_ignoring_duplicates(table).returning(*(table.c[name] for name in returning))
    return [tuple(r) for r in conn.execute(stmt, [dict(zip(columns, row)) for row in rows])]


# --- tokens -------------------------------------------------------------------------------------

def _lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector_literal(index_text: str, weight: str = "", first_position: int = 1) -> str:
    """The tsvector of an index text (desk.search.text.index_text), in PostgreSQL's input syntax:
    each token once with its positions. `weight` ("A") marks a KB title."""
    from desk.search.tokens import fts_tokens

    positions: dict[str, list[int]] = {}
    size = 0
    for offset, token in enumerate(fts_tokens(index_text)):
        position = min(first_position + offset, MAX_POSITION)
        found = positions.get(token)
        if found is None:
            length = len(token.encode())
            if length > MAX_LEXEME_BYTES or size + length > MAX_VECTOR_BYTES:
                continue
            size += length + 8
            positions[token] = [position]
        elif len(found) < MAX_POSITIONS_PER_LEXEME and found[-1] != position:
            found.append(position)
    return " ".join(f"{_lexeme(token)}:{','.join(f'{p}{weight}' for p in found)}" for token, found in positions.items())


def match_parameter(query: str) -> str | None:
    """A tsquery (input syntax) meaning what desk.search.text.match_expression means to FTS5."""
    from desk.search.text import query_phrases
    from desk.search.tokens import fts_tokens

    parts = []
    for phrase, prefix in query_phrases(query):
        tokens = [_lexeme(t) for t in fts_tokens(phrase)]
        if not tokens:
            continue  # FTS5 ignores a phrase without tokens beside others, and finds nothing for it alone
        if prefix:
            tokens[-1] += ":*"
        parts.append(tokens[0] if len(tokens) == 1 else "(" + " <-> ".join(tokens) + ")")
    return " & ".join(parts) or None


# --- messages and customers -----------------------------------------------------------------------

QUERY = "CAST(:match AS tsquery)"


def index_messages(conn, rows: list[tuple[int, str]]) -> None:
    """Add (message id, index text) rows to the search index."""
    from sqlalchemy import text

    if rows:
        conn.execute(text(
            "INSERT INTO message_fts (id, conversation_id, body) "
            "SELECT m.id, m.conversation_id, CAST(:body AS tsvector) FROM messages m WHERE m.id = :id"),
            [{"id": mid, "body": tsvector_literal(body)} for mid, body in rows])


def index_customers(conn, rows: list[tuple[int, str]]) -> None:
    from sqlalchemy import text

    if rows:
        conn.execute(text(
            "INSERT INTO customer_fts (id, body) VALUES (:id, CAST(:body AS tsvector)) "
            "ON CONFLICT (id) DO UPDATE SET body = excluded.body"),
            [{"id": cid, "body": tsvector_literal(body)} for cid, body in rows])


def unindex_account(conn, account_id: int) -> None:
    """Nothing to do: index rows go with their messages (ON DELETE CASCADE)."""


def message_search_sql(limit: int) -> str:
    """Messages matching :match: the newest RANK_WINDOW hits among the newest RECENT_MESSAGES
    messages (older ones when those hold fewer than `limit`) ranked, the best `limit` joined to
    their messages. Params: match."""
    return f"""
        SELECT m.id, m.conversation_id, m.body_text, c.subject, -best.rank
        FROM (SELECT id, rank FROM desk_newest_hits({QUERY}, {RANK_WINDOW}, {int(limit)},
                                                    (SELECT max(id) FROM message_fts))
              ORDER BY rank DESC, id DESC LIMIT {int(limit)}) AS best
        JOIN messages m ON m.id = best.id
        JOIN conversations c ON c.id = m.conversation_id
        ORDER BY best.rank DESC, m.id DESC"""


def customer_search_sql(limit: int) -> str:
    return f"""
        SELECT cu.id, cu.display_name, cu.display_name AS body, -ts_rank(f.body, {QUERY}) AS rank,
               (SELECT max(c.id) FROM conversations c WHERE c.customer_id = cu.id) AS conversation_id
        FROM customer_fts f JOIN customers cu ON cu.id = f.id
        WHERE f.body @@ {QUERY} ORDER BY rank, cu.id LIMIT {int(limit)}"""


def conversations_matching_sql(prefix: str = "") -> str:
    """Conversation ids with a message or customer matching :match, its name prefixed (queue text filter)."""
    query = QUERY.replace(":match", f":{prefix}match")
    return f"""
        SELECT f.conversation_id FROM message_fts f WHERE f.body @@ {query}
        UNION SELECT c.id FROM customer_fts f JOIN conversations c ON c.customer_id = f.id
        WHERE f.body @@ {query}"""


# --- knowledge base -----------------------------------------------------------------------------

def kb_vector_literal(title_text: str, body_text: str) -> str:
    """Title lexemes weighted A, then the body's, one position apart so no phrase spans both
    (FTS5 keeps them in separate columns)."""
    from desk.search.tokens import fts_tokens

    title = tsvector_literal(title_text, "A")
    body = tsvector_literal(body_text, "", first_position=len(fts_tokens(title_text)) + 2)
    return f"{title} {body}".strip()


def index_kb_texts(conn, rows: list[tuple[int, str, str]]) -> None:
    """Add (kb_texts id, title index text, body index text) rows to the KB search index."""
    from sqlalchemy import text

    if rows:
        conn.execute(text("INSERT INTO kb_fts (id, body) VALUES (:id, CAST(:body AS tsvector))"),
                     [{"id": tid, "body": kb_vector_literal(title, body)} for tid, title, body in rows])


def unindex_kb_entry(conn, entry_id: int) -> None:
    """Nothing to do: index rows go with their texts (ON DELETE CASCADE)."""


def kb_search_sql(limit: int, *, language: bool = False, kind: bool = False) -> str:
    """KB texts matching :match, best first (rank: lower is better, as bm25); optional :language
    and :kind filters."""
    filters = (" AND t.language = :language" if language else "") + (" AND e.kind = :kind" if kind else "")
    return f"""
        SELECT e.slug, e.kind, t.language, t.title, t.body, -ts_rank({KB_WEIGHTS}, f.body, {QUERY}) AS rank
        FROM kb_fts f JOIN kb_texts t ON t.id = f.id JOIN kb_entries e ON e.id = t.entry_id
        WHERE f.body @@ {QUERY}{filters}
        ORDER BY rank, t.id LIMIT {int(limit)}"""


def kb_relevance_query(terms: list[str], limit: int) -> tuple[str, dict[str, Any]] | None:
    """Entries whose texts share any of `terms` with a customer's message: (entry id, relevance),
    most relevant first. None when no term is searchable."""
    alternatives = [q for term in terms if (q := match_parameter(term))]
    if not alternatives:
        return None
    sql = f"""
        SELECT t.entry_id, ts_rank({KB_WEIGHTS}, f.body, {QUERY}) AS relevance
        FROM kb_fts f JOIN kb_texts t ON t.id = f.id
        WHERE f.body @@ {QUERY} ORDER BY relevance DESC, t.id LIMIT {int(limit)}"""
    return sql, {"match": " | ".join(f"({a})" for a in alternatives)}


# --- team database: change numbers, live updates, audit log -----------------------------------------
#
# Created by migration 0007. The audit functions run as their owner (SECURITY DEFINER), so agents
# need no rights on the audit log to cause entries there and cannot write it themselves;
# `session_user` is the login that made the change, whatever it claims.

NOTIFY_CONVERSATIONS = "desk_conversations"  # {"by": login, "ids": [changed conversation ids]}
NOTIFY_PRESENCE = "desk_presence"  # {"agent", "conversation_id", "state"}; state null when gone
NOTIFY_NOTES = "desk_notes"  # {"conversation_id", "message_id", "author"}
NOTIFY_IDS_PER_PAYLOAD = 500  # a payload must stay under 8,000 bytes

def team_ddl(schema: str) -> tuple[str, ...]:
    """TEAM_DDL for the schema the tables live in (a quoted identifier): functions that run as
    their owner search only that schema, then the session's temporary one."""
    return tuple(statement.replace("{schema}", schema) for statement in TEAM_DDL)


TEAM_DDL = (
    # A conversation's version is the id of the transaction that last changed it. A reader that
    # notes its snapshot's xmin (the oldest transaction still running, CHANGES_HORIZON) and later
    # asks for versions from that number up sees every change committed since, none missed by a
    # transaction that committed late (desk.team.mirror).
    """CREATE FUNCTION desk_next_version() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN NEW.version := pg_current_xact_id()::text::bigint; RETURN NEW; END $$""",
    """CREATE TRIGGER conversations_version BEFORE INSERT OR UPDATE ON conversations
       FOR EACH ROW EXECUTE FUNCTION desk_next_version()""",
    # One notification per statement (an ingest batch changes hundreds of conversations at once).
    f"""CREATE FUNCTION desk_notify_conversations() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE payload text;
       BEGIN
         FOR payload IN
           SELECT json_build_object('by', session_user, 'ids', json_agg(id ORDER BY id))::text
           FROM (SELECT id, (row_number() OVER ()) / {NOTIFY_IDS_PER_PAYLOAD} AS part FROM changed) AS numbered
           GROUP BY part
         LOOP
           PERFORM pg_notify('{NOTIFY_CONVERSATIONS}', payload);
         END LOOP;
         RETURN NULL;
       END $$""",
    """CREATE TRIGGER conversations_notify_insert AFTER INSERT ON conversations
       REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION desk_notify_conversations()""",
    """CREATE TRIGGER conversations_notify_update AFTER UPDATE ON conversations
       REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION desk_notify_conversations()""",
    # A delivery status or a sent reply's platform id changes a message, not its conversation: bump
    # the conversation so mirrors and queues see it.
    """CREATE FUNCTION desk_touch_conversations() RETURNS trigger LANGUAGE plpgsql
       SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
       BEGIN
         UPDATE conversations SET version = 0 WHERE id IN (SELECT DISTINCT conversation_id FROM changed);
         RETURN NULL;
       END $$""",
    """CREATE TRIGGER messages_touch AFTER UPDATE ON messages
       REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION desk_touch_conversations()""",
    f"""CREATE FUNCTION desk_notify_presence() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE r presence := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
       BEGIN
         PERFORM pg_notify('{NOTIFY_PRESENCE}', json_build_object(
           'agent', r.agent, 'conversation_id', r.conversation_id,
           'state', CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE r.state END)::text);
         RETURN NULL;
       END $$""",
    """CREATE TRIGGER presence_notify AFTER INSERT OR UPDATE OR DELETE ON presence
       FOR EACH ROW EXECUTE FUNCTION desk_notify_presence()""",
    f"""CREATE FUNCTION desk_notify_note() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM pg_notify('{NOTIFY_NOTES}', json_build_object(
           'conversation_id', NEW.conversation_id, 'message_id', NEW.id, 'author', NEW.author)::text);
         RETURN NULL;
       END $$""",
    """CREATE TRIGGER messages_notify_note AFTER INSERT ON messages
       FOR EACH ROW WHEN (NEW.direction = 'note') EXECUTE FUNCTION desk_notify_note()""",
    # The audit log: who (the login), what (table.operation and the columns named as trigger
    # arguments: their values, or [before, after] for an update), when (the server's clock).
    """CREATE FUNCTION desk_audit_row() RETURNS trigger LANGUAGE plpgsql
       SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
       DECLARE
         new_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END;
         old_row jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END;
         one_row jsonb := coalesce(new_row, old_row);
         detail jsonb := jsonb_build_object('id', one_row -> 'id');
         conversation integer := CASE WHEN TG_TABLE_NAME = 'conversations' THEN (one_row ->> 'id')::integer
                                      ELSE (one_row ->> 'conversation_id')::integer END;
         col text;
       BEGIN
         FOREACH col IN ARRAY TG_ARGV LOOP
           IF TG_OP <> 'UPDATE' THEN
             detail := detail || jsonb_build_object(col, one_row -> col);
           ELSIF new_row -> col IS DISTINCT FROM old_row -> col THEN
             detail := detail || jsonb_build_object(col, jsonb_build_array(old_row -> col, new_row -> col));
           END IF;
         END LOOP;
         IF conversation IS NOT NULL AND NOT EXISTS (SELECT 1 FROM conversations WHERE id = conversation) THEN
           detail := detail || jsonb_build_object('conversation_id', conversation);
           conversation := NULL;  -- deleted with its conversation: keep the number, not the reference
         END IF;
         INSERT INTO audit_events (at, actor, kind, conversation_id, detail_json)
         VALUES (floor(extract(epoch FROM clock_timestamp()))::bigint, session_user,
                 TG_TABLE_NAME || '.' || lower(TG_OP), conversation, detail::text);
         RETURN NULL;
       END $$""",
    """CREATE TRIGGER conversations_audit AFTER UPDATE ON conversations FOR EACH ROW
       WHEN ((OLD.assignee, OLD.status, OLD.escalate, OLD.clock_stopped_at)
             IS DISTINCT FROM (NEW.assignee, NEW.status, NEW.escalate, NEW.clock_stopped_at))
       EXECUTE FUNCTION desk_audit_row('assignee', 'status', 'escalate', 'clock_stopped_at')""",
    """CREATE TRIGGER outbox_audit_insert AFTER INSERT ON outbox FOR EACH ROW
       EXECUTE FUNCTION desk_audit_row('idempotency_key', 'account_id')""",
    """CREATE TRIGGER outbox_audit_update AFTER UPDATE ON outbox FOR EACH ROW
       WHEN (OLD.state IS DISTINCT FROM NEW.state AND NEW.state <> 'sending')
       EXECUTE FUNCTION desk_audit_row('state', 'last_error')""",
    """CREATE TRIGGER messages_audit_note AFTER INSERT ON messages FOR EACH ROW
       WHEN (NEW.direction = 'note') EXECUTE FUNCTION desk_audit_row('author')""",
    """CREATE TRIGGER conversation_tags_audit AFTER INSERT OR DELETE ON conversation_tags FOR EACH ROW
       EXECUTE FUNCTION desk_audit_row('tag')""",
    """CREATE TRIGGER kb_entries_audit AFTER INSERT OR UPDATE OR DELETE ON kb_entries FOR EACH ROW
       EXECUTE FUNCTION desk_audit_row('slug')""",
    """CREATE TRIGGER accounts_audit AFTER INSERT OR UPDATE OR DELETE ON accounts FOR EACH ROW
       EXECUTE FUNCTION desk_audit_row('channel', 'name', 'sla_hours')""",
    """CREATE TRIGGER agent_profiles_audit AFTER INSERT OR UPDATE OR DELETE ON agent_profiles FOR EACH ROW
       EXECUTE FUNCTION desk_audit_row('name', 'languages', 'skills', 'active')""",
    """CREATE TRIGGER settings_audit AFTER INSERT OR UPDATE OR DELETE ON settings FOR EACH ROW
       EXECUTE FUNCTION desk_audit_row('key')""",
    # What rows cannot show (a reply sent over a policy objection, an export): the app says it,
    # the server stamps who and when.
    """CREATE FUNCTION desk_audit(kind text, conversation integer, detail text) RETURNS void
       LANGUAGE sql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
       INSERT INTO audit_events (at, actor, kind, conversation_id, detail_json)
       VALUES (floor(extract(epoch FROM clock_timestamp()))::bigint, session_user, kind, conversation,
               coalesce(detail, '{}')) $$""",
)

TEAM_DROP = (
    "DROP FUNCTION IF EXISTS desk_audit(text, integer, text)",
    "DROP TRIGGER IF EXISTS settings_audit ON settings",
    "DROP TRIGGER IF EXISTS agent_profiles_audit ON agent_profiles",
    "DROP TRIGGER IF EXISTS accounts_audit ON accounts",
    "DROP TRIGGER IF EXISTS kb_entries_audit ON kb_entries",
    "DROP TRIGGER IF EXISTS conversation_tags_audit ON conversation_tags",
    "DROP TRIGGER IF EXISTS messages_audit_note ON messages",
    "DROP TRIGGER IF EXISTS outbox_audit_update ON outbox",
    "DROP TRIGGER IF EXISTS outbox_audit_insert ON outbox",
    "DROP TRIGGER IF EXISTS conversations_audit ON conversations",
    "DROP FUNCTION IF EXISTS desk_audit_row()",
    "DROP TRIGGER IF EXISTS messages_notify_note ON messages",
    "DROP FUNCTION IF EXISTS desk_notify_note()",
    "DROP TRIGGER IF EXISTS presence_notify ON presence",
    "DROP FUNCTION IF EXISTS desk_notify_presence()",
    "DROP TRIGGER IF EXISTS messages_touch ON messages",
    "DROP FUNCTION IF EXISTS desk_touch_conversations()",
    "DROP TRIGGER IF EXISTS conversations_notify_update ON conversations",
    "DROP TRIGGER IF EXISTS conversations_notify_insert ON conversations",
    "DROP FUNCTION IF EXISTS desk_notify_conversations()",
    "DROP TRIGGER IF EXISTS conversations_version ON conversations",
    "DROP FUNCTION IF EXISTS desk_next_version()",
)
CHANGES_HORIZON = "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"
