"""accord_participants: every mention that can take part in an event, in text order: the
people, and the states and bodies that are not the article's own sources."""

from spacy.language import Language

from accord.extract.components.base import Component, ext
from accord.extract.facts import Facts
from accord.extract.lexicon import Lexicon, fold


class Participants(Component):
    def run(self, facts: Facts) -> None:
        _actors(facts, self.lex)


@Language.factory(
    "accord_participants",
    requires=ext("people", "countries", "organizations", "attribution"),
    assigns=ext("actors"),
)
def make_participants(nlp: Language, name: str) -> Participants:
    return Participants(nlp, name)


def _actors(facts: Facts, lex: Lexicon) -> None:
    """Countries and organizations join the people as possible event participants; the outlets and
    services the article cites as its sources do not."""
    sources = {fold(a) for a in facts.attribution}
    bodies = [sp for org in facts.organizations.values() for sp in org.mentions]
    for code, spans in facts.countries.items():
        for sp in spans:
            if not any(b.start <= sp.start and sp.end <= b.end for b in bodies):  # not "Kazakhstan Temir Zholy"
                facts.add_actor(lex.country_names.get(code, code), "country", sp.start, sp.end)
    for org in facts.organizations.values():
        if fold(org.name) in sources or sources & {fold(a) for a in org.aliases}:
            continue
        for sp in org.mentions:
            facts.add_actor(org.name, "org", sp.start, sp.end)
    facts.actors.sort(key=lambda a: a.start)
