"""accord_offices: the state each office is held for, where its words do not say ("President
Tokayev"): the person's other offices, the dateline, the state the story is most about, or
the one a counterpart in the same sentence does not represent."""

import re
from collections import Counter

from spacy.language import Language

from accord.dates import LINE_PIECES
from accord.extract.components.base import Component, ext
from accord.extract.facts import Facts, PersonFacts, Sentence, overlaps
from accord.extract.lexicon import Lexicon, fold
from accord.records import Span


class Offices(Component):
    def run(self, facts: Facts) -> None:
        _default_role_countries(facts, self.lex)


@Language.factory(
    "accord_offices",
    requires=ext("sentences", "people", "countries", "organizations", "places", "dateline_country"),
    assigns=ext("people"),
)
def make_offices(nlp: Language, name: str) -> Offices:
    return Offices(nlp, name)


# "together with Mexican representatives": the other side of the table, not the person's own state
# "the Jordanian minister", "Indonesian counterpart": a state that qualifies someone else in the sentence
_OTHER_SIDE = re.compile(
    r"\s+(?:representatives|officials|counterparts?|delegation|delegates|side|authorities|"
    r"(?:foreign |prime |deputy )?ministers?|guests?|leaders?)\b"
)
_INTERACTION = re.compile(
    r"\b(?:met|meets|meeting|talks?|calls?|called|phoned|conversations?|spoke|received|"
    r"receives|hosted|hosts|welcomed|visit|visited|counterpart|greetings|conveyed|message|letter|invitation|"
    r"invited|thanked|congratulated|present|attended|signed)\b",
    re.I,
)
_ON_BEHALF = re.compile(
    r"^[^.;]{0,80}?\b(?:for|on behalf of)\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
    r"(?:\s+side)?\b"
)


def _titles_by_polity(facts: Facts, lex: Lexicon) -> dict[str, set[str]]:
    """ "the Sri Lankan president", "India's foreign secretary": which polities the text gives each office."""
    found: dict[str, set[str]] = {}
    for sent in facts.sentences:
        ws = sent.words
        for i in range(len(ws) - 1):
            if not ws[i].text[:1].isupper():
                continue  # a state or demonym is capitalised; most words are not, and the lookups add up
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


def _interactions(facts: Facts) -> dict[int, set[int]]:
    """For each person, the people they meet, call or receive in a sentence: of the other side."""
    sentence_of: dict[int, set[int]] = {}
    for i, person in enumerate(facts.people):
        for m in person.mentions:
            k = facts.sentence_index(m.start)
            if k is not None and _INTERACTION.search(facts.text[facts.sentences[k].start : facts.sentences[k].end]):
                sentence_of.setdefault(i, set()).add(k)
    return {i: {j for j in sentence_of if j != i and sentence_of[j] & own} for i, own in sentence_of.items()}


def _first_in_body(facts: Facts, person: PersonFacts) -> Span:
    """The person's first mention in the body; the headline's only where the body has none."""
    body = facts.body_start()
    return min(person.mentions, key=lambda m: (m.start < body, m.start))


def _sentence_at(facts: Facts, at: int) -> Sentence | None:
    """The sentence holding character `at`, if any."""
    k = facts.sentence_index(at)
    return facts.sentences[k] if k is not None else None


def _sole_country_beside(facts: Facts, person: PersonFacts, taken: set[str]) -> str | None:
    """ "China agreed to host the talks at the initiative of President Xi Jinping": the one state named
    in the sentence that first names the person, when no counterpart there represents it."""
    first = _first_in_body(facts, person)
    sent = _sentence_at(facts, first.start)
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


def _seat_beside(facts: Facts, person: PersonFacts, taken: set[str]) -> str | None:
    """ "Minister Elena Petrova and the Serbian minister during their meeting in Sofia": the state of
    the one place named in the sentence that first names the person, when no counterpart is of it."""
    sent = _sentence_at(facts, _first_in_body(facts, person).start)
    if sent is None:
        return None
    seats = {
        p.country
        for p in facts.places.values()
        if p.country and any(sent.start <= m.start < sent.end for m in p.mentions)
    }
    return next(iter(seats)) if len(seats) == 1 and not seats & taken else None


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
    own = publisher(facts)
    leading = [own, facts.dateline_country, setting if setting in top[:2] else None]
    ranked = list(dict.fromkeys(c for c in [*leading, *top] if c))
    main = ranked[0] if ranked else None
    meets = _interactions(facts)
    by_office = _titles_by_polity(facts, lex)
    claimed: dict[str, set[str]] = {}
    for person in facts.people:
        for role in person.roles:
            if role.country:
                claimed.setdefault(fold(role.title), set()).add(role.country)
    paired = _paired_polities(facts)
    held = {i: {r.country for r in p.roles if r.country} for i, p in enumerate(facts.people)}
    # in order of appearance: whom the publisher's official meets is of the other side
    for i in sorted(range(len(facts.people)), key=lambda k: _first_in_body(facts, facts.people[k]).start):
        person = facts.people[i]
        taken = {c for j in meets.get(i, ()) for c in held[j]}
        known = next((r.country for r in person.roles if r.country), None)
        default = paired.get(i) or (own if own and own not in taken else None)
        if default and default == own and not known:
            held[i].add(own)
        # never the one state of everyone the person meets: that is the other side; among several
        # sides met at once ("welcomed by the President, together with the Mayor"), the story's own
        default = (
            default
            or _sole_country_beside(facts, person, taken)
            or next((c for c in ranked if c not in taken), None)
            or _seat_beside(facts, person, taken)
            or (main if len(taken) > 1 else None)
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


# "Kingdom of Morocco | Ministry of Foreign Affairs", "© Ministry for Europe and Foreign Affairs of the
# Republic of Albania", "Presidencia de la República de Costa Rica", "Embassy of Japan in Kenya":
# a page's own line naming the government that publishes it.
_PUBLISHER_LINE = re.compile(
    r"^(?:©\s*(?:\d{4}\s*)?|copyright\s+)?(?:the\s+)?(?:ministry|ministère|ministerio|presidency|presidencia|"
    r"présidence|government|gobierno|embassy|embajada|permanent mission|office of the (?:president|prime minister)|"
    r"prime minister's office|president's office|kingdom of|republic of|state of|parliament)\b",
    re.I,
)


def publisher(facts: Facts) -> str | None:
    """The state whose government publishes the page, from its head or its foot: officials named
    there without a state are most likely its own."""
    text = facts.text
    body = facts.body_start()
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    head = [ln for ln in lines if ln[1] <= body]
    for start, end in head + lines[-5:]:
        said = text[start:end].strip()
        if len(said) > 150 or not any(_PUBLISHER_LINE.match(piece) for piece in LINE_PIECES.split(said)):
            continue
        found = _first_polity_in(facts, start, end)
        if found:
            return found
    return None


def _first_polity_in(facts: Facts, start: int, end: int) -> str | None:
    """The state first named in [start, end): by name, or by a city of it ("... – Amman")."""
    named = [(sp.start, code) for code, spans in facts.countries.items() for sp in spans if start <= sp.start < end]
    named += [
        (m.start, place.country)
        for place in facts.places.values()
        if place.country
        for m in place.mentions
        if start <= m.start < end
    ]
    return min(named)[1] if named else None


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
