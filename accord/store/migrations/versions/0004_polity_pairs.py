"""Pair sums: each pair of polities' events together, in total and per date and type.

Adds `event_polities.type` (what the sums count each row under) and the derived tables
`polity_pairs` and `polity_pair_days` (see accord.store.pairs), filled for what is already
stored by three statements over `event_polities`, the same counts `pairs.tally` keeps.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

DAY, POLITY, TYPE = 16, 16, 16


def upgrade() -> None:
    op.add_column("event_polities", sa.Column("type", sa.String(TYPE)))
    op.execute("UPDATE event_polities SET type = (SELECT type FROM events e WHERE e.pk = event_polities.event_pk)")
    with op.batch_alter_table("event_polities") as batch:
        batch.alter_column("type", existing_type=sa.String(TYPE), nullable=False)
    op.create_table(
        "polity_pairs",
        sa.Column("polity", sa.String(POLITY), primary_key=True),
        sa.Column("other", sa.String(POLITY), primary_key=True),
        sa.Column("events", sa.Integer, nullable=False),
        sa.Column("last_date", sa.String(DAY)),
        sa.Index("ix_polity_pairs_events", "events", "polity", "other"),
    )
    op.create_table(
        "polity_pair_days",
        sa.Column("polity", sa.String(POLITY), primary_key=True),
        sa.Column("other", sa.String(POLITY), primary_key=True),
        sa.Column("date", sa.String(DAY), primary_key=True),
        sa.Column("type", sa.String(TYPE), primary_key=True),
        sa.Column("events", sa.Integer, nullable=False),
    )
    op.execute(
        "INSERT INTO polity_pair_days (polity, other, date, type, events) "
        "SELECT m.polity, t.polity, COALESCE(m.date, ''), m.type, COUNT(*) FROM event_polities m "
        "JOIN event_polities t ON t.event_pk = m.event_pk AND t.polity <> m.polity "
        "GROUP BY m.polity, t.polity, COALESCE(m.date, ''), m.type"
    )
    op.execute(
        "INSERT INTO polity_pairs (polity, other, events, last_date) "
        "SELECT polity, other, SUM(events), NULLIF(MAX(date), '') FROM polity_pair_days GROUP BY polity, other"
    )
    op.execute(
        "INSERT INTO polity_pairs (polity, other, events, last_date) "
        "SELECT polity, polity, COUNT(*), MAX(date) FROM event_polities GROUP BY polity"
    )


def downgrade() -> None:
    op.drop_table("polity_pair_days")
    op.drop_table("polity_pairs")
    op.drop_column("event_polities", "type")
