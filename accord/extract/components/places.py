"""accord_places: cities and regions, including names the model took for people's."""

import re

from spacy.language import Language

from accord.extract.components.base import Component, ents, ext
from accord.extract.entities import EntityFinder
from accord.extract.facts import Facts
from accord.extract.lexicon import Lexicon


class Places(Component):
    def setup(self, lex: Lexicon) -> None:
        self.finder = EntityFinder(lex)

    def run(self, facts: Facts) -> None:
        named_places = _places_named_like_people(facts)
        facts.person_spans = sorted((m.start, m.end) for p in facts.people for m in p.mentions)
        self.finder.places(facts, ents(facts, "GPE", "LOC", "FAC"), named_places)


@Language.factory(
    "accord_places",
    requires=["doc.ents", *ext("sentences", "people", "organizations", "dateline_country")],
    assigns=ext("places", "person_spans", "people", "actors", "claimed"),
)
def make_places(nlp: Language, name: str) -> Places:
    return Places(nlp, name)


_WHERE = re.compile(
    r"(?:\b(?:in|at|near|from|via|towards?|between|links?|linking|connecting)|"
    r"\bbetween\s+[^,.;]{1,40}\s+and|\blinks?\s+[^,.;]{1,40}\s+with|"
    r"\b(?:state|province|region|city|town|port|village) of)\s+(?:the\s+)?$",
    re.I,
)


def _places_named_like_people(facts: Facts) -> list[tuple[int, int]]:
    """ "the crossing between Carmelo Peralta and Porto Murtinho": a name the model took for a person's,
    never given an office and only ever where a place goes, is a place. Its spans, for the places stage."""
    places = [
        p
        for p in facts.people
        if not p.roles and all(_WHERE.search(facts.text[max(0, m.start - 60) : m.start]) for m in p.mentions)
    ]
    spans = {(m.start, m.end) for p in places for m in p.mentions}
    if spans:
        facts.people = [p for p in facts.people if p not in places]
        facts.actors = [a for a in facts.actors if a.kind != "person" or (a.start, a.end) not in spans]
        facts.claimed = [c for c in facts.claimed if c not in spans]
    return sorted(spans)
