"""Attachment bytes in the database, for a team database (no folder beside it every Desk can reach).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('file_blobs',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_file_blobs'))
    )


def downgrade() -> None:
    op.drop_table('file_blobs')
