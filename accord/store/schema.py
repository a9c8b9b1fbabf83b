"""The knowledge base's tables, one schema for SQLite and PostgreSQL.

Facts are kept twice on purpose, at two levels:

- per article (`entity_sources`, `entity_names`, `roles`, `event_sources`): what each
  article said, so that replacing an article removes exactly its facts;
- merged (`entities`, `events`, `event_participants`, `agreement_parties`): one row per
  person, organization, country, agreement or event across all articles, recomputed from
  the per-article rows whenever they change (`accord.store.refresh`);
- rolled up (`event_polities`, `event_representatives`): the states and bodies each event
  concerns and who stood for each, recomputed from the merged rows (`accord.store.rollup`);
- summed per pair of polities (`polity_pairs`, `polity_pair_days`, `polity_pair_years`): how
  many events two polities took part in together, when, and which was the last, kept in step
  with the roll-up (`accord.store.pairs`) so that relation overviews and networks need not
  count at read time.

People, organizations, countries and agreements share `entities` (told apart by `kind`)
so that names, sources and cleanup work the same way for all of them.

The migrations in `accord/store/migrations` create this schema; a test compares them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

PERSON, ORGANIZATION, COUNTRY, AGREEMENT = "person", "organization", "country", "agreement"

NAME = 512  # longest name or title kept
DAY = 16  # an ISO date at any precision, or YYYY-MM-DDTHH:MM
POLITY = 16  # a state's ISO code, EU, UN, or a body of its own by public id ("o7")


class Base(DeclarativeBase):
    pass


def _fk(target: str, ondelete: str = "CASCADE") -> Any:
    return ForeignKey(target, ondelete=ondelete)


class Article(Base):
    __tablename__ = "articles"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(64), unique=True)  # hash of the normalised text
    key: Mapped[str] = mapped_column(Text, unique=True)  # identity: the URL, else `id`
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(DAY), index=True)
    source: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    record: Mapped[dict[str, Any]] = mapped_column(JSON)


class Entity(Base):
    __tablename__ = "entities"
    __table_args__ = (Index("ix_entities_kind_name", "kind", "name"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(NAME))
    code: Mapped[str | None] = mapped_column(String(2), index=True)  # countries only
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    date: Mapped[str | None] = mapped_column(String(DAY))  # agreements: signing date
    status: Mapped[str | None] = mapped_column(String(16))  # agreements: latest status
    # Countries: their code; organizations: the polity they belong to (None: a body of its own).
    polity: Mapped[str | None] = mapped_column(String(POLITY), index=True)


class EntitySource(Base):
    """One article's account of an entity, and why it was merged into it."""

    __tablename__ = "entity_sources"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_pk: Mapped[int] = mapped_column(_fk("entities.pk"), index=True)
    article_pk: Mapped[int] = mapped_column(_fk("articles.pk"), index=True)
    local_id: Mapped[str | None] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(NAME))
    reason: Mapped[str | None] = mapped_column(Text)  # None: this source created the entity
    country: Mapped[str | None] = mapped_column(String(2))
    date: Mapped[str | None] = mapped_column(String(DAY))
    status: Mapped[str | None] = mapped_column(String(16))
    parties: Mapped[list[int] | None] = mapped_column(JSON)  # agreements: party entity pks
    polity: Mapped[str | None] = mapped_column(String(POLITY))  # organizations: as this article names them


class EntityName(Base):
    """Every name an article gave an entity, keyed for lookup across spellings."""

    __tablename__ = "entity_names"
    # Lookups by name want the entity only, listings of names the names only: these indexes
    # answer both without reading the table.
    __table_args__ = (
        Index("ix_entity_names_key_entity", "key", "entity_pk"),
        Index("ix_entity_names_short_entity", "short", "entity_pk"),
        Index("ix_entity_names_entity_name", "entity_pk", "name"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_pk: Mapped[int] = mapped_column(_fk("entities.pk"))
    source_pk: Mapped[int] = mapped_column(_fk("entity_sources.pk"), index=True)
    name: Mapped[str] = mapped_column(String(NAME))
    key: Mapped[str] = mapped_column(String(NAME))
    # What the entity may also be called by: a person's surname, an organization's acronym.
    short: Mapped[str | None] = mapped_column(String(NAME))


class Role(Base):
    __tablename__ = "roles"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_pk: Mapped[int] = mapped_column(_fk("entities.pk"), index=True)
    article_pk: Mapped[int] = mapped_column(_fk("articles.pk"), index=True)
    title: Mapped[str] = mapped_column(String(NAME))
    organization: Mapped[str | None] = mapped_column(String(NAME))
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    seen: Mapped[str | None] = mapped_column(String(DAY))  # the article's publication day


class AgreementParty(Base):
    __tablename__ = "agreement_parties"

    agreement_pk: Mapped[int] = mapped_column(_fk("entities.pk"), primary_key=True)
    party_pk: Mapped[int] = mapped_column(_fk("entities.pk"), primary_key=True, index=True)


class Event(Base):
    __tablename__ = "events"
    __table_args__ = (Index("ix_events_type_date", "type", "date"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(16))
    date: Mapped[str | None] = mapped_column(String(DAY), index=True)
    date_text: Mapped[str | None] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(String(NAME))
    agreement: Mapped[str | None] = mapped_column(String(NAME))
    agreement_pk: Mapped[int | None] = mapped_column(_fk("entities.pk", "SET NULL"), index=True)
    ordinal: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str | None] = mapped_column(String(16), index=True)
    merge_reason: Mapped[str | None] = mapped_column(Text)


class EventSource(Base):
    """One article's account of an event: the event as that article told it."""

    __tablename__ = "event_sources"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_pk: Mapped[int] = mapped_column(_fk("events.pk"), index=True)
    article_pk: Mapped[int] = mapped_column(_fk("articles.pk"), index=True)
    local_id: Mapped[str | None] = mapped_column(String(64))
    type: Mapped[str] = mapped_column(String(16))
    date: Mapped[str | None] = mapped_column(String(DAY))
    date_text: Mapped[str | None] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(String(NAME))
    place_country: Mapped[str | None] = mapped_column(String(2))  # the state the article puts the place in
    agreement: Mapped[str | None] = mapped_column(String(NAME))
    agreement_pk: Mapped[int | None] = mapped_column(_fk("entities.pk", "SET NULL"))
    ordinal: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str | None] = mapped_column(String(16))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(Text)
    participants: Mapped[list[int]] = mapped_column(JSON)  # entity pks, in the article's order
    reason: Mapped[str | None] = mapped_column(Text)  # None: this source created the event


class EventParticipant(Base):
    __tablename__ = "event_participants"
    # The event's date is repeated here so that an actor's timeline is one index range.
    __table_args__ = (Index("ix_event_participants_entity_date", "entity_pk", "date", "event_pk"),)

    event_pk: Mapped[int] = mapped_column(_fk("events.pk"), primary_key=True)
    entity_pk: Mapped[int] = mapped_column(_fk("entities.pk"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    date: Mapped[str | None] = mapped_column(String(DAY))


class EventPolity(Base):
    """A state or body an event concerns, through at least one representative."""

    __tablename__ = "event_polities"
    # A relation's events (one polity's, joined to another's) are index ranges by date.
    __table_args__ = (Index("ix_event_polities_polity_date", "polity", "date", "event_pk"),)

    event_pk: Mapped[int] = mapped_column(_fk("events.pk"), primary_key=True)
    polity: Mapped[str] = mapped_column(String(POLITY), primary_key=True)
    date: Mapped[str | None] = mapped_column(String(DAY))
    # The event's type as rolled up: what the pair sums counted this row under, so that
    # taking it back out subtracts the same key even after the merged event changed.
    type: Mapped[str] = mapped_column(String(16))


class EventRepresentative(Base):
    """Who stood for a polity at an event, in which office, and why they count for it."""

    __tablename__ = "event_representatives"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_pk: Mapped[int] = mapped_column(_fk("events.pk"), index=True)
    polity: Mapped[str] = mapped_column(String(POLITY))
    entity_pk: Mapped[int | None] = mapped_column(_fk("entities.pk"), index=True)  # None: a visit's host
    name: Mapped[str] = mapped_column(String(NAME))
    office: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(String(NAME))
    reason: Mapped[str] = mapped_column(Text)


class PolityPair(Base):
    """Two polities' events together, in both directions; a polity with itself: all its events."""

    __tablename__ = "polity_pairs"
    # The strongest links of the whole store are the first rows of this index.
    __table_args__ = (Index("ix_polity_pairs_events", "events", "polity", "other"),)

    polity: Mapped[str] = mapped_column(String(POLITY), primary_key=True)
    other: Mapped[str] = mapped_column(String(POLITY), primary_key=True)
    events: Mapped[int] = mapped_column(Integer)
    last_date: Mapped[str | None] = mapped_column(String(DAY))  # None: no dated event
    # The latest stored event of the last date (None: no dated event), which the relation
    # overview shows. No foreign key: SQLite would scan this table for every event deleted,
    # and `accord.store.pairs` sets it again whenever its event leaves the pair.
    last_event_pk: Mapped[int | None] = mapped_column(Integer)


class PolityPairDay(Base):
    """Two polities' events together of one type on one date, in both directions."""

    __tablename__ = "polity_pair_days"

    polity: Mapped[str] = mapped_column(String(POLITY), primary_key=True)
    other: Mapped[str] = mapped_column(String(POLITY), primary_key=True)
    date: Mapped[str] = mapped_column(String(DAY), primary_key=True)  # "" undated: a key has no NULL
    type: Mapped[str] = mapped_column(String(16), primary_key=True)
    events: Mapped[int] = mapped_column(Integer)


class PolityPairYear(Base):
    """Two polities' events together of one type in one year, in both directions; a polity
    with itself: all its events. "" stands for every type, or every year (undated events
    included). A network within years or of one type sums a few of these per pair instead
    of every day's row."""

    __tablename__ = "polity_pair_years"
    # The whole store's strongest pairs of a type in a year are a range of this index. The
    # rows are the primary key's (SQLite: without rowid), so a pair's cells of a type over
    # years are one range of it, read with no second lookup.
    __table_args__ = (
        Index("ix_polity_pair_years_top", "type", "year", "events", "polity", "other"),
        {"sqlite_with_rowid": False},
    )

    polity: Mapped[str] = mapped_column(String(POLITY), primary_key=True)
    other: Mapped[str] = mapped_column(String(POLITY), primary_key=True)
    type: Mapped[str] = mapped_column(String(16), primary_key=True)
    year: Mapped[str] = mapped_column(String(4), primary_key=True)  # an ISO date's first four characters
    events: Mapped[int] = mapped_column(Integer)
