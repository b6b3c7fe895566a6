"""Knowledge base: entries (macros, articles, cultural notes), their texts per language, kb_fts;
the tracking page a platform gives with a shipment (macros link it).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from alembic import op
import sqlalchemy as sa

from desk.storage import dialects


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('kb_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('intent', sa.String(length=32), nullable=True),
    sa.Column('markets', sa.String(length=64), nullable=False),
    sa.Column('channels', sa.String(length=64), nullable=False),
    sa.Column('tags', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kb_entries')),
    sa.UniqueConstraint('slug', name=op.f('uq_kb_entries_slug'))
    )
    with op.batch_alter_table('kb_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_kb_entries_intent'), ['intent'], unique=False)

    op.create_table('kb_texts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['kb_entries.id'], name=op.f('fk_kb_texts_entry_id_kb_entries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kb_texts')),
    sa.UniqueConstraint('entry_id', 'language', name=op.f('uq_kb_texts_entry_id'))
    )
    _search_index(create=True)
    with op.batch_alter_table('shipments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tracking_url', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('shipments', schema=None) as batch_op:
        batch_op.drop_column('tracking_url')

    _search_index(create=False)
    op.drop_table('kb_texts')
    with op.batch_alter_table('kb_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_kb_entries_intent'))

    op.drop_table('kb_entries')


def _search_index(create: bool) -> None:
    dialect = dialects.for_url(op.get_bind().engine.url.drivername + "://")
    for statement in dialect.KB_FTS_DDL if create else dialect.KB_FTS_DROP:
        op.execute(statement)
