"""accord_people: the people the article names, each with the offices its words give them,
and the office titles written without a name that refer to one of them ("the Secretary")."""

import re
from dataclasses import replace

from spacy.language import Language

from accord.extract.components.base import Component, ents, ext
from accord.extract.entities import EntityFinder
from accord.extract.facts import Facts, PersonFacts
from accord.extract.lexicon import RANKS, Lexicon, fold
from accord.extract.people import NameHit, PeopleFinder, cluster_people
from accord.extract.roles import parse_roles
from accord.extract.words import Word
from accord.records import Role, Span


class People(Component):
    def setup(self, lex: Lexicon) -> None:
        self.people = PeopleFinder(lex)
        self.entities = EntityFinder(lex)

    def run(self, facts: Facts) -> None:
        person_ents = ents(facts, "PERSON")
        hits = []
        blocked = sorted(self.entities.lexicon_spans(facts.text))
        for sent in facts.sentences:
            hits.extend(self.people.hits_in(sent, person_ents, blocked))
        roles: dict[int, list[Role]] = {}
        for i, hit in enumerate(hits):
            roles[i] = [
                replace(r, provenance={"rule": rule})
                for t, rule in zip(hit.titles, hit.title_rules, strict=True)
                for r in parse_roles(t, self.lex)
            ]
            polity = self.lex.country(hit.of_country) if hit.of_country else None
            for role in roles[i]:
                role.country = role.country or (polity.code if polity else None)
        sources = {fold(a) for a in facts.attribution}
        body = facts.body_start()
        referred = _offices_without_holder(facts.text, body, hits) | self._offices_of_states(facts.text, body)
        referred |= {title for said, _ in self._aliases_said(facts.text, body) for title in self._aliases()[said]}
        for hit in hits:
            if fold(facts.text[hit.start : hit.end]) in sources and not hit.titles:
                hit.vouched = False  # "Qazaq Daily cites Akorda": an outlet, not a person
            if not hit.titles and any(s <= hit.start < e for s, e in facts.furniture):
                hit.vouched = False  # "© 2025 Adriatic Info", "Share: Viber": the page's, not a person
            if not hit.titles and _LOCATIVE.search(facts.text[max(0, hit.start - 12) : hit.start]):
                hit.vouched = False  # "via Carmelo Peralta", "in Pozo Hondo": places spaCy read as people
            if hit.start < body and not any(self._office(t) in referred for t in hit.titles):
                # A headline in Title Case is no evidence of a name; the body is, also where it names
                # the headline's person only by office ("Prime Minister Lena Holt call with ..." over
                # "The Prime Minister spoke with ...").
                hit.vouched = False
        linked = cluster_people(facts, hits, roles)
        for hit, index in linked:
            facts.claimed.append((hit.start, hit.end))
            facts.title_spans.extend((t[0].start, t[-1].end) for t in hit.titles)
            facts.add_actor(facts.people[index].name, "person", hit.start, hit.end)
        self._office_references(facts)

    def _aliases(self) -> dict[str, list[str]]:
        aliases: dict[str, list[str]] = self.lex.titles.get("office_aliases", {})
        return aliases

    def _aliases_said(self, text: str, start: int) -> list[tuple[str, re.Match[str]]]:
        """Where the text names an office by another name ("the Head of State"), from `start` on."""
        return [
            (said, m)
            for said in self._aliases()
            for m in re.compile(rf"\bthe\s+({re.escape(said)})\b", re.I).finditer(text, start)
        ]

    def _office(self, title: list[Word]) -> str:
        """A title as the body may refer to it: "Icelandic Prime Minister" as "prime minister of IS"."""
        state = self.lex.demonym(title[0].text) if len(title) > 1 else None
        if state is None:
            return fold(" ".join(w.text for w in title))
        return f"{fold(' '.join(w.text for w in title[1:]))} of {state.code}"

    def _offices_of_states(self, text: str, body: int) -> set[str]:
        """ "the Prime Minister of Iceland" in the body: an office and its state, as `_office` writes them."""
        out = set()
        for m in _OFFICE_OF_STATE.finditer(text, body):
            state = self.lex.country(m.group(2)) or self.lex.country(m.group(2).split()[0])
            if state is not None:
                out.add(f"{fold(m.group(1))} of {state.code}")
        return out

    def _office_references(self, facts: Facts) -> None:
        """ "The Commission President arrived a day early", "the Secretary underlined": an office named
        without a name refers to the one person in the article who holds it."""
        for said, m in self._aliases_said(facts.text, 0):  # "the Head of State": the state's president
            titles = self._aliases()[said]
            holders = [
                p
                for p in facts.people
                if any(r.organization is None and _titled_as(fold(r.title), titles) for r in p.roles)
            ]
            holder = _most_told(holders, m.start())
            if holder is not None and not facts.is_claimed(m.start(1), m.end(1)):
                holder.mentions.append(Span(m.start(1), m.end(1)))
                facts.add_actor(holder.name, "person", m.start(1), m.end(1))
        for m in _OFFICE_REFERENCE.finditer(facts.text):
            words = set(fold(m.group(1)).split())
            if not words & self.lex.title_heads or facts.is_claimed(m.start(1), m.end(1)):
                continue
            holders = [p for p in facts.people if any(_holds(words, r) for r in p.roles)]
            if len(holders) == 1:
                holders[0].mentions.append(Span(m.start(1), m.end(1)))
                facts.add_actor(holders[0].name, "person", m.start(1), m.end(1))


def _titled_as(title: str, offices: list[str]) -> bool:
    """ "president of the republic" is a president's title; "vice-president" is not."""
    return any(title == o or title.startswith(o + " ") for o in offices)


def _most_told(people: list[PersonFacts], before: int) -> PersonFacts | None:
    """Of several holders of an office, the one the story has named most so far, else the first it
    named: "the Head of State" in a presidency's note is its own president, whom it opens with."""
    told = [(sum(m.start < before for m in p.mentions), -min(m.start for m in p.mentions), p) for p in people]
    told = [t for t in told if t[0]]
    return max(told, key=lambda t: t[:2])[2] if told else None


def _holds(said: set[str], role: Role) -> bool:
    """Whether an office named without its holder ("the NA President") is this role: its words are
    the role's (its title, body, the body's initials, state), with no rank they leave out ("the NA
    President" is not the NA Vice-President)."""
    body = fold(role.organization or "").split()
    initials = "".join(w[0] for w in body if w not in ("of", "the", "and", "for"))
    words = set(fold(f"{role.title} {role.organization or ''} {role.country or ''}").split()) | {initials}
    return said <= words and not (set(fold(role.title).split()) - said) & RANKS


def _offices_without_holder(text: str, body: int, hits: list[NameHit]) -> set[str]:
    """Offices the body refers to by title alone ("The Prime Minister spoke with ...") while naming
    no one who holds them, folded."""
    held = [set(fold(" ".join(w.text for w in t)).split()) for h in hits if h.start >= body for t in h.titles]
    referred = {fold(m.group(1)) for m in _OFFICE_REFERENCE.finditer(text, body)}
    return {office for office in referred if not any(set(office.split()) <= words for words in held)}


@Language.factory(
    "accord_people",
    requires=["doc.ents", *ext("sentences", "attribution", "countries", "claimed", "furniture")],
    assigns=ext("people", "claimed", "title_spans", "actors"),
)
def make_people(nlp: Language, name: str) -> People:
    return People(nlp, name)


# "the Commission President", "The Secretary": capitalised office words with no name after them.
_OFFICE_REFERENCE = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+)\b(?!\s+(?:of\s+)?[A-Z])")
# "the Prime Minister of Iceland": an office and the state it is of
_OFFICE_OF_STATE = re.compile(
    r"\b[Tt]he\s+((?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+)\s+of\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
)
_LOCATIVE = re.compile(r"\b(?:in|to|from|via|near|at|through)\s+$")
