"""Account notices (an API version mismatch) and order actions with their idempotency keys.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('account_notices',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('at', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_account_notices_account_id_accounts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('account_id', 'kind', name=op.f('pk_account_notices'))
    )
    op.create_table('order_actions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('idempotency_key', sa.String(length=64), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('conversation_id', sa.Integer(), nullable=True),
    sa.Column('order_external_id', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('params_json', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('result_json', sa.Text(), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.BigInteger(), nullable=False),
    sa.Column('finished_at', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_order_actions_account_id_accounts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'], name=op.f('fk_order_actions_conversation_id_conversations'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_actions')),
    sa.UniqueConstraint('idempotency_key', name=op.f('uq_order_actions_idempotency_key'))
    )
    with op.batch_alter_table('order_actions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_actions_account_id'), ['account_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('order_actions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_actions_account_id'))
    op.drop_table('order_actions')
    op.drop_table('account_notices')
