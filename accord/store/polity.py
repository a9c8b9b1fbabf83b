"""Relations between polities: what two states or bodies did together, and through whom.

Reads the roll-up (`event_polities`, `event_representatives`; see accord.store.rollup): a
polity's events are those it took part in through a representative, a relation's those
both sides took part in; an agreement belongs to a polity when one of its parties does (a
country is its own polity, a body its state's, the EU's or the UN's, or its own).

Polities are named by key: a state's ISO code, `EU`, `UN`, or `o7` for a body that belongs
to none. A name is accepted too ("Kazakhstan", "European Commission"); a person is no
polity, and relational queries on people fall back to the events they took part in.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, select

from accord.polities import EU, NAMES, STATE_NAMES, UN, fold, polity_name
from accord.store.resolve import Db, actor_pks
from accord.store.rollup import own_polity
from accord.store.schema import (
    COUNTRY,
    ORGANIZATION,
    AgreementParty,
    Entity,
    EventPolity,
    EventRepresentative,
    PolityPair,
)

Json = dict[str, Any]
IN_FORCE = ("in_force", "implementing")  # an agreement being implemented is in force
_OWN_KEY = re.compile(r"o(\d+)")
_CHUNK = 500


def polity_of(db: Db, name: str) -> str | None:
    """The polity key `name` stands for: a code, a body's polity, a country by name; None for
    a person or a name nothing stored bears."""
    text = name.strip()
    if text.upper() in (EU, UN) or re.fullmatch(r"[A-Z]{2}", text):
        return text.upper()
    if m := _OWN_KEY.fullmatch(text):
        row = db.execute(select(Entity.kind, Entity.code, Entity.polity).where(Entity.pk == int(m[1]))).first()
        return own_polity(row[0], int(m[1]), row[1], row[2]) if row and row[0] == ORGANIZATION else None
    for pk in actor_pks(db, text):
        row = db.execute(select(Entity.kind, Entity.code, Entity.polity).where(Entity.pk == pk)).first()
        if row and row[0] in (COUNTRY, ORGANIZATION):
            return own_polity(row[0], pk, row[1], row[2])
        if row:
            return None  # a person: no polity of their own
    return STATE_NAMES.get(fold(text))


def polities_of(db: Db, names: Sequence[str]) -> list[str] | None:
    """Each name's polity key, or None unless every name is a polity."""
    keys = [polity_of(db, n) for n in names]
    return [k for k in keys if k] if all(keys) else None


def display_name(db: Db, key: str) -> str:
    """A polity's name: the state's or union's, or the body's own."""
    if m := _OWN_KEY.fullmatch(key):
        return db.scalar(select(Entity.name).where(Entity.pk == int(m[1]))) or key
    return NAMES.get(key) or polity_name(key)


def display_names(db: Db, keys: Sequence[str]) -> dict[str, str]:
    """`display_name` of many keys, with one query for the bodies among them."""
    bodies = {int(m[1]): key for key in keys if (m := _OWN_KEY.fullmatch(key))}
    found = {key: NAMES.get(key) or polity_name(key) for key in keys if not _OWN_KEY.fullmatch(key)}
    pks = sorted(bodies)
    for i in range(0, len(pks), _CHUNK):
        for pk, name in db.execute(select(Entity.pk, Entity.name).where(Entity.pk.in_(pks[i : i + _CHUNK]))):
            found[bodies[pk]] = name
    return {key: found.get(key, key) for key in keys}


def polity_kind(key: str) -> str:
    return "organization" if _OWN_KEY.fullmatch(key) or key in NAMES else "country"


def events_query(polities: Sequence[str]) -> Select[int, str | None]:
    """(event pk, date) of the events every one of `polities` took part in; one index range
    on the first, a primary-key probe for each other."""
    mine = EventPolity.__table__.alias("mine")
    query = select(mine.c.event_pk, mine.c.date).where(mine.c.polity == polities[0])
    for other in polities[1:]:
        theirs = EventPolity.__table__.alias()
        query = query.where(exists().where(theirs.c.event_pk == mine.c.event_pk, theirs.c.polity == other))
    return query


def representatives(db: Db, event_pks: Sequence[int]) -> dict[int, list[Json]]:
    """Who stood for which polity at each event, in which office, and why they count for it."""
    found: dict[int, list[Json]] = defaultdict(list)
    rep = EventRepresentative
    for i in range(0, len(event_pks), _CHUNK):
        rows = db.execute(
            select(rep.event_pk, rep.polity, rep.entity_pk, Entity.kind, rep.name, rep.office, rep.body, rep.reason)
            .outerjoin(Entity, Entity.pk == rep.entity_pk)
            .where(rep.event_pk.in_(event_pks[i : i + _CHUNK]))
            .order_by(rep.event_pk, rep.pk)
        )
        for event_pk, polity, entity_pk, kind, name, office, body, reason in rows:
            found[event_pk].append(
                {
                    "polity": polity,
                    "id": _public_id(kind, entity_pk, polity) if entity_pk else None,
                    "name": name,
                    "office": office,
                    "body": body,
                    "reason": reason,
                }
            )
    return found


def _public_id(kind: str | None, pk: int, polity: str) -> str:
    if kind == COUNTRY:
        return polity
    return f"{'p' if kind == 'person' else 'o'}{pk}"


# --- agreements ------------------------------------------------------------------------------


def _party_is(polity: str) -> ColumnElement[bool]:
    """A party entity that belongs to `polity`: a country by its code, a body by its polity
    (or itself, for a body of its own)."""
    if m := _OWN_KEY.fullmatch(polity):
        return Entity.pk == int(m[1])
    return Entity.polity == polity


def agreements_of(db: Db, polities: Sequence[str]) -> list[int]:
    """Agreements with a party of each of `polities`."""
    found: set[int] | None = None
    for polity in polities:
        mine = set(
            db.scalars(
                select(AgreementParty.agreement_pk)
                .join(Entity, Entity.pk == AgreementParty.party_pk)
                .where(_party_is(polity))
            )
        )
        found = mine if found is None else found & mine
    return sorted(found or ())


def party_polities(db: Db, agreement_pks: Sequence[int]) -> dict[int, list[str]]:
    """Each agreement's parties as polities, in name order."""
    found: dict[int, list[str]] = defaultdict(list)
    for i in range(0, len(agreement_pks), _CHUNK):
        for agreement_pk, pk, kind, code, polity in db.execute(
            select(AgreementParty.agreement_pk, Entity.pk, Entity.kind, Entity.code, Entity.polity)
            .join(Entity, Entity.pk == AgreementParty.party_pk)
            .where(AgreementParty.agreement_pk.in_(agreement_pks[i : i + _CHUNK]))
            .order_by(Entity.name)
        ):
            key = own_polity(kind, pk, code, polity)
            if key and key not in found[agreement_pk]:
                found[agreement_pk].append(key)
    return found


# --- a polity's counterparts -----------------------------------------------------------------


def counterparts(db: Db, polity: str, limit: int | None = None, offset: int = 0) -> tuple[list[Json], int]:
    """The polities `polity` took part in events with, most events first (`limit` of them
    from the `offset`th): how many, the last (dated) one, the agreements in force between
    them; and how many counterparts there are in all."""
    pairs = PolityPair.__table__
    mine = (pairs.c.polity == polity, pairs.c.other != polity)
    total = db.scalar(select(func.count()).select_from(pairs).where(*mine)) or 0
    counted = db.execute(
        select(pairs.c.other, pairs.c.events, pairs.c.last_date, pairs.c.last_event_pk)
        .where(*mine)
        .order_by(pairs.c.events.desc(), pairs.c.other)
        .limit(limit)
        .offset(offset or None)
    ).all()
    in_force = _in_force_with(db, polity)
    names = display_names(db, [other for other, _, _, _ in counted])
    found = [
        {
            "polity": other,
            "name": names[other],
            "kind": polity_kind(other),
            "events": count,
            "last_date": day,
            "last_event": last,
            "agreements_in_force": in_force.get(other, []),
        }
        for other, count, day, last in counted
    ]
    return found, total


def _in_force_with(db: Db, polity: str) -> dict[str, list[int]]:
    """The agreements in force `polity` is party to, by each other party's polity."""
    mine = agreements_of(db, [polity])
    pks = [
        pk
        for i in range(0, len(mine), _CHUNK)
        for pk in db.scalars(select(Entity.pk).where(Entity.pk.in_(mine[i : i + _CHUNK]), Entity.status.in_(IN_FORCE)))
    ]
    by_other: dict[str, list[int]] = defaultdict(list)
    for pk, parties in party_polities(db, pks).items():
        for other in parties:
            if other != polity:
                by_other[other].append(pk)
    return by_other


def latest_event_pks(db: Db, key: str, limit: int | None) -> list[int]:
    """The latest `limit` events of a polity (undated ones last), in date order."""
    table = EventPolity.__table__
    dated = (
        select(table.c.event_pk)
        .where(table.c.polity == key, table.c.date.is_not(None))
        .order_by(table.c.date.desc(), table.c.event_pk.desc())
        .limit(limit)
    )
    found = list(reversed(db.scalars(dated).all()))
    if limit is None or len(found) < limit:
        undated = (
            select(table.c.event_pk)
            .where(table.c.polity == key, table.c.date.is_(None))
            .order_by(table.c.event_pk)
            .limit(None if limit is None else limit - len(found))
        )
        found += db.scalars(undated).all()
    return found
