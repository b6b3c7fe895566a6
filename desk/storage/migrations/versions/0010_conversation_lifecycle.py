"""The conversation lifecycle: snooze times, merged conversations, tag colours, mentions in notes.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('tags',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('colour', sa.String(length=9), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_tags'))
    )
    op.create_table('mentions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=False),
    sa.Column('conversation_id', sa.Integer(), nullable=False),
    sa.Column('agent', sa.String(length=64), nullable=False),
    sa.Column('at', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'], name=op.f('fk_mentions_conversation_id_conversations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_mentions_message_id_messages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentions'))
    )
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentions_agent'), ['agent'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_message_id'), ['message_id'], unique=False)
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('snooze_until', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('merged_into', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_conversations_merged_into_conversations'), 'conversations', ['merged_into'], ['id'], ondelete='SET NULL')
        batch_op.create_index('ix_conversations_views', ['status', 'assignee', 'escalate', 'channel', 'sla_due_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.drop_index('ix_conversations_views')
        batch_op.drop_constraint(batch_op.f('fk_conversations_merged_into_conversations'), type_='foreignkey')
        batch_op.drop_column('merged_into')
        batch_op.drop_column('snooze_until')
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentions_message_id'))
        batch_op.drop_index(batch_op.f('ix_mentions_agent'))
    op.drop_table('mentions')
    op.drop_table('tags')
