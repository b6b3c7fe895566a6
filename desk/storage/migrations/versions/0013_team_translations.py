"""Translations shared by a team: the worker's translations ahead and agents' own.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('team_translations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.LargeBinary(length=16), nullable=False),
    sa.Column('target', sa.String(length=8), nullable=False),
    sa.Column('translated', sa.Text(), nullable=False),
    sa.Column('provider', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_translations')),
    sa.UniqueConstraint('key', name=op.f('uq_team_translations_key'))
    )
    op.create_index('ix_team_translations_target_id', 'team_translations', ['target', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_team_translations_target_id', table_name='team_translations')
    op.drop_table('team_translations')
