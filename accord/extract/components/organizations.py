"""accord_organizations: ministries, institutions and international bodies, and the people's
names that turn out to be words of a body's name."""

from spacy.language import Language

from accord.extract.components.base import Component, ents, ext
from accord.extract.entities import EntityFinder
from accord.extract.facts import Facts
from accord.extract.lexicon import Lexicon


class Organizations(Component):
    def setup(self, lex: Lexicon) -> None:
        self.finder = EntityFinder(lex)

    def run(self, facts: Facts) -> None:
        self.finder.organizations(facts, ents(facts, "ORG"))
        _people_outside_bodies(facts)


@Language.factory(
    "accord_organizations",
    requires=["doc.ents", *ext("sentences", "countries", "people", "agreements")],
    assigns=ext("organizations", "not_orgs", "claimed", "people", "actors"),
)
def make_organizations(nlp: Language, name: str) -> Organizations:
    return Organizations(nlp, name)


def _people_outside_bodies(facts: Facts) -> None:
    """ "A. Kh. Margulan Institute": words of a body's name are not a person's."""
    bodies = [m for org in facts.organizations.values() for m in org.mentions]

    def inside(start: int, end: int) -> bool:
        return any(b.start <= start and end <= b.end and (b.start, b.end) != (start, end) for b in bodies)

    for person in facts.people:
        person.mentions = [m for m in person.mentions if not inside(m.start, m.end)]
    facts.people = [p for p in facts.people if p.mentions]
    facts.actors = [a for a in facts.actors if a.kind != "person" or not inside(a.start, a.end)]
