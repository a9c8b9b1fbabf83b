"""Name lookups answered from indexes alone: (key, entity_pk), (short, entity_pk) and
(entity_pk, name).

A busy entity has one name row per article that names it: finding it by name, or listing
its names, then reads thousands of rows, which these covering indexes serve without the table.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# (old single-column index, new covering index, its columns)
CHANGES = (
    ("ix_entity_names_key", "ix_entity_names_key_entity", ["key", "entity_pk"]),
    ("ix_entity_names_short", "ix_entity_names_short_entity", ["short", "entity_pk"]),
    ("ix_entity_names_entity_pk", "ix_entity_names_entity_name", ["entity_pk", "name"]),
)


def upgrade() -> None:
    for old, new, columns in CHANGES:
        op.drop_index(old, table_name="entity_names")
        op.create_index(new, "entity_names", columns)


def downgrade() -> None:
    for old, new, columns in CHANGES:
        op.drop_index(new, table_name="entity_names")
        op.create_index(old, "entity_names", columns[:1])
