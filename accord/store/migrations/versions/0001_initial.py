"""The first schema: articles, entities, roles, agreements, events, full-text search.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

NAME, DAY = 512, 16


def _ref(
    column: str,
    target: str,
    *,
    nullable: bool = False,
    index: bool = True,
    ondelete: str = "CASCADE",
    primary_key: bool = False,
) -> sa.Column:
    return sa.Column(
        column,
        sa.Integer,
        sa.ForeignKey(target, ondelete=ondelete),
        nullable=nullable,
        index=index,
        primary_key=primary_key,
    )


def _pk() -> sa.Column:
    return sa.Column("pk", sa.Integer, primary_key=True)


def upgrade() -> None:
    op.create_table(
        "articles",
        _pk(),
        sa.Column("id", sa.String(64), nullable=False, unique=True),
        sa.Column("key", sa.Text, nullable=False, unique=True),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.String(DAY), index=True),
        sa.Column("source", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
    )
    op.create_table(
        "entities",
        _pk(),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.String(NAME), nullable=False),
        sa.Column("code", sa.String(2), index=True),
        sa.Column("country", sa.String(2), index=True),
        sa.Column("date", sa.String(DAY)),
        sa.Column("status", sa.String(16)),
        sa.Index("ix_entities_kind_name", "kind", "name"),
    )
    op.create_table(
        "entity_sources",
        _pk(),
        _ref("entity_pk", "entities.pk"),
        _ref("article_pk", "articles.pk"),
        sa.Column("local_id", sa.String(64)),
        sa.Column("name", sa.String(NAME), nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("country", sa.String(2)),
        sa.Column("date", sa.String(DAY)),
        sa.Column("status", sa.String(16)),
        sa.Column("parties", sa.JSON),
    )
    op.create_table(
        "entity_names",
        _pk(),
        _ref("entity_pk", "entities.pk"),
        _ref("source_pk", "entity_sources.pk"),
        sa.Column("name", sa.String(NAME), nullable=False),
        sa.Column("key", sa.String(NAME), nullable=False, index=True),
        sa.Column("short", sa.String(NAME), index=True),
    )
    op.create_table(
        "roles",
        _pk(),
        _ref("entity_pk", "entities.pk"),
        _ref("article_pk", "articles.pk"),
        sa.Column("title", sa.String(NAME), nullable=False),
        sa.Column("organization", sa.String(NAME)),
        sa.Column("country", sa.String(2), index=True),
        sa.Column("seen", sa.String(DAY)),
    )
    op.create_table(
        "agreement_parties",
        _ref("agreement_pk", "entities.pk", index=False, primary_key=True),
        _ref("party_pk", "entities.pk", primary_key=True),
    )
    op.create_table(
        "events",
        _pk(),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("date", sa.String(DAY), index=True),
        sa.Column("date_text", sa.Text),
        sa.Column("place", sa.String(NAME)),
        sa.Column("agreement", sa.String(NAME)),
        _ref("agreement_pk", "entities.pk", nullable=True, ondelete="SET NULL"),
        sa.Column("ordinal", sa.Integer),
        sa.Column("status", sa.String(16), index=True),
        sa.Column("merge_reason", sa.Text),
        sa.Index("ix_events_type_date", "type", "date"),
    )
    op.create_table(
        "event_sources",
        _pk(),
        _ref("event_pk", "events.pk"),
        _ref("article_pk", "articles.pk"),
        sa.Column("local_id", sa.String(64)),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("date", sa.String(DAY)),
        sa.Column("date_text", sa.Text),
        sa.Column("place", sa.String(NAME)),
        sa.Column("agreement", sa.String(NAME)),
        _ref("agreement_pk", "entities.pk", nullable=True, index=False, ondelete="SET NULL"),
        sa.Column("ordinal", sa.Integer),
        sa.Column("status", sa.String(16)),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("participants", sa.JSON, nullable=False),
        sa.Column("reason", sa.Text),
    )
    op.create_table(
        "event_participants",
        _ref("event_pk", "events.pk", index=False, primary_key=True),
        _ref("entity_pk", "entities.pk", index=False, primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("date", sa.String(DAY)),
        sa.Index("ix_event_participants_entity_date", "entity_pk", "date", "event_pk"),
    )
    _full_text_search()


def _full_text_search() -> None:
    """Article search: an FTS5 table kept by triggers (SQLite), a GIN expression index (PostgreSQL)."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', "
            "content_rowid='pk', tokenize='porter unicode61 remove_diacritics 2')"
        )
        op.execute(
            "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
            "INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text); END"
        )
        op.execute(
            "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
            "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
            "VALUES ('delete', old.pk, old.title, old.text); END"
        )
    else:
        op.execute(
            "CREATE INDEX ix_articles_fts ON articles USING gin "
            "(to_tsvector('english', coalesce(title, '') || ' ' || text))"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE articles_fts")
    for table in (
        "event_participants",
        "event_sources",
        "events",
        "agreement_parties",
        "roles",
        "entity_names",
        "entity_sources",
        "entities",
        "articles",
    ):
        op.drop_table(table)
