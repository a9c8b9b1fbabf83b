"""The knowledge base: the only package that talks SQL (schema, migrations, writes, queries,
cross-article resolution). Everything else uses `Store`."""

from accord.store.api import Store

__all__ = ["Store"]
