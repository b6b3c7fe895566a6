"""A draft keeps the reply language the agent chose for it: the choice belongs to the conversation.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('drafts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('written_language', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('sent_language', sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('drafts', schema=None) as batch_op:
        batch_op.drop_column('sent_language')
        batch_op.drop_column('written_language')
