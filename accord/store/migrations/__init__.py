"""Alembic migrations of the knowledge base, run by `accord.store` when a store is opened."""
