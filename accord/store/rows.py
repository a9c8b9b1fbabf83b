"""Inserting many rows of a table in one statement and knowing their keys."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, insert, select


class Inserter:
    """Inserts rows a table at a time inside one transaction; returns their pks in order.

    SQLite cannot return a multi-row insert's keys in row order, so there the keys are
    chosen here, counting up from the largest taken: a writing transaction holds SQLite's
    write lock from its start (`db.writing`), so no one else can take them meanwhile.
    PostgreSQL returns the keys it drew, in row order.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.next_pk: dict[Any, int] = {}

    def __call__(self, model: Any, rows: list[dict[str, Any]]) -> list[int]:
        if not rows:
            return []
        if self.conn.dialect.name != "sqlite":
            statement = insert(model).returning(model.pk, sort_by_parameter_order=True)
            return list(self.conn.execute(statement, rows).scalars())
        if model not in self.next_pk:
            self.next_pk[model] = (self.conn.scalar(select(func.max(model.pk))) or 0) + 1
        first = self.next_pk[model]
        self.next_pk[model] += len(rows)
        self.conn.execute(insert(model), [row | {"pk": first + i} for i, row in enumerate(rows)])
        return list(range(first, first + len(rows)))
