"""accord_predicates: events as the dependency parse reads them (see `accord.extract.predicates`)."""

from spacy.language import Language

from accord.extract.components.base import Component, ext
from accord.extract.facts import Facts
from accord.extract.lexicon import Lexicon
from accord.extract.predicates import PredicateReader


class Predicates(Component):
    def setup(self, lex: Lexicon) -> None:
        self.reader = PredicateReader(lex)

    def run(self, facts: Facts) -> None:
        facts.predicates = self.reader.read(facts)


@Language.factory(
    "accord_predicates",
    requires=["token.dep", "token.tag", *ext("sentences", "actors", "places", "countries")],
    assigns=ext("predicates"),
)
def make_predicates(nlp: Language, name: str) -> Predicates:
    return Predicates(nlp, name)
