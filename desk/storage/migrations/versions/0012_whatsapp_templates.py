"""WhatsApp accounts' approved templates as fetched from their Business Account.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('whatsapp_templates',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('templates_json', sa.Text(), nullable=False),
    sa.Column('fetched_at', sa.BigInteger(), nullable=False),
    sa.Column('failed_at', sa.BigInteger(), nullable=False),
    sa.Column('not_before', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_whatsapp_templates_account_id_accounts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('account_id', name=op.f('pk_whatsapp_templates'))
    )


def downgrade() -> None:
    op.drop_table('whatsapp_templates')
