"""accord_page: the article as a page: sentences cut at line breaks, the page's own lines
(menus, share bars), the sources it cites and the topics it is about."""

import re

from spacy.language import Language
from spacy.tokens import Doc

from accord.extract.article import ArticleReader
from accord.extract.components.base import Component, ext
from accord.extract.facts import Facts, Sentence, text_of
from accord.extract.lexicon import Lexicon
from accord.extract.words import words
from accord.page import furniture_lines, wrapped_breaks


class Page(Component):
    def setup(self, lex: Lexicon) -> None:
        self.reader = ArticleReader(lex)

    def run(self, facts: Facts) -> None:
        facts.sentences = _sentences(facts.doc)
        self.reader.read(facts)
        facts.furniture = furniture_lines(facts.text)
        facts.claimed.extend(facts.furniture)  # "Share: Facebook | WhatsApp" names no body


@Language.factory(
    "accord_page",
    requires=["token.is_sent_start"],
    assigns=ext("sentences", "attribution", "topics", "furniture", "claimed"),
)
def make_page(nlp: Language, name: str) -> Page:
    return Page(nlp, name)


_ABBREVIATION_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Hon|Prof|Gen|Lt|Col|Capt|Sen|Rep|Gov|St|Jr|Sr|No|H\.E|U\.S|"
    r"Rt|Amb)|\b[A-Z])\.$"
)


def _spacy_sentences(doc: Doc) -> list[tuple[int, int]]:
    """spaCy's sentence bounds, rejoined where it broke after an abbreviation ("Hon. | Toleafoa") or
    with no full stop at all ("met Lê | Thị Thu Hương")."""
    bounds: list[tuple[int, int]] = []
    text = text_of(doc)
    for sent in doc.sents:
        previous = text[bounds[-1][0] : bounds[-1][1]].rstrip() if bounds else ""
        broken = bool(previous) and (_ABBREVIATION_END.search(previous) or previous[-1] not in ".!?:;\"”'’)»")
        if broken and "\n" not in text[bounds[-1][1] : sent.start_char]:
            bounds[-1] = (bounds[-1][0], sent.end_char)
        else:
            bounds.append((sent.start_char, sent.end_char))
    return bounds


def _sentences(doc: Doc) -> list[Sentence]:
    """spaCy's sentences, cut again at line breaks: a title or date line is never part of the body."""
    out = []
    text = text_of(doc)
    paragraph = 0
    wrapped = wrapped_breaks(text)
    for sent_start, sent_end in _spacy_sentences(doc):
        start = sent_start
        for m in [*_LINE_BREAKS.finditer(text, sent_start, sent_end), None]:
            if m is not None and m.start() in wrapped:
                continue  # a paragraph wrapped at a fixed width goes on
            end = m.start() if m is not None else sent_end
            piece = text[start:end]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                s, e = start + lead, start + len(piece.rstrip())
                out.append(Sentence(s, e, words(text[s:e], s), paragraph))
            if m is not None:
                paragraph += 1
                start = m.end()
    return out


_LINE_BREAKS = re.compile(r"\n+")
