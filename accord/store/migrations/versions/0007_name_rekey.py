"""Name keys recomputed: every `entity_names` row's `key` and `short` as today's rules make them.

A person's key no longer holds the honorifics a name opens with (accord.names.HONORIFICS:
"Sheikh", "Ratu", "Dato'", "Alhaji"...), and "ter", "bint", "binti", "zu", "af" and "y" now
belong to the surname after them. Rows written before keep the older keys, which lookups
by exact key (a person or actor by name, `Store.bulk_write`) no longer find: "Tarif Al
Marouni" misses a person stored under "sheikh tarif al maruni" (`Store.write` also looks
people up by surname, so it still merged them). Every kind is recomputed
with today's `name_key` and `short_form` (as 0003 runs today's roll-up), so that this one
pass also covers whatever rule changed earlier.

Rows are read in batches by primary key, and only the rows whose values change are written,
so that a store of millions of names is never held in memory and a second run writes nothing.

Two entities may now share a key ("Sheikh Tarif Al Marouni" stored as one person, "Tarif Al
Marouni" as another). They are left apart: lookups take several entities per key (a new
article goes to the strongest match, the oldest among equals; a search by name returns them
all, a person's page the best attested), and merging them would need every merged, rolled-up
and summed table recomputed on a guess that two names are one person.

The downgrade leaves the keys as they are: a store does not record which version wrote
each row, and rows came from several key rules over time, so there are no "old keys" to
recompute. The keys written here are also the ones today's code writes at revision 0006.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

BATCH = 2000  # rows read, recomputed and written at a time

_ROWS = sa.text(
    "SELECT n.pk, e.kind, n.name, n.key, n.short FROM entity_names n JOIN entities e ON e.pk = n.entity_pk "
    "WHERE n.pk > :after ORDER BY n.pk LIMIT :batch"
)
_SET = sa.text("UPDATE entity_names SET key = :key, short = :short WHERE pk = :pk")


def upgrade() -> None:
    conn = op.get_bind()
    after = 0
    while rows := conn.execute(_ROWS, {"after": after, "batch": BATCH}).all():
        changed = _rekeyed(rows)
        if changed:
            conn.execute(_SET, changed)
        after = rows[-1].pk


def _rekeyed(rows: Any) -> list[dict[str, Any]]:
    """The rows of a batch whose key or short form today's rules change, with the new values."""
    from accord.store.names import name_key, short_form

    changed = []
    for pk, kind, name, key, short in rows:
        new = {"pk": pk, "key": name_key(kind, name), "short": short_form(kind, name)}
        if (new["key"], new["short"]) != (key, short):
            changed.append(new)
    return changed


def downgrade() -> None:
    """Nothing to undo: see the module's docstring."""
