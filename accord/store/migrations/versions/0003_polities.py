"""Polities: each event rolled up to the states and bodies it concerns, with its representatives.

Adds `entities.polity` and `entity_sources.polity` (what a country or body counts for),
`event_sources.place_country` (the state an article puts an event's place in), and the
derived tables `event_polities` and `event_representatives`, then fills them for what is
already stored.

The backfill runs today's roll-up code (accord.store.rollup) rather than a frozen copy:
the rows are derived data, and a store should hold them as the current rules compute them.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

NAME, DAY, POLITY = 512, 16, 16


def upgrade() -> None:
    with op.batch_alter_table("entities") as batch:
        batch.add_column(sa.Column("polity", sa.String(POLITY)))
        batch.create_index("ix_entities_polity", ["polity"])
    with op.batch_alter_table("entity_sources") as batch:
        batch.add_column(sa.Column("polity", sa.String(POLITY)))
    with op.batch_alter_table("event_sources") as batch:
        batch.add_column(sa.Column("place_country", sa.String(2)))
    op.create_table(
        "event_polities",
        sa.Column("event_pk", sa.Integer, sa.ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True),
        sa.Column("polity", sa.String(POLITY), primary_key=True),
        sa.Column("date", sa.String(DAY)),
        sa.Index("ix_event_polities_polity_date", "polity", "date", "event_pk"),
    )
    op.create_table(
        "event_representatives",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("event_pk", sa.Integer, sa.ForeignKey("events.pk", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("polity", sa.String(POLITY), nullable=False),
        sa.Column("entity_pk", sa.Integer, sa.ForeignKey("entities.pk", ondelete="CASCADE"), index=True),
        sa.Column("name", sa.String(NAME), nullable=False),
        sa.Column("office", sa.Text),
        sa.Column("body", sa.String(NAME)),
        sa.Column("reason", sa.Text, nullable=False),
    )
    _backfill(op.get_bind())


def _backfill(conn: Any) -> None:
    from accord.polities import body_polity
    from accord.store.rollup import rebuild

    conn.execute(sa.text("UPDATE entities SET polity = code WHERE kind = 'country'"))
    conn.execute(
        sa.text(
            "UPDATE entity_sources SET polity = (SELECT code FROM entities e WHERE e.pk = entity_sources.entity_pk) "
            "WHERE entity_pk IN (SELECT pk FROM entities WHERE kind = 'country')"
        )
    )
    bodies = conn.execute(
        sa.text(
            "SELECT s.pk, s.name, s.country FROM entity_sources s JOIN entities e ON e.pk = s.entity_pk "
            "WHERE e.kind = 'organization'"
        )
    ).all()
    named = [{"pk": pk, "polity": p} for pk, name, country in bodies if (p := body_polity([name], country))]
    if named:
        conn.execute(sa.text("UPDATE entity_sources SET polity = :polity WHERE pk = :pk"), named)
    for article_pk, record in conn.execute(sa.text("SELECT pk, record FROM articles")).all():
        _place_countries(conn, article_pk, record)
    rebuild(conn)


def _place_countries(conn: Any, article_pk: int, record: Any) -> None:
    """Each stored report's place, put in the state its article's record says."""
    record = json.loads(record) if isinstance(record, str) else record  # SQLite hands raw SQL's JSON back as text
    states = {p["name"]: p.get("country") for p in record.get("places") or [] if p.get("country")}
    states |= {c["name"]: c["code"] for c in record.get("countries") or []}
    rows = [{"a": article_pk, "place": place, "code": code} for place, code in states.items()]
    if rows:
        conn.execute(
            sa.text("UPDATE event_sources SET place_country = :code WHERE article_pk = :a AND place = :place"), rows
        )


def downgrade() -> None:
    # Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+): batch mode would copy `entities`, and
    # dropping the old copy cascades to every table that refers to it.
    op.drop_table("event_representatives")
    op.drop_table("event_polities")
    op.drop_column("event_sources", "place_country")
    op.drop_column("entity_sources", "polity")
    op.drop_index("ix_entities_polity", table_name="entities")
    op.drop_column("entities", "polity")
