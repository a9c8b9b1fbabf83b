"""accord_countries: the states the article names, and the one its dateline was filed from."""

from spacy.language import Language

from accord.extract.components.base import Component, ext
from accord.extract.entities import EntityFinder
from accord.extract.facts import Facts
from accord.extract.lexicon import Lexicon


class Countries(Component):
    def setup(self, lex: Lexicon) -> None:
        self.finder = EntityFinder(lex)

    def run(self, facts: Facts) -> None:
        self.finder.countries(facts)
        self.finder.dateline(facts)


@Language.factory("accord_countries", assigns=ext("countries", "dateline_country"))
def make_countries(nlp: Language, name: str) -> Countries:
    return Countries(nlp, name)
