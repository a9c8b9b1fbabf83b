"""accord_agreements: the agreements, memoranda and treaties the article names, with their
parties, dates and status."""

from spacy.language import Language

from accord.extract.agreements import AgreementFinder
from accord.extract.components.base import Component, ext
from accord.extract.facts import Facts
from accord.extract.lexicon import Lexicon


class Agreements(Component):
    def setup(self, lex: Lexicon) -> None:
        self.finder = AgreementFinder(lex)

    def run(self, facts: Facts) -> None:
        self.finder.find(facts.doc, facts)


@Language.factory(
    "accord_agreements",
    requires=ext("sentences", "countries", "people"),
    assigns=ext("agreements", "claimed"),
)
def make_agreements(nlp: Language, name: str) -> Agreements:
    return Agreements(nlp, name)


class Parties(Component):
    """Runs once the bodies are known: the bodies a document is between, and the sides a document with
    no named party is between."""

    def setup(self, lex: Lexicon) -> None:
        self.finder = AgreementFinder(lex)

    def run(self, facts: Facts) -> None:
        self.finder.bodies_between(facts)
        self.finder.default_parties(facts)


@Language.factory(
    "accord_parties",
    requires=ext("agreements", "countries", "organizations"),
    assigns=ext("agreements"),
)
def make_parties(nlp: Language, name: str) -> Parties:
    return Parties(nlp, name)
