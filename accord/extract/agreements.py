"""Agreements: named treaties, memoranda, declarations and roadmaps, with status and date.

A name is read off the parse around its kind word ("memorandum", "treaty"): the
modifiers before it ("defence cooperation", "Enhanced Partnership and Cooperation")
and the prepositional phrases after it ("of Understanding on ... value chains").
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Token

from accord.dates import find_dates
from accord.extract.facts import EntityFacts, Facts, is_venue
from accord.extract.lexicon import Lexicon, fold
from accord.records import Span

_KINDS = {
    "agreement",
    "treaty",
    "memorandum",
    "declaration",
    "statement",
    "roadmap",
    "map",
    "protocol",
    "accord",
    "accords",
    "pact",
    "charter",
    "convention",
    "communiqué",
    "communique",
    "statute",
    "plan",
    "programme",
    "mou",
    "treaties",
    "agreements",
    "memoranda",
    "declarations",
    "compact",
    "deal",
    "contract",
    "code",
    "consensus",
    "strategy",
    "notes",
}
# Kinds that name an agreement only when capitalised: "Code of Conduct", "Five-Point Consensus".
_CAPITAL_ONLY = {"code", "consensus", "strategy", "notes"}
# Lower-case kinds that need a modifier to be a particular agreement rather than a common noun.
_NEEDS_MODIFIER = {
    "contract",
    "agreement",
    "statement",
    "plan",
    "programme",
    "deal",
    "map",
    "accord",
    "pact",
    "charter",
    "declaration",
    "protocol",
    "convention",
    "compact",
}
_DROP_MODIFIERS = {
    "first",
    "first-ever",
    "new",
    "historic",
    "landmark",
    "second",
    "third",
    "this",
    "that",
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "any",
    "all",
    "previous",
    "earlier",
    "latest",
    "recent",
    "recently",
    "signed",
    "initial",
    "final",
    "ambitious",
    "major",
    "several",
    "two",
    "three",
    "four",
    "five",
    "some",
    "such",
    "other",
    "another",
    "same",
    "said",
    "existing",
    "important",
    "comprehensive",
    "key",
    "relevant",
    "bilateral",
    "current",
    "former",
    "proposed",
    "draft",
    "long-awaited",
    "so-called",
    "last",
    "original",
    "separate",
    "respective",
}
_NOT_AFTER_KIND = {"centre", "center", "hall", "room", "building", "house", "square", "street", "park"}
_RIGHT_PREPS = {"of", "on", "for", "between", "concerning", "regarding", "to", "in"}
# " (EPCA) between Kazakhstan and the European Union that ...", right after a document's name
_BETWEEN = re.compile(
    r"\s*(?:\([^)]{1,20}\)\s*)?,?\s*(?:signed\s+)?between\s+(?:the\s+)?(?P<a>[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,5})"
    r"\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,5})"
)


_GOVERNMENT_OF = re.compile(r"^(?:the\s+)?(?:Government|Cabinet)\s+of\s+", re.I)


def between_at(text: str, start: int, end: int) -> int:
    """Where a document's name turns to its sides (" between ..."), else its end."""
    at = text.find(" between ", start, end)
    return at if at > start else end


def _bodies_within(facts: Facts, start: int, end: int) -> list[str]:
    """The bodies a document's "between" clause names, in order, when it names two or more."""
    found = [(m, name) for name, org in facts.organizations.items() for m in org.mentions if start <= m.start < end]
    # "National Assembly of the Republic of Armenia", not also the "National Assembly" inside it
    widest = [
        (m, name) for m, name in found if not any(o.start <= m.start and m.end <= o.end and o != m for o, _ in found)
    ]
    names = list(dict.fromkeys(name for _, name in sorted(widest, key=lambda x: x[0].start)))
    return names if len(names) >= 2 else []


_NEXT_DOCUMENT = re.compile(
    r"\b(?:Agreement|Memorandum|Treaty|Convention|Protocol|Declaration|Road\s?[Mm]ap|Accord|Charter|Plan|Programme|MoU)\b"
)
# Bodies whose institutions act for them as a side: the name the story's parties are given.
_BLOCS = {"EU": "European Union", "UN": "United Nations"}
STATUS_CUES = [
    (
        "in_force",
        re.compile(
            r"\b(?:entered|enter|entry|came|come|comes|enters)\s+into\s+force|\bin\s+force\b|"
            r"\btook\s+effect|\bratifi",
            re.I,
        ),
    ),
    (
        "negotiating",
        re.compile(r"\bnegotiat|\binitial(?:l)?ed\s+the\s+text|\binitial\s+(?:peace\s+)?(?:treaty\s+)?text", re.I),
    ),
    ("signed", re.compile(r"\b(?:signed|signing|inked|initial(?:l)?ed|concluded|adopted|sign)\b", re.I)),
    ("implementing", re.compile(r"\bimplement", re.I)),
    ("proposed", re.compile(r"\bpropos|\bdraft\b|\bwould\s+(?:open|start|launch)", re.I)),
]


class AgreementFinder:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def find(self, doc: Doc, facts: Facts) -> None:
        body_start = facts.body_start()
        for token in doc:
            if token.lower_ not in _KINDS or token.idx < body_start and not token.text[:1].isupper():
                continue
            span = self._name_span(token, in_body=token.idx >= body_start)
            if span is None:
                continue
            s, e = span
            name = _tidy(facts.text[s:e])
            if not name:
                continue
            said = _cut(facts.text[s:e]).rstrip(" ,.;:")
            name = self._without_venue(name)
            at = said.find(name)
            e = s + (at + len(name) if at >= 0 else len(said))
            self._add(facts, name, s, e, token, body_start)
        self._acronyms(facts)
        self._also_known_as(facts)
        self._later_mentions(facts)
        for agreement in facts.agreements.values():
            # "Memorandum between the Ministry of Food, Agriculture and Fisheries of Ghana and ...": the
            # bodies after "between" are the organizations' to read, and the parties
            facts.claimed.extend((m.start, between_at(facts.text, m.start, m.end)) for m in agreement.mentions)

    def _without_venue(self, name: str) -> str:
        """ "Joint Roadmap for Deepening Ties in Luxembourg on 23 October 2023": the name stops before
        the date and the place it was agreed, which the parser hangs on the name."""
        dated = next((d for d in find_dates(name, None) if d.start > 0), None)
        if dated is not None and re.search(r"\s(?:on|in|of)\s+$", name[: dated.start]):
            name = re.sub(r"\s+(?:on|in|of)\s+$", "", name[: dated.start])
        elif dated is not None and re.match(r"(?:on|in)\s", dated.text, re.I):  # "... in Wellington on Monday"
            name = name[: dated.start].rstrip()
        venue = re.search(r"\s+in\s+((?:[A-Z][\w'’-]*\s*)+)$", name)
        if venue and (self.lex.place(venue.group(1).strip()) or self.lex.country(venue.group(1).strip())):
            name = name[: venue.start()]
        return name

    def _name_span(self, head: Token, in_body: bool) -> tuple[int, int] | None:
        capital = head.text[:1].isupper()
        if head.lower_ in _CAPITAL_ONLY and not capital:
            return None
        if head.lower_ == "map" and not (head.i > 0 and head.nbor(-1).lower_ == "road"):
            return None
        if head.lower_ in ("agreements", "declarations", "memoranda", "treaties") and not capital:
            return None
        left = self._left_edge(head, capital)
        right = self._right_edge(head, capital, in_body)
        doc = head.doc
        modifiers = [t for t in doc[left : head.i] if t.lower_ not in _DROP_MODIFIERS]
        if not capital and not modifiers and right == head.i:
            return None  # "the treaty": a mention of one already named, or of none
        if not capital and head.lower_ == "statement" and not any(t.lower_ == "joint" for t in modifiers):
            return None
        if not capital and head.lower_ == "deal" and not modifiers:
            return None
        tail = doc[head.i + 1 : head.i + 4].text.lower()
        if not capital and re.match(r"of the (?:visit|meeting|talks|summit|day|event|ceremony|session)", tail):
            return None  # "the programme of the visit"
        if head.i + 1 < len(doc) and doc[head.i + 1].lower_ in _NOT_AFTER_KIND:
            return None  # "Kuala Lumpur Convention Centre", "Treaty Room": a place named after a kind
        if capital and right == head.i and left == head.i and head.lower_ in _NEEDS_MODIFIER | {"communiqué"}:
            return None  # a bare "Protocol" or "Communiqué": the document itself, not a named agreement
        return doc[left].idx, doc[right].idx + len(doc[right].text)

    @staticmethod
    def _left_edge(head: Token, capital: bool) -> int:
        i = head.i
        doc = head.doc
        while i > 0:
            prev = doc[i - 1]
            dropped = prev.lower_ in _DROP_MODIFIERS and not (capital and prev.text[:1].isupper())
            if (
                dropped
                or prev.is_punct
                and prev.text not in ("-", "–")
                or prev.like_num
                or not capital
                and prev.pos_ in ("VERB", "AUX", "ADP", "PRON", "DET", "CCONJ")
            ):
                break
            if capital and not (prev.text[:1].isupper() or prev.lower_ in ("and", "of", "for", "on", "-", "–")):
                break
            if not capital and not (
                prev.dep_ in ("compound", "amod", "nmod", "npadvmod")
                and prev.head.i >= i
                or prev.text in ("-", "–")
                or prev.head.i == i
                and prev.dep_ != "det"
            ):
                break
            i -= 1
        while i < head.i and doc[i].lower_ in ("and", "of", "for", "on", "-", "–"):
            i += 1
        return i

    @staticmethod
    def _right_edge(head: Token, capital: bool, in_body: bool) -> int:
        end = head.i
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in _RIGHT_PREPS:
                last = max(t.i for t in child.subtree)
                if last - head.i > 30:
                    break
                if child.lower_ in ("to", "in") and not capital:
                    break
                end = max(end, last)
            elif child.dep_ in ("compound", "appos") and capital and child.text[:1].isupper():
                end = max(end, max(t.i for t in child.subtree))
            else:
                break
        doc = head.doc
        # "Memorandum of Understanding | on a strategic partnership ...": a phrase the parser hung elsewhere.
        while (
            end + 1 < len(doc)
            and doc[end + 1].lower_ in ("on", "between", "concerning", "regarding")
            and doc[end + 1].dep_ == "prep"
        ):
            nxt = doc[end + 1]
            last = max(t.i for t in nxt.subtree)
            if last <= end or last - head.i > 30:
                break
            end = last
        if capital and in_body:  # a headline is title case throughout
            end = _title_case_run(doc, end, head.i + 40)
        while end > head.i and (doc[end].is_punct or doc[end].lower_ in ("and", "the", "of")):
            end -= 1
        return end

    def _add(self, facts: Facts, name: str, s: int, e: int, head: Token, body_start: int) -> None:
        key = fold(name)
        for agreement in facts.agreements.values():
            keys = {fold(agreement.name)} | {fold(a) for a in agreement.aliases}
            if key in keys or any(span.start <= s and e <= span.end for span in agreement.mentions):
                agreement.mentions.append(Span(s, e))
                return
        short = _short_name(name, head)
        for agreement in facts.agreements.values():
            headline = all(m.start < body_start for m in agreement.mentions)  # "... sign Joint Statement"
            if (
                short
                and fold(name).startswith(fold(short))
                and len(name) > len(agreement.name)
                and fold(agreement.name) == fold(short)
                and (headline or short == _short_name(agreement.name, None))
            ):
                agreement.aliases.add(agreement.name)
                agreement.name = name
                agreement.mentions.append(Span(s, e))
                return
        found = EntityFacts(name=name, mentions=[Span(s, e)], rule=f"document.{head.lower_}")
        if short and fold(short) != key and len(short.split()) > 1:
            found.aliases.add(short)
        self._context(facts, found, s, e)
        facts.agreements[name] = found

    def _context(self, facts: Facts, agreement: EntityFacts, s: int, e: int) -> None:
        """Status, signing date and parties from the sentence that first names the agreement."""
        sent = next((x for x in facts.sentences if x.start <= s < x.end), None)
        if sent is None:
            return
        text = facts.text[sent.start : sent.end]
        lo = max(0, s - sent.start - 80)
        window = text[lo : e - sent.start + 80]
        after = e - sent.start - lo
        for status, cue in STATUS_CUES:
            # "a Road Map to implement the recently signed Memorandum": a cue just before another
            # document's name is that one's
            if any(
                m.start() < after or not _NEXT_DOCUMENT.search(window, m.end(), m.end() + 40)
                for m in cue.finditer(window)
            ):
                agreement.status = status
                break
        if agreement.status == "signed":
            dates = [d for d in find_dates(text, facts.anchor) if d.value]
            if dates:  # the date said nearest the name: "X in 2019, and Y ... on 23 October 2023"
                at, end = s - sent.start, e - sent.start
                agreement.date = min(dates, key=lambda d: max(at - d.end, d.start - end, 0)).value
        parties = [
            code
            for code, spans in facts.countries.items()
            if any(sent.start <= sp.start < sent.end and not is_venue(facts.text, sp.start) for sp in spans)
        ]
        inside = facts.text.rfind(" between ", s, e)  # "Framework Agreement ... between Mercosur| and the ..."
        between = _BETWEEN.match(facts.text, inside if inside >= 0 else e, min(sent.end, e + 160))
        sides = [self._party(facts, between[k]) for k in ("a", "b")] if between else []
        # "the EPCA between Kazakhstan and the EU": the two sides it names, a body among them
        agreement.parties = [p for p in sides if p] if all(sides) else parties[:6]

    @staticmethod
    def bodies_between(facts: Facts) -> None:
        """ "Memorandum between the Ministry of Food, Agriculture and Fisheries of Ghana and the Ministry of
        Agriculture of Togo": once the bodies are known, the ones its name is between are its parties."""
        for agreement in facts.agreements.values():
            for m in agreement.mentions:
                at = between_at(facts.text, m.start, m.end)
                if at == m.end or _BETWEEN.match(facts.text, at, m.end):
                    continue  # none, or sides the sentence's reading already has ("between X and Y")
                bodies = _bodies_within(facts, at, m.end)
                if bodies:
                    agreement.parties = bodies
                    break

    def default_parties(self, facts: Facts) -> None:
        """ "the recently signed Memorandum": a document whose sentence names no party is between
        the two sides the story is about, when two stand out (a state's code, the EU or UN by name)."""
        counts: Counter[str] = Counter({code: len(spans) for code, spans in facts.countries.items()})
        for org in facts.organizations.values():
            if org.country in _BLOCS:
                counts[_BLOCS[org.country]] += len(org.mentions)
        top = counts.most_common(3)
        if len(top) < 2 or top[1][1] < 2 or len(top) == 3 and top[2][1] * 2 > top[1][1]:
            return
        for agreement in facts.agreements.values():
            if not agreement.parties:
                agreement.parties = [top[0][0], top[1][0]]

    def _party(self, facts: Facts, said: str) -> str | None:
        """A side of "between X and Y" as a party: a state's code, a body's name as the article gives it,
        else the name as written ("between Druk Green Power Corporation and the ... Board")."""
        # "the Government of the Republic of Chile" is the state
        state = self.lex.country(_GOVERNMENT_OF.sub("", said))
        if state is not None:
            return state.code
        key = fold(said)
        for name, org in facts.organizations.items():
            if key in {fold(name), *(fold(a) for a in org.aliases)}:
                return name
        entry = self.lex.org(said)
        return entry.name if entry is not None else said

    @staticmethod
    def _also_known_as(facts: Facts) -> None:
        """ "The full title is the Agreement between ... Referred to as the Reciprocal Access Agreement,
        it ...": one document under two names, the later one an alias."""
        for later in list(facts.agreements.values()):
            called = next(
                (m for m in later.mentions if _KNOWN_AS.search(facts.text[max(0, m.start - 40) : m.start])), None
            )
            if called is None:
                continue
            before = [
                (m.end, a)
                for a in facts.agreements.values()
                if a is not later
                for m in a.mentions
                if 0 <= called.start - m.end < 400
            ]
            if before:
                earlier = max(before, key=lambda x: x[0])[1]
                earlier.aliases |= {later.name, *later.aliases}
                earlier.mentions = sorted([*earlier.mentions, *later.mentions], key=lambda m: m.start)
                del facts.agreements[later.name]

    def _acronyms(self, facts: Facts) -> None:
        for agreement in facts.agreements.values():
            for m in agreement.mentions[:1]:
                after = re.match(r"\s*\(([A-Z][A-Za-z-]{1,9})\)", facts.text[m.end : m.end + 14])
                if after:
                    agreement.aliases.add(after.group(1))

    def _later_mentions(self, facts: Facts) -> None:
        for agreement in facts.agreements.values():
            for alias in [a for a in agreement.aliases if a.isupper()]:
                for m in re.finditer(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])", facts.text):
                    if Span(m.start(), m.end()) not in agreement.mentions:
                        agreement.mentions.append(Span(m.start(), m.end()))


_KNOWN_AS = re.compile(
    r"\b(?:referred to|known|designated|hereinafter)\s+as\s+(?:the\s+)?$|"
    r"\b(?:dubbed|called)\s+(?:the\s+)?$",
    re.I,
)
_TITLE_JOINERS = {"of", "the", "and", "on", "for", "in", "a", "an", "'s", "’s", "-", "–", "between", "to", "concerning"}


def _title_case_run(doc: Doc, end: int, limit: int) -> int:
    """ "Joint Statement of the Republic of Tajikistan | and the People's Republic of China on the
    Establishment of ... in a New Era": a title goes on in title case wherever the parser hung it."""
    last = end
    i = end + 1
    while i < min(len(doc), limit):
        token = doc[i]
        if (
            token.text[:1].isupper()
            and token.is_alpha
            and len(token) > 1
            or token.like_num
            and last == i - 1
            or token.is_alpha
            and doc[i - 1].text == "-"
            and last == i - 2
        ):  # "Boko Haram-affected"
            last = i
        elif token.lower_ not in _TITLE_JOINERS and not (
            token.text == "," and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()
        ):
            break  # "for the Stabilization, Recovery and Resilience of ...": a list inside the title goes on
        i += 1
    return last


def _cut(name: str) -> str:
    """A name ends at a line break, a bracket, a closing quote, a relative clause, the place it was
    signed ("at Malacañan Palace", "in Manila") or a generic "between the two countries"."""
    name = re.split(
        r"\n|\s+\(|[»”\"]|,\s+(?:which|that|who|where|when|signed|adopted|concluded|agreed|initial(?:l)?ed|"
        r"reached|issued|ratified)\b"
        # "a Memorandum on X and an Agreement on Y": two documents, not one name
        r"|\s+(?:and|as well as)\s+(?:an?\s+|the\s+)?"
        r"(?=" + _NEXT_DOCUMENT.pattern + r"\s+(?:on|of|for|between|concerning)\s)",
        name,
    )[0]
    if name[:1].islower():
        name = re.split(r"\s+(?:at|in)\s+(?:the\s+)?[A-Z]", name)[0]
    return re.sub(r"\s+between\s+(?:the|both)\s+(?:two\s+)?(?:countries|sides|nations|states|parties)$", "", name)


def _short_name(name: str, head: Token | None) -> str | None:
    """ "Memorandum of Understanding on ..." -> "Memorandum of Understanding"; "Joint Declaration ..." -> itself."""
    m = re.match(
        r"^(.*?\b(?:Memorandum of Understanding|Agreement|Treaty|Declaration|Statement|Road ?[Mm]ap|"
        r"Protocol|Memorandum|Charter|Convention|Accord|Pact|Plan|Programme)\b)(?:\s+(?:on|for|between|of)\b.*)$",
        name,
        re.I,
    )
    return m.group(1) if m else None


def _tidy(name: str) -> str:
    name = _cut(name)
    name = re.sub(r"\s+", " ", name).strip(" ,.;:\"“”«»'")
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
    return name if len(name) >= 3 else ""
