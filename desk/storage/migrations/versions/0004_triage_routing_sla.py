"""Triage, routing and SLA clocks: what the classifier read, agent profiles, auto-replies.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agent_profiles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('languages', sa.String(length=100), nullable=False),
    sa.Column('skills', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agent_profiles')),
    sa.UniqueConstraint('name', name=op.f('uq_agent_profiles_name'))
    )
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('intent', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('escalate', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('escalate_reasons', sa.String(length=200), server_default='', nullable=False))
        batch_op.add_column(sa.Column('triage_confidence', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('triaged_at', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('clock_stopped_at', sa.BigInteger(), nullable=True))
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('auto_reply', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_column('auto_reply')
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.drop_column('clock_stopped_at')
        batch_op.drop_column('triaged_at')
        batch_op.drop_column('triage_confidence')
        batch_op.drop_column('escalate_reasons')
        batch_op.drop_column('escalate')
        batch_op.drop_column('intent')
    op.drop_table('agent_profiles')
