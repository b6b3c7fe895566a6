"""A macro may also act once its reply is sent (set a status, snooze, assign, tag): its actions as JSON.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('kb_entries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('actions', sa.Text(), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('kb_entries', schema=None) as batch_op:
        batch_op.drop_column('actions')
