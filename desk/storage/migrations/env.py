"""Alembic environment: always given a live connection by desk.storage.migrate."""

from alembic import context

from desk.storage.migrate import include_name
from desk.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_name=include_name,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
