"""Sync cursors, outbox payload and account, the order a conversation refers to.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_cursors',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('stream', sa.String(length=32), nullable=False),
    sa.Column('cursor_json', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_sync_cursors_account_id_accounts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('account_id', 'stream', name=op.f('pk_sync_cursors'))
    )
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('order_ref', sa.String(length=64), nullable=True))
        batch_op.create_index('ix_conversations_order_ref', ['account_id', 'order_ref'], unique=False)

    op.execute("DELETE FROM outbox")  # nothing wrote the outbox before this revision
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('account_id', sa.Integer(), nullable=False))
        batch_op.add_column(sa.Column('message_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('payload_json', sa.Text(), nullable=False, server_default='{}'))
        batch_op.add_column(sa.Column('next_attempt_at', sa.BigInteger(), nullable=False, server_default='0'))
        batch_op.create_index(batch_op.f('ix_outbox_account_id'), ['account_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_outbox_account_id_accounts'), 'accounts', ['account_id'], ['id'], ondelete='CASCADE')
        batch_op.create_foreign_key(batch_op.f('fk_outbox_message_id_messages'), 'messages', ['message_id'], ['id'], ondelete='SET NULL')



def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_outbox_message_id_messages'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_outbox_account_id_accounts'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_outbox_account_id'))
        batch_op.drop_column('next_attempt_at')
        batch_op.drop_column('payload_json')
        batch_op.drop_column('message_id')
        batch_op.drop_column('account_id')

    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.drop_index('ix_conversations_order_ref')
        batch_op.drop_column('order_ref')

    op.drop_table('sync_cursors')
