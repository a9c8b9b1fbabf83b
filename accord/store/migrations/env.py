"""Alembic environment: migrations run on the connection `accord.store.migrate` hands over."""

from alembic import context

from accord.store.schema import Base

connection = context.config.attributes["connection"]
# Batch mode lets later migrations alter SQLite tables (which lack most ALTER TABLE forms).
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
