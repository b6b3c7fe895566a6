"""Team database: change numbers on conversations, outbox claims, presence; on PostgreSQL the search index
(tokens made by Desk, GIN), live-update notifications and the audit triggers.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa

from desk.storage.dialects import postgresql


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.BigInteger(), server_default='0', nullable=False))
        batch_op.create_index(batch_op.f('ix_conversations_version'), ['version'], unique=False)
        batch_op.create_index('ix_conversations_assignee_queue', ['assignee', 'status', 'sla_due_at', 'last_inbound_at', 'id'], unique=False)
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('claimed_until', sa.BigInteger(), nullable=True))
    op.create_table('presence',
    sa.Column('agent', sa.String(length=64), nullable=False),
    sa.Column('conversation_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('updated_at', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'], name=op.f('fk_presence_conversation_id_conversations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('agent', 'conversation_id', name=op.f('pk_presence'))
    )
    with op.batch_alter_table('presence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_presence_conversation_id'), ['conversation_id'], unique=False)
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        schema = bind.dialect.identifier_preparer.quote_identifier(bind.execute(sa.text("SELECT current_schema()")).scalar())
        for statement in postgresql.SEARCH_DDL + postgresql.team_ddl(schema):
            op.execute(statement)
        _fill_search_index(bind)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for statement in postgresql.TEAM_DROP + postgresql.SEARCH_DROP:
            op.execute(statement)
    with op.batch_alter_table('presence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_presence_conversation_id'))
    op.drop_table('presence')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_column('claimed_until')
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.drop_index('ix_conversations_assignee_queue')
        batch_op.drop_index(batch_op.f('ix_conversations_version'))
        batch_op.drop_column('version')


def _fill_search_index(conn) -> None:
    """Index what a team database already holds (before 0007 PostgreSQL searched with LIKE)."""
    from desk.knowledge.entries import plain_text
    from desk.search.text import index_text
    from desk.storage.ingest import index_customers

    for rows in _batches(conn, "SELECT id, body_text FROM messages"):
        postgresql.index_messages(conn, [(mid, index_text(body)) for mid, body in rows])
    for rows in _batches(conn, "SELECT id, id FROM customers"):
        index_customers(conn, postgresql, {cid for cid, _ in rows})
    for rows in _batches(conn, "SELECT id, title, body FROM kb_texts"):
        postgresql.index_kb_texts(conn, [(tid, index_text(title), index_text(plain_text(body)))
                                         for tid, title, body in rows])


def _batches(conn, select: str):
    after = 0
    while rows := conn.execute(sa.text(f"{select} WHERE id > :after ORDER BY id LIMIT {BATCH}"),
                               {"after": after}).all():
        yield rows
        after = rows[-1][0]
