"""Full-text search of articles: SQLite FTS5, PostgreSQL text search; matches marked [like this]."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text

_SQLITE = text(
    "SELECT a.id, a.title, a.published, snippet(articles_fts, 1, '[', ']', '…', 16) "
    "FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid "
    "WHERE articles_fts MATCH :query ORDER BY rank LIMIT :limit"
)

_DOCUMENT = "to_tsvector('english', coalesce(a.title, '') || ' ' || a.text)"  # as indexed
_POSTGRES = text(
    "SELECT a.id, a.title, a.published, ts_headline('english', a.text, q, "
    "'StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1') "
    f"FROM articles a, plainto_tsquery('english', :query) q WHERE {_DOCUMENT} @@ q "
    f"ORDER BY ts_rank({_DOCUMENT}, q) DESC, a.published DESC LIMIT :limit"
)


def search(db: Connection, query: str, limit: int = 20) -> list[dict[str, Any]]:
    query = query.replace("\x00", " ")  # neither database takes NUL in a query
    words = query.split()
    if not words:
        return []
    if db.dialect.name == "sqlite":
        # Each word quoted: FTS5 then reads them as terms that must all occur, never as syntax.
        terms = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        rows = db.execute(_SQLITE, {"query": terms, "limit": limit})
    else:
        rows = db.execute(_POSTGRES, {"query": query, "limit": limit})
    return [{"article_id": r[0], "title": r[1], "published": r[2], "snippet": r[3]} for r in rows]
