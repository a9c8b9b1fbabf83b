"""accord_events: who met, called, visited, signed, voted, marked, appointed, presented, declared.

Dates resolve against `doc._.published`, which the reader sets on the Doc before the pipeline
runs (see `Extractor.doc`); without it, only dates that name their year resolve."""

from spacy.language import Language

from accord.extract.components.base import Component, ext
from accord.extract.events import EventFinder
from accord.extract.facts import Facts
from accord.extract.handlers import HANDLERS
from accord.extract.lexicon import Lexicon


class Events(Component):
    def setup(self, lex: Lexicon) -> None:
        self.finder = EventFinder(lex, HANDLERS)

    def run(self, facts: Facts) -> None:
        self.finder.find(facts.doc, facts)


@Language.factory(
    "accord_events",
    requires=[
        "token.dep",
        *ext("sentences", "furniture", "actors", "predicates", "places", "agreements"),
    ],
    assigns=ext("events", "organizations"),
)
def make_events(nlp: Language, name: str) -> Events:
    return Events(nlp, name)
