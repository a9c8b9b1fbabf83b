"""Each pair's last event: `polity_pairs.last_event_pk`, so that the relation overview need
not look for it among every counterpart's events (see accord.store.pairs).

Filled for what is already stored by one statement: for each pair with a last date, the
latest stored of its events on that date, as `pairs.tally` keeps it.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("polity_pairs", sa.Column("last_event_pk", sa.Integer))
    # One range of the (polity, date, event_pk) index per pair, a primary-key probe per row
    # of it; a polity with itself joins each row to itself.
    op.execute(
        "UPDATE polity_pairs SET last_event_pk = ("
        "SELECT MAX(m.event_pk) FROM event_polities m "
        "JOIN event_polities t ON t.event_pk = m.event_pk AND t.polity = polity_pairs.other "
        "WHERE m.polity = polity_pairs.polity AND m.date = polity_pairs.last_date"
        ") WHERE last_date IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("polity_pairs") as batch:
        batch.drop_column("last_event_pk")
