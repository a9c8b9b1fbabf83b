"""Merged rows recomputed from what the articles say, after an article is added or removed.

An entity or event with no source left is deleted; otherwise each of its fields is chosen
from its sources: the fullest name, the most precise date, the latest status.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from accord.store.names import is_acronym, person_name
from accord.store.schema import (
    AGREEMENT,
    COUNTRY,
    PERSON,
    AgreementParty,
    Article,
    Entity,
    EntitySource,
    Event,
    EventParticipant,
    EventSource,
    Role,
)

T = TypeVar("T")


def refresh_entities(session: Session, pks: Iterable[int]) -> None:
    for pk in sorted(set(pks)):
        _refresh_entity(session, pk)


def refresh_events(session: Session, pks: Iterable[int]) -> None:
    for pk in sorted(set(pks)):
        _refresh_event(session, pk)


def _by_publication(model: type[EntitySource] | type[EventSource]) -> tuple[Any, ...]:
    """Sources in the order their articles were published (undated last)."""
    return (Article.published.is_(None), Article.published, model.pk)


def _refresh_entity(session: Session, pk: int) -> None:
    kind = session.scalar(select(Entity.kind).where(Entity.pk == pk))
    if kind is None:
        return
    sources = session.scalars(
        select(EntitySource).join(Article, Article.pk == EntitySource.article_pk)
        .where(EntitySource.entity_pk == pk).order_by(*_by_publication(EntitySource))).all()
    if not sources:
        session.execute(delete(Entity).where(Entity.pk == pk))
        return
    values: dict[str, object] = {"name": canonical_name(kind, [s.name for s in sources])}
    if kind == PERSON:
        values["country"] = most_common(session.scalars(
            select(Role.country).where(Role.entity_pk == pk, Role.country.is_not(None))))
    elif kind != COUNTRY:
        values["country"] = most_common(s.country for s in sources if s.country)
    if kind == AGREEMENT:
        values["date"] = most_precise([s.date for s in sources])
        values["status"] = next((s.status for s in reversed(sources) if s.status), None)
        parties = sorted({p for s in sources for p in s.parties or [] if p != pk})
        session.execute(delete(AgreementParty).where(AgreementParty.agreement_pk == pk))
        if parties:
            session.execute(insert(AgreementParty), [{"agreement_pk": pk, "party_pk": p} for p in parties])
    session.execute(update(Entity).where(Entity.pk == pk).values(**values))


def canonical_name(kind: str, names: Sequence[str]) -> str:
    """People: the fullest name given; others: the most used name that is not an acronym."""
    counts = Counter(names)
    if kind == PERSON:
        return max(counts, key=lambda n: _fullness(n) + (counts[n],))
    spelled = [n for n in names if not is_acronym(n)] or list(names)
    return most_common(spelled) or names[0]


def _fullness(name: str) -> tuple[int, int]:
    """Given names spelled out, then given names at all: "Dmitry Kasyanenko" > "D. Kasyanenko"."""
    given = person_name(name).given
    return sum(len(g) > 1 for g in given), len(given)


def most_common(values: Iterable[T]) -> T | None:
    """The most frequent value, the first seen among equals."""
    counts = Counter(values)
    return counts.most_common(1)[0][0] if counts else None


def most_precise(dates: Iterable[str | None]) -> str | None:
    """The longest ISO date given (a day beats a month), the most reported among equals."""
    known = [d for d in dates if d]
    if not known:
        return None
    longest = max(len(d) for d in known)
    return most_common(d for d in known if len(d) == longest)


def _refresh_event(session: Session, pk: int) -> None:
    reports = session.scalars(
        select(EventSource).join(Article, Article.pk == EventSource.article_pk)
        .where(EventSource.event_pk == pk).order_by(*_by_publication(EventSource))).all()
    if not reports:
        session.execute(delete(Event).where(Event.pk == pk))
        return
    day = most_precise([r.date for r in reports])
    dated = next((r for r in reports if r.date == day), reports[0])
    named = next((r for r in reports if r.agreement_pk), None) or next(
        (r for r in reports if r.agreement), reports[0])
    session.execute(update(Event).where(Event.pk == pk).values(
        type=most_common(r.type for r in reports),
        date=day,
        date_text=dated.date_text if day else None,
        place=most_common(r.place for r in reports if r.place),
        agreement=named.agreement,
        agreement_pk=named.agreement_pk,
        ordinal=most_common(r.ordinal for r in reports if r.ordinal is not None),
        status=next((r.status for r in reversed(reports) if r.status), None),
        merge_reason=("; ".join(r.reason for r in reports if r.reason) or None) if len(reports) > 1 else None,
    ))
    participants = list(dict.fromkeys(p for r in reports for p in r.participants))
    session.execute(delete(EventParticipant).where(EventParticipant.event_pk == pk))
    if participants:
        session.execute(insert(EventParticipant), [
            {"event_pk": pk, "entity_pk": p, "position": i, "date": day} for i, p in enumerate(participants)])
