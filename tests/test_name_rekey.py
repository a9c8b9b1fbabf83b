"""Migration 0007 on real databases (SQLite and PostgreSQL): a store written when a person's key
kept the honorific the name opens with finds that person again by name after the upgrade, and
a later article naming them without it adds to the same person.

Names and articles are invented. An "old store" is a store at revision 0006 whose name rows
were set back, by SQL, to the keys the older rule wrote.
"""

from __future__ import annotations

from itertools import product

from conftest import Report, migrate_again
from sqlalchemy import text

from accord.store import Store

TALKS = "Sheikh Tarif Al Marouni held talks with Foreign Minister Ilse Brandvold in Tarvik."
TALKS_AGAIN = "Tarif Al Marouni and Ilse Brandvold met again in Ostra on 12 April."
OLD_KEY = "sheikh tarif al maruni"  # the honorific kept, as stores written before it was dropped hold it


def talks(dateline: str, published: str, sentence: str, name: str, held: str, url: str) -> Report:
    """A report of talks between the sheikh, named as `name`, and Ilse Brandvold."""
    return (
        Report(f"Talks\n\n{dateline}\n\n{sentence}", published, url)
        .person(name)
        .person("Ilse Brandvold", title="Foreign Minister", country="SD")
        .event("meeting", name, "Ilse Brandvold", sentence=sentence, date=held)
    )


def first_talks() -> Report:
    name = "Sheikh Tarif Al Marouni"
    return talks("12 March 2024", "2024-03-12", TALKS, name, "2024-03-12", "https://news.example/tarvik")


def talks_again() -> Report:
    name = "Tarif Al Marouni"
    return talks("14 April 2024", "2024-04-14", TALKS_AGAIN, name, "2024-04-12", "https://wire.example/ostra")


def crowd() -> Report:
    """One article naming every kind, and more people than one batch of the migration reads (2000)."""
    report = (
        Report("A long list\n\n2 May 2024\n\nMany were named.", "2024-05-02", "https://news.example/list")
        .country("SD", "Sudria")
        .organization("Organization for Transit Cooperation", "OTC", country="SD")
        .agreement("Tarvik Transit Agreement", parties=("Sudria",), date="2024-05-01")
        .person("Ratu Semi Tavola")
        .person("Armen Ter-Avetisyan")
    )
    given = ("Ardo", "Belin", "Corva", "Dessa", "Emric", "Falon", "Gerta", "Hollis", "Ivet", "Jorun", "Kesta", "Lumo")
    first, last = ("Kor", "Vel", "Tam", "Osk", "Ruv"), ("ani", "enko", "ova", "dal", "ström", "ov", "ski", "ur")
    for name, a, b, c in product(given, first, first, last):
        report.person(f"{name} {a}{b.lower()}{c}")
    return report


def names(kb: Store) -> list[tuple[int, str, str | None]]:
    with kb.engine.connect() as db:
        return [(pk, key, short) for pk, key, short in db.execute(text("SELECT pk, key, short FROM entity_names"))]


def test_an_old_stores_person_found_by_name_without_the_honorific_after_the_upgrade(db_url: str) -> None:
    with Store(db_url) as kb:
        migrate_again(kb, "0006", "0006")  # the store as revision 0006 left it
        kb.write(first_talks().build())
        with kb.engine.begin() as db:
            db.execute(
                text("UPDATE entity_names SET key = :old WHERE name = :name"),
                {"old": OLD_KEY, "name": "Sheikh Tarif Al Marouni"},
            )
        assert kb.person("Tarif Al Marouni") is None  # what an old store answers

    with Store(db_url) as kb:  # opening upgrades
        person = kb.person("Tarif Al Marouni")
        assert person is not None and person["name"] == "Sheikh Tarif Al Marouni"
        assert kb.person("Sheikh Tarif Al Marouni") == person
        # The bulk loader matches people by exact key only: the second report joins the stored person.
        assert kb.bulk_write([talks_again().build()]) == 1
        assert kb.stats()["people"] == 2
        person = kb.person("Tarif Al Marouni")
        assert person is not None and person["name"] == "Sheikh Tarif Al Marouni"
        assert "Tarif Al Marouni" in person["aliases"]
        assert [e["date"] for e in person["events"]] == ["2024-03-12", "2024-04-12"]
        assert [e["date"] for e in kb.events(actor="Tarif Al Marouni")] == ["2024-03-12", "2024-04-12"]
        assert OLD_KEY not in {key for _, key, _ in names(kb)}


def test_every_kinds_keys_are_recomputed_in_batches_and_a_second_run_changes_nothing(db_url: str) -> None:
    with Store(db_url) as kb:
        assert kb.bulk_write([crowd().build()]) == 1
        written = names(kb)
        assert len(written) > 2000 and len({short for *_, short in written}) > 100
        with kb.engine.begin() as db:
            db.execute(text("UPDATE entity_names SET key = 'stale', short = 'stale'"))
        migrate_again(kb, "0006", "head")
        assert sorted(names(kb)) == sorted(written)
        migrate_again(kb, "0006", "head")
        assert sorted(names(kb)) == sorted(written)
