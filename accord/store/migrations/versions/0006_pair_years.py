"""Pair sums by type and year: `polity_pair_years` (see accord.store.pairs), so that a
whole-store network within years or of one type need not sum every day's row.

Filled for what is already stored by eight statements, the cells `pairs.tally` keeps: a
pair's from its day rows, a polity's with itself from its `event_polities` rows; each by type
and year, by type over every year (undated included), over every type by year, and over all.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

POLITY, TYPE = 16, 16
YEAR, EVERY = "SUBSTR(date, 1, 4)", "''"
# Each cell's type and year: "" for every type or every year.
_CELLS = (("type", YEAR), ("type", EVERY), (EVERY, YEAR), (EVERY, EVERY))


def upgrade() -> None:
    op.create_table(
        "polity_pair_years",
        sa.Column("polity", sa.String(POLITY), primary_key=True),
        sa.Column("other", sa.String(POLITY), primary_key=True),
        sa.Column("type", sa.String(TYPE), primary_key=True),
        sa.Column("year", sa.String(4), primary_key=True),
        sa.Column("events", sa.Integer, nullable=False),
        sqlite_with_rowid=False,
    )
    for kind, year in _CELLS:
        cell = "".join(f", {e}" for e in (kind, year) if e != EVERY)  # PostgreSQL groups by no constant
        days = "WHERE date <> ''" if year == YEAR else ""
        dated = "WHERE date IS NOT NULL" if year == YEAR else ""
        op.execute(
            "INSERT INTO polity_pair_years (polity, other, type, year, events) "
            f"SELECT polity, other, {kind}, {year}, SUM(events) FROM polity_pair_days {days} "
            f"GROUP BY polity, other{cell}"
        )
        op.execute(
            "INSERT INTO polity_pair_years (polity, other, type, year, events) "
            f"SELECT polity, polity, {kind}, {year}, COUNT(*) FROM event_polities {dated} GROUP BY polity{cell}"
        )
    # Built after the fill: one sort instead of an index update per row.
    op.create_index("ix_polity_pair_years_top", "polity_pair_years", ["type", "year", "events", "polity", "other"])


def downgrade() -> None:
    op.drop_table("polity_pair_years")
