"""Events read from the dependency parse: a predicate of a known class and its arguments.

A predicate is a verb ("received", "met", "visited") or a light verb with its noun ("held
talks", "paid a visit", "granted an audience"), each a row of `patterns/predicates.jsonl`
with an id and an event type. Its arguments come from the parse, whatever the wording:
the subject (or the passive agent: "was received by X"), the object, the "with", "to",
"on" and "between" phrases, conjoined actors, and the place an "in" or "at" phrase ties
to it. An argument counts through the people, bodies and states the other components
found inside it; "the two ministers" and "the sides" stand for those the story named.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Token

from accord.event_types import EventType, info
from accord.extract.facts import Actor, Facts, Predicate, text_of
from accord.extract.lexicon import NUMBER_WORDS, ORG_HEADS, Lexicon, fold
from accord.extract.roles import same_rank

# Clauses inside an argument that say something else about it ("Y, who had arrived to attend
# the forum"): their actors are not the argument's.
_ASIDE = frozenset({"relcl", "acl", "advcl", "appos_clause"})
_ONWARD = frozenset({"on", "onward", "onwards", "back", "straight"})
_SUBJECTS = frozenset({"nsubj", "csubj"})
_LED = re.compile(r"^(?:led|headed|accompanied)$", re.I)

_GATHERINGS = frozenset(
    {
        "meeting",
        "summit",
        "conference",
        "forum",
        "session",
        "congress",
        "games",
        "cup",
        "championship",
        "ceremony",
        "event",
        "exhibition",
        "festival",
        "expo",
        "talks",
        "dialogue",
        "round",
    }
)
# Words for people or sides that are no office: "received his counterpart", "welcomed the guests".
_PEOPLE = frozenset(
    {
        "counterpart",
        "counterparts",
        "interlocutor",
        "interlocutors",
        "colleague",
        "colleagues",
        "guest",
        "guests",
        "delegation",
        "delegations",
        "envoy",
        "envoys",
        "official",
        "officials",
        "leader",
        "leaders",
        "side",
        "sides",
        "visitor",
        "visitors",
        "dignitary",
        "host",
        "hosts",
        "partner",
        "partners",
        "member",
        "members",
        "who",
    }
)
_SITTINGS = frozenset({"session", "sessions", "sitting"})
# Bodies whose meetings are sittings of their own: "the Joint Commission will meet in July".
_SITTING_BODIES = frozenset({"commission", "committee", "council", "cabinet", "board", "subcommittee"})
_STATES = frozenset({"sides", "countries", "parties", "delegations"})
# "the two governors": the people whose offices have the word, by the plural the copy writes
_OFFICE_GROUPS = {
    "ministers": "minister",
    "presidents": "president",
    "governors": "governor",
    "mayors": "mayor",
    "speakers": "speaker",
    "ambassadors": "ambassador",
    "secretaries": "secretary",
    "chairmen": "chairman",
    "premiers": "premier",
}
# "the two ministers", "both sides", "the leaders": a side named by what its members are.
_GROUP = re.compile(
    r"^(?:the|both)\s+(?:(two|three|four|five)\s+)?(?:([a-z-]+)\s+)?"
    r"("
    + "|".join(
        [*_OFFICE_GROUPS, "leaders", "sides", "countries", "delegations", "heads of state", "heads of government"]
        + ["counterparts", "parties", "interlocutors", "chairs", "co-chairs"]
    )
    + r")(?:\s+of\s+the\s+(two|three|four|five)\s+(?:countries|states|nations|sides))?$",
    re.I,
)
# "agreed to hold the next round", "plan to meet": what an infinitive after these announces
_INTENT = frozenset(
    {"plan", "plans", "planned", "expected", "agree", "agreed", "agrees", "decide", "decided", "decides"}
    | {"intend", "intends", "intended", "propose", "proposed", "proposes", "resolved"}
)
_SAID = frozenset({"said", "says", "reported", "reports", "announced", "stated", "noted", "informed", "added"})
_CHAIRED = frozenset({"co-chaired", "cochaired", "chaired", "presided", "led"})
_FUTURE = re.compile(
    r"\b(?:will|shall|is to|are to|is due|are due|plans? to|is expected|are expected"
    r"|(?:is|are) (?:set|scheduled|planned|slated) to|to be held)\b",
    re.I,
)


@dataclass(frozen=True)
class Row:
    """One predicate class: its words, its event type, and where its arguments are."""

    id: str
    type: str
    words: frozenset[str]
    nouns: frozenset[str] = frozenset()  # a light verb's noun ("held talks"): the predicate is the pair
    modifiers: frozenset[str] = frozenset()  # words the noun must carry ("telephone talk")
    object: str = "none"  # what the direct object is: "counterpart", "destination" or "none"
    preps: frozenset[str] = frozenset()  # prepositions whose objects are the other side
    destination: frozenset[str] = frozenset()  # prepositions whose objects are where a visit goes
    no_infinitive: bool = False  # "called on X" is a courtesy call; "called on X to do Y" an appeal
    # "arrived at the airport and was greeted by the Minister": the welcome on arrival, which tells no
    # talks but the visit (this type) and its host
    on_arrival: str | None = None
    symmetric: bool = False  # "X and Y met": both sides may stand in one argument
    nominal: bool = False  # the words are nouns ("her visit to Ulaanbaatar"): the possessor is the subject
    # A body's sitting ("the Commission held its 11th session", "the next round of consultations will
    # be held"): its co-chairs where named, else the body, else the subject; one side is enough.
    session: bool = False
    # Taking part in a gathering ("attended the X summit", "participated in the meeting of the Y
    # Council", "is due to attend the Z ministerial meeting"): the attendee and the body that gathers.
    attend: bool = False
    departure: bool = False  # "left for X", "flew to X": where the subject goes, which may be home, not a visit

    @classmethod
    def of(cls, row: dict[str, Any]) -> Row:
        def words(key: str) -> frozenset[str]:
            return frozenset(row.get(key, ()))

        return cls(
            id=row["id"],
            type=row["type"],
            words=words("words"),
            nouns=words("nouns"),
            modifiers=words("modifiers"),
            object=row.get("object", "none"),
            preps=words("preps"),
            destination=words("destination"),
            no_infinitive=bool(row.get("no_infinitive")),
            on_arrival=row.get("on_arrival"),
            symmetric=bool(row.get("symmetric")),
            nominal=bool(row.get("nominal")),
            session=bool(row.get("session")),
            attend=bool(row.get("attend")),
            departure=bool(row.get("departure")),
        )


@dataclass
class _Reading:
    subject: list[Token] = field(default_factory=list)
    others: list[Token] = field(default_factory=list)
    destination: list[Token] = field(default_factory=list)
    places: list[Token] = field(default_factory=list)


class PredicateReader:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.rows = [Row.of(r) for r in lex.predicates]
        ids = [r.id for r in self.rows]
        if len(ids) != len(set(ids)):
            raise ValueError(f"predicate rows with the same id: {sorted(i for i in ids if ids.count(i) > 1)}")
        for row in self.rows:
            info(row.type)  # a row of a type nobody registered stops the extractor here
        self.by_word: dict[tuple[bool, str], list[Row]] = {}
        for row in self.rows:
            for word in row.words:
                self.by_word.setdefault((row.nominal, word), []).append(row)

    def read(self, facts: Facts) -> list[Predicate]:
        doc = facts.doc
        body = facts.body_start()
        found = []
        for token in doc:
            if token.idx < body or token.pos_ not in ("VERB", "AUX", "NOUN"):
                continue
            for row in self.by_word.get((token.pos_ == "NOUN", token.lower_), ()):
                matches, noun = (
                    (True, None)
                    if row.nominal
                    else self._sitting_noun(facts, row, token)
                    if row.session
                    else self._noun(row, token)
                )
                if not matches:
                    continue
                predicate = (
                    self._nominal(facts, row, token)
                    if row.nominal
                    else self._attendance(facts, row, token)
                    if row.attend
                    else self._session(facts, row, token, noun)
                    if row.session and noun is not None
                    else self._predicate(facts, row, token, noun)
                )
                if predicate is not None:
                    found.append(predicate)
                    break
        return found

    def _nominal(self, facts: Facts, row: Row, noun: Token) -> Predicate | None:
        """ "recalled her visit to Ulaanbaatar last year", "the Minister's trip to Oman", "recalled his
        telephone conversation with the Minister of X": a happening named by its noun, whose possessor
        (or "by" phrase) is the subject, and the object of its "with" the other side."""
        if row.modifiers and not {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")} & row.modifiers:
            return None
        subject = [c for c in noun.children if c.dep_ == "poss"]
        # "the visit by X", "the forthcoming visit of a delegation of the Y"
        by = ("by", "of") if not row.preps else ("by",)
        subject += [o for c in noun.children if c.dep_ == "prep" and c.lower_ in by for o in _objects(c)]
        subject = subject or _relative_owner(noun)
        places = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in row.destination for o in _objects(c)]
        side = self._side(facts, subject, noun)
        if row.preps:  # talks named by their noun: two sides, no destination
            others = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in row.preps for o in _objects(c)]
            other = self._side(facts, others, noun)
            if not side or not other:
                return None
            return Predicate(
                kind=row.type,
                rule=row.id,
                start=noun.idx,
                end=noun.idx + len(noun.text),
                sides=[side, other],
                future=False,
            )
        destination = _place_of(facts, places)
        if not side or destination is None:
            return None
        head = noun.head if noun.head.pos_ in ("VERB", "AUX") else noun
        copula = _copula(noun)
        return Predicate(
            kind=row.type,
            rule=row.id,
            start=noun.idx,
            end=noun.idx + len(noun.text),
            sides=[side],
            destination=destination,
            future=_is_future(copula or head) if (copula or head) is not noun else False,
            main=copula is not None and _main(copula),  # "X is on a visit to Y" tells the visit
        )

    def _sitting_noun(self, facts: Facts, row: Row, verb: Token) -> tuple[bool, Token | None]:
        """What a body's sitting is named by: the light verb's noun ("held its 11th session"), the noun
        a relative clause or an infinitive hangs from ("the next meeting of the X Commission, which is
        planned to be held in May"; "..., to be held in Ankara next month"), or the body itself ("the
        12th Joint Commission will be held in Manila", "convene the Joint Permanent Commission")."""
        matches, noun = self._noun(row, verb)
        if noun is not None:
            return matches, noun
        head = verb  # "which is planned to be held": the subject of the verb the infinitive completes
        while head.dep_ == "xcomp" and not any(c.dep_ in _SUBJECTS | {"nsubjpass"} for c in head.children):
            head = head.head
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # the body is what is held ("the Commission will be held") or convened, or, with no object, what
        # convenes ("the Council will convene in May"); "the Committee held a video conference" is talks
        said = [c for c in head.children if c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and not objects] + objects
        for child in said:
            if child.lower_ in ("which", "that"):
                return self._sitting_of(facts, row, head.head) if head.dep_ == "relcl" else (False, None)
            return self._sitting_of(facts, row, child) if self._sitting_body(facts, child) else (False, None)
        if verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBN" and any(c.lower_ == "to" for c in verb.children):
            before = [t for t in verb.sent if t.i < verb.i and t.lower_ in row.nouns and t.pos_ == "NOUN"]
            return (True, before[-1]) if before else (False, None)
        return False, None

    def _sitting_of(self, facts: Facts, row: Row, token: Token) -> tuple[bool, Token | None]:
        """ "the meeting of the Joint Committee, which ...": the gathering noun, else the body; the
        relative clause may hang from the body's last word ("the Commission on Economic Cooperation,
        which")."""
        body = None
        for _ in range(4):
            if token.lower_ in row.nouns:
                return True, token
            if body is None and self._sitting_body(facts, token):
                body = token
            if token.head.dep_ != "prep" or token.head.head.pos_ not in ("NOUN", "PROPN"):
                break
            token = token.head.head
        return (True, body) if body is not None else (False, None)

    def _sitting_body(self, facts: Facts, token: Token) -> bool:
        """A body that sits: a commission, committee, council, cabinet the article names."""
        bodies = self._bodies(facts, [token])
        return bool(bodies) and bool(set(fold(bodies[0].name).split()) & _SITTING_BODIES)

    @staticmethod
    def _noun(row: Row, verb: Token) -> tuple[bool, Token | None]:
        """Whether the verb is this row's, and the light verb's noun where the row needs one."""
        if not row.nouns:
            return True, None
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubjpass") and child.lower_ in row.nouns:
                mods = {c.lower_ for c in child.children if c.dep_ in ("compound", "amod", "nmod")}
                if not row.modifiers or mods & row.modifiers:
                    return True, child
        return False, None

    def _predicate(self, facts: Facts, row: Row, verb: Token, noun: Token | None) -> Predicate | None:
        if row.no_infinitive and any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
            return None
        arrival = bool(row.on_arrival) and _on_arrival(verb)
        reading = _arguments(row, verb, noun)
        if row.preps and row.object == "none" and not reading.others and row.type != "visit":
            return None  # "spoke" alone, "called" with no "on": not this predicate
        others = [self._side(facts, [t], verb) for t in reading.others]
        # "The Prime Minister spoke with the Prime Minister of Iceland": the holder who is not the other side
        taken = {a.name for side in others for a in side}
        sides = [s for s in (self._side(facts, reading.subject, verb, taken), *others) if s]
        if not row.symmetric and row.type != "visit" and len(sides) < 2:
            return None  # "the two ministers welcomed the agreement": no one was welcomed
        if arrival:  # "was welcomed at the airport by Y": no talks, but Y hosts the visit
            sides = sides[1:] + sides[:1]
        end_token = noun if noun is not None and noun.i > verb.i else verb
        destination = _place_of(facts, reading.destination)
        if row.departure and sides and destination and self._home(facts, sides[0], destination):
            return None
        return Predicate(
            kind=row.on_arrival if row.on_arrival and arrival else row.type,
            arrival=arrival,
            rule=row.id,
            start=verb.idx,
            end=end_token.idx + len(end_token.text),
            sides=sides,
            destination=destination,
            place=_place_of(facts, reading.places),
            future=_is_future(verb),
            main=_main(verb),
            clause=_clause(verb),
        )

    def _home(self, facts: Facts, side: list[Actor], destination: str) -> bool:
        """Whether a destination is the own state of everyone on the side ("Sweden's minister left for
        Stockholm"): going home."""
        state, city = self.lex.country(destination), self.lex.place(destination)
        home = state.code if state is not None else city.country if city is not None else None
        names = {a.name for a in side}
        held = {r.country for p in facts.people if p.name in names for r in p.roles}
        return home is not None and held == {home}

    def _session(self, facts: Facts, row: Row, verb: Token, noun: Token) -> Predicate | None:
        """ "The X Commission held its 11th session in Tbilisi, co-chaired by A and B": A and B met;
        "the next session of the Commission will be held in Yerevan in 2025": the Commission will;
        "the sides agreed to hold the fifth round of consultations in Dhaka": the two states will."""
        reading = _arguments(row, verb, noun)
        if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children):
            return None  # "held a working session with officials of X": talks, read as such
        of = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in _objects(c)]
        if noun.lower_ not in row.nouns:
            of = [noun]  # the body itself: "the Joint Commission will be held in Manila"
        elif not of and noun.lower_ not in _SITTINGS and not _numbered(noun):
            return None  # "A and B held a meeting": talks; "the next meeting of the Commission": a sitting
        chairs = [o for t in (verb, noun) for c in t.subtree if _chairs(c) for o in _chair_objects(c)]
        subject = self._side(facts, reading.subject, verb)
        side = (
            self._people(facts, chairs)
            or self._bodies(facts, of)
            or self._bodies(facts, reading.subject)
            or (subject if len(subject) > 1 else [])  # "the two sides agreed to hold the next round"
            or (_story_states(facts, 2, self.lex.country_names) if _agreed_by_no_one(verb) else [])
        )
        if not side:
            return None
        # "Heads of Government of CARICOM began their 49th Regular Meeting": a group's gathering
        group = len(side) == 1 and (entry := self.lex.org(side[0].name)) is not None and entry.country is None
        return Predicate(
            kind=EventType.SUMMIT if group else row.type,
            rule=row.id,
            start=verb.idx,
            end=max(verb.idx + len(verb.text), noun.idx + len(noun.text)),
            sides=[side],
            place=_place_of(facts, reading.places),
            future=_is_future(verb),
            main=_main(verb),
            session=True,
            clause=_clause(verb),
        )

    def _attendance(self, facts: Facts, row: Row, verb: Token) -> Predicate | None:
        """ "President X attended the opening of the AU summit", "Minister Y participated in the meeting
        of the Executive Council", "Z took part in the forum": the attendee at a group's gathering."""
        gathering = _gathering(verb)
        if gathering is None:
            return None
        subject = [a for a in self._side(facts, _arguments(row, verb, None).subject, verb) if a.kind == "person"]
        body = self._bodies(facts, [gathering])
        if not subject or not body:
            return None  # a gathering of no body the article names: read by the phrase rules, if at all
        tied = [c for t in (verb, gathering) for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
        return Predicate(
            kind=row.type,
            rule=row.id,
            start=verb.idx,
            end=gathering.idx + len(gathering.text),
            sides=[subject, body[:1]],
            place=_place_of(facts, [o for c in tied for o in _objects(c)]),
            future=_is_future(verb),
            main=_main(verb),
        )

    def _people(self, facts: Facts, tops: list[Token]) -> list[Actor]:
        found = [a for a in self._side(facts, tops, tops[0].head) if a.kind == "person"] if tops else []
        return found if len(found) > 1 else []  # co-chairs are two or more

    def _bodies(self, facts: Facts, tops: list[Token]) -> list[Actor]:
        """The body an argument names: an organization found there, or "the commission", "the Forum
        leaders' meeting" for the one body the article names with that head word."""
        out: list[Actor] = []
        for top in tops:
            whole = {t.idx for t in top.subtree}
            named = [a for a in facts.actors_in(min(whole), max(whole) + 200) if a.start in whole and a.kind == "org"]
            if named:  # a body the lexicon knows first: "the Meeting of Heads of State and Government of SICA"
                out.append(min(named, key=lambda a: self.lex.org(a.name) is None))
                continue
            for word in [top, *(w for left in reversed(list(top.lefts)) for w in left.subtree)]:
                body = _body_called(facts, word.lower_)
                if body is not None:
                    out.append(Actor(body, "org", word.idx, word.idx + len(word.text)))
                    break
        return out

    def _side(
        self, facts: Facts, tops: list[Token], verb: Token, taken: frozenset[str] | set[str] = frozenset()
    ) -> list[Actor]:
        """The actors an argument names: its people where it names any ("the UN Resident Coordinator
        Paolo Lindqvist" is Lindqvist, not the UN), else its bodies and states, else the one person
        it describes ("his Latvian counterpart") or the group it stands for ("the two ministers").
        A thing ("a briefing", "greater participation of Indian businesses") names no one."""
        out: list[Actor] = []
        for top in tops:
            if top.lower_ in ("who", "whom", "that") and verb.dep_ == "relcl":
                top = verb.head  # "Foreign Minister X, who hosted him": X
            if top.pos_ == "PRON":
                if top.text != "HE":  # "HE the Somali Minister": His Excellency, the subject beside it
                    out.extend(self._antecedent(facts, top, verb))
                continue
            if not self._names_someone(facts, top) and not (top.text[:1].isupper() and top.dep_ in _SUBJECTS):
                continue  # a capitalised subject may be an office's last word ("... and Mauritanians Abroad X")
            guest = _guest(facts, top) if _visiting(top) else []
            if guest:  # "the visiting minister": the visitor, whatever other minister the story names
                out.extend(guest)
                continue
            words = _tokens(top, verb)
            starts = {t.idx for t in words}
            actors = [a for a in facts.actors_in(min(starts), max(starts) + 200) if a.start in starts]
            # A person anywhere in the argument is who it names ("the Ambassador of Malaysia to Kazakhstan,
            # Farid Hashim"; "a delegation led by Ms. X"), its states and bodies only near its head.
            whole = {t.idx for t in _tokens(top, verb, every_phrase=True)}
            people = [
                a for a in facts.actors_in(min(whole), max(whole) + 200) if a.start in whole and a.kind == "person"
            ]
            people = people or _titled(facts, top)
            if people:
                out.extend(people)
            elif actors:
                # "the OIC Secretary General": the one person who holds that office, else the body
                office = " ".join(
                    t.text
                    for t in sorted(words, key=lambda t: t.i)
                    if not any(a.start <= t.idx < a.end for a in actors)
                )
                holder = self._holder(facts, top, office, taken) if all(a.kind == "org" for a in actors) else []
                out.extend(holder or self._described(facts, top, actors) or actors)
            else:
                said = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
                out.extend(
                    _group(facts, said, min(starts), self.lex.country_names)
                    or self._holder(facts, top, said, taken)
                    or _guest(facts, top)
                )
        return _unique_actors(out)

    def _antecedent(self, facts: Facts, pronoun: Token, verb: Token) -> list[Actor]:
        """ "Ambassador X visited Da Nang, where she called on Y": who "he" or "she" is, the subject
        of the clause this one hangs from, else the last person who was a sentence's subject; "they",
        the last two people named."""
        if pronoun.lower_ in ("they", "them", "their"):  # "They agreed to meet again": the last two people named
            before = [a for a in reversed(facts.actors) if a.kind == "person" and a.end <= pronoun.idx]
            return _unique_actors(before)[:2]
        if pronoun.lower_ not in ("he", "she", "him", "her", "his"):
            return []
        head = verb
        while head.dep_ != "ROOT" and head.head is not head:
            head = head.head
            subjects = [c for c in head.children if c.dep_ in _SUBJECTS and c.pos_ != "PRON"]
            named = self._side(facts, subjects, head) if subjects else []
            if named:
                return named[:1]
        for token in reversed(facts.doc[: pronoun.i]):
            if token.dep_ in ("nsubj", "nsubjpass"):
                person = [a for a in _actors_at(facts, token.idx) if a.kind == "person"]
                if person:
                    return person[:1]
        return []

    def _names_someone(self, facts: Facts, head: Token) -> bool:
        """Whether an argument's head word is a name, an office or a word for people or sides."""
        word = head.lower_
        if word in _GATHERINGS:
            return False  # "hosting the Commonwealth Heads of Government Meeting": a gathering, no counterpart
        if _actors_at(facts, head.idx):
            return True
        return word in _PEOPLE or word in self.lex.title_heads or word.removesuffix("s") in self.lex.title_heads

    def _holder(self, facts: Facts, head: Token, said: str, taken: frozenset[str] | set[str]) -> list[Actor]:
        """ "Ambassador visited Da Nang", "the Speaker received ...": the one person who holds the
        office the argument names, of those not `taken` by the predicate's other sides."""
        words = set(fold(said).split()) - {"the", "a", "an", "his", "her", "their", "our"}
        if not words or head.lower_ not in self.lex.title_heads:
            return []
        holders = [
            p for p in facts.people if p.name not in taken and any(words <= set(fold(r.title).split()) for r in p.roles)
        ]
        if len(holders) != 1:
            return []
        return [Actor(holders[0].name, "person", head.idx, head.idx + len(head.text))]

    def _described(self, facts: Facts, head: Token, states: list[Actor]) -> list[Actor]:
        """ "her Latvian colleague", "the Jordanian minister": the one person the article gives an
        office of that state."""
        office = head.lower_ in self.lex.title_heads  # "the Prime Minister of Iceland"
        if head.pos_ == "PROPN" and not office or any(a.kind != "country" for a in states):
            return []
        entries = [self.lex.country(a.name) for a in states]
        codes = {e.code for e in entries if e is not None}
        holders = [p for p in facts.people if any(r.country in codes for r in p.roles)]
        alias = self._office_alias(head, states)
        if alias:  # "the Portuguese Head of State": its president or monarch
            holders = [p for p in holders if any(fold(r.title).startswith(alias) for r in p.roles)]
        elif len(holders) > 1 or office:  # "the Jordanian minister": of several Jordanians, the one minister
            # "the Crown Prince of Kuwait" is none of the Kuwaiti ministers
            compounds = [t for t in head.lefts if t.dep_ == "compound"]
            # "the Somali Minister": the demonym is the state, not a word of the office
            words = {fold(t.text) for t in compounds if not any(a.start <= t.idx < a.end for a in states)}
            words.add(head.lower_.removesuffix("s"))
            # "the Minister of Foreign Affairs of X" is not X's Deputy Minister
            holders = [p for p in holders if any(same_rank(words, set(fold(r.title).split())) for r in p.roles)]
        if len(holders) != 1:
            return []
        return [Actor(holders[0].name, "person", states[0].start, states[0].end)]

    def _office_alias(self, head: Token, states: list[Actor]) -> tuple[str, ...]:
        """The offices an argument names by another name ("the Portuguese Head of State"), if it does."""
        said = " ".join(
            t.lower_ for t in head.subtree if t.dep_ != "det" and not any(a.start <= t.idx < a.end for a in states)
        )
        aliases: dict[str, list[str]] = self.lex.titles.get("office_aliases", {})
        return tuple(aliases.get(said, ()))


def _arguments(row: Row, verb: Token, noun: Token | None) -> _Reading:
    r = _Reading()
    for head in (verb, noun) if noun is not None else (verb,):
        for child in head.children:
            dep, word = child.dep_, child.lower_
            if head is verb and dep in _SUBJECTS:
                r.subject.append(child)
            elif head is verb and dep == "agent":  # "was received by X": X receives
                r.subject.extend(_objects(child))
            elif head is verb and dep == "nsubjpass" and child is not noun:
                r.others.append(child)
            elif head is verb and dep == "dobj" and child is not noun:
                (r.destination if row.object == "destination" else r.others).append(child)
            elif dep == "prep" and word == "between" or dep in ("prep", "dative") and word in row.preps:
                r.others.extend(_objects(child))
            elif dep in ("prep", "dative") and word in row.destination:
                r.destination.extend(_objects(child))
            elif dep in ("prt", "prep", "advmod") and word in _ONWARD and row.destination:
                # "travels on to Rabat", "flew back to Oslo": the destination hangs from the particle
                r.destination.extend(o for c in child.children if c.lower_ in row.destination for o in _objects(c))
            elif dep == "prep" and word in ("in", "at"):
                r.places.extend(_objects(child))
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    patient = any(c.dep_ == "nsubjpass" for c in verb.children)
    agent = _stray_agent(verb) if passive and not r.subject else []
    if passive and not patient and (r.subject or agent):
        # "X attended the ceremony and was later received by Y": X, the subject the two verbs share
        r.others.extend(_inherited_subject(verb))
    r.subject = r.subject or agent or _inherited_subject(verb)
    return r


def _clause(verb: Token) -> tuple[tuple[int, int], ...]:
    """The character spans of the verb's own clause: its words, less the clauses inside it about
    something else (relative clauses, other verbs joined to it)."""
    out: list[tuple[int, int]] = []
    stack = [verb]
    while stack:
        token = stack.pop()
        out.append((token.idx, token.idx + len(token.text)))
        stack.extend(c for c in token.children if c.dep_ not in _ASIDE | {"conj", "ccomp", "parataxis"})
    return tuple(sorted(out))


def _on_arrival(verb: Token) -> bool:
    """ "arrived on Monday and were greeted by X", "was welcomed at the airport by Y"."""
    if verb.dep_ == "conj" and verb.head.lower_.startswith(("arriv", "land")):
        return True
    venues = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on") for o in _objects(c)]
    return any(t.lower_ in _ARRIVAL_VENUES for v in venues for t in v.subtree)


_ARRIVAL_VENUES = frozenset({"airport", "airfield", "aerodrome", "airbase", "tarmac", "terminal"})


def _stray_agent(verb: Token) -> list[Token]:
    """ "X was welcomed at the residence by Y", where the parse hangs "by Y" from the residence: the
    passive's agent all the same."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("at", "in", "on"):
            for place in _objects(prep):
                by = [o for c in place.children if c.dep_ == "prep" and c.lower_ == "by" for o in _objects(c)]
                if by:
                    return by
    return []


def _main(verb: Token) -> bool:
    """The verb of the sentence's main clause, or of what its main clause reports ("X held talks
    with Y, the ministry said")."""
    if verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.head.lower_ in _SAID


def _titled(facts: Facts, head: Token) -> list[Actor]:
    """ "met with HE Ambassador of Kazakhstan to the State of Qatar Yerlan Dzhaksybekov", which the
    parse cuts after "Kazakhstan": the person whose title, as the people reader found it, is the
    argument's office, named right after it."""
    for start, end in facts.title_spans:
        if start <= head.idx < end:
            return [a for a in facts.actors_in(end, end + 120) if a.kind == "person" and a.start <= end + 2][:1]
    return []


def _agreed_by_no_one(verb: Token) -> bool:
    """ "It was agreed to hold the next round in Ashgabat": the sides of the talks agreed it."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lower_ in _INTENT
        and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in head.children)
    )


def _numbered(noun: Token) -> bool:
    """ "their 49th Regular Meeting", "its annual meeting": one of a body's series of sittings."""
    return any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") or c.dep_ in ("amod", "nummod") and _SERIES.match(c.text)
        for c in noun.children
    )


_SERIES = re.compile(r"\d+(?:st|nd|rd|th)$|(?:first|second|third|annual|regular|ordinary|extraordinary)$", re.I)


def _objects(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ == "pobj"]


def _gathering(verb: Token) -> Token | None:
    """What an attending verb takes part in: its object ("attended the summit"), the object of its
    "in" ("participated in the meeting", "took part in the forum"), or what that is the opening of."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ != "part"]
    objects += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for o in _objects(c)]
    for top in objects:
        if top.lower_ in _GATHERINGS:
            return top
        # "the opening session of the 38th Ordinary Session", "the work of the forum"
        inner = [o for c in top.children if c.dep_ == "prep" and c.lower_ == "of" for o in _objects(c)]
        found = next((o for o in inner if o.lower_ in _GATHERINGS), None)
        if found is not None:
            return found
    return None


def _body_called(facts: Facts, word: str) -> str | None:
    """The body the article names whose name ends with this head word: the longest, when the others
    are its short forms ("the Joint Commission" of the "X-Y Joint Intergovernmental Commission")."""
    if word not in ORG_HEADS:
        return None
    bodies = sorted((n for n in facts.organizations if word in fold(n).split()[-4:]), key=len, reverse=True)
    if bodies and all(set(fold(b).split()) <= set(fold(bodies[0]).split()) for b in bodies):
        return bodies[0]
    return None


def _chairs(token: Token) -> bool:
    """ "co-chaired by", "chaired by", "under": the phrase that names who led a sitting."""
    return token.lower_ in _CHAIRED or token.dep_ == "prep" and token.lower_ == "under"


def _chair_objects(token: Token) -> list[Token]:
    if token.dep_ == "prep":
        return _objects(token)
    return [o for c in token.children if c.dep_ == "agent" for o in _objects(c)]


def _relative_owner(noun: Token) -> list[Token]:
    """ "Y, who is leading a delegation on an official visit to X", "Y, who is on a visit to X": the one
    the relative clause around the noun is about."""
    head = noun.head
    while head.dep_ in ("prep", "pobj", "dobj", "attr") and head.head is not head:
        head = head.head
    if head.dep_ == "relcl" and any(c.lower_ in ("who", "whom") for c in head.children):
        return [head.head]
    copula = _copula(noun)  # "X is on a working visit to Y": the subject of the copula
    return [c for c in copula.children if c.dep_ == "nsubj"] if copula is not None else []


_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "remains", "remained"})


def _copula(noun: Token) -> Token | None:
    """The "is" of "X is on a visit to Y", where the noun stands so."""
    on = noun.head
    return on.head if on.dep_ == "prep" and on.lower_ == "on" and on.head.lower_ in _BE else None


# "invited X to visit", "asked Y to attend": the infinitive's subject is the object
_OBJECT_CONTROL = frozenset({"invite", "invites", "invited", "inviting", "ask", "asked", "asks", "urged", "urge"})


def _inherited_subject(verb: Token) -> list[Token]:
    """ "X arrived in Astana and met Y", "X went on to receive Y": the subject of the verb this one
    is joined to; "X invited Y to pay a visit": Y."""
    head = verb
    while head.dep_ in ("conj", "xcomp", "advcl") and head.head is not head:
        if head.dep_ == "xcomp" and head.head.lower_ in _OBJECT_CONTROL:
            invited = [c for c in head.head.children if c.dep_ == "dobj"]
            if invited:
                return invited
        head = head.head
        subjects = [c for c in head.children if c.dep_ in _SUBJECTS]
        if subjects:
            return subjects
    return []


def _tokens(top: Token, verb: Token, every_phrase: bool = False) -> list[Token]:
    """The argument's words, leaving out clauses that say something else about it and (unless
    `every_phrase`) phrases other than its "of" ("her colleague at Parliament House" is the colleague).
    "a delegation led by X" keeps its leader."""
    out = [top]
    for child in top.children:
        if child is verb or child.dep_ in _ASIDE and not _LED.match(child.text):
            continue
        if child.dep_ == "prep" and child.lower_ != "of" and not every_phrase:
            continue
        out.extend(_tokens(child, verb, every_phrase))
    return out


def _guest(facts: Facts, head: Token) -> list[Actor]:
    """ "The distinguished guest arrived in Dushanbe": the last person named before who holds no office
    of the state the story was filed from, the visitor."""
    if head.lower_ not in ("guest", "visitor", "dignitary") and not _visiting(head):
        return []
    return guest_before(facts, head.idx)


def _visiting(head: Token) -> bool:
    """ "the visiting dignitary", "the visiting minister"."""
    return any(t.lower_ == "visiting" for t in head.lefts)


def guest_before(facts: Facts, at: int) -> list[Actor]:
    """The last person named before `at` who holds no office of the state the story was filed from (or,
    undated by a dateline, of the first place it names): the visitor."""
    home = facts.dateline_country or _first_seat(facts, at)
    named = {p.name: p for p in facts.people}
    before = [a for a in facts.actors_in(0, at) if a.kind == "person" and a.name in named]
    foreign = [a for a in before if not any(r.country == home for r in named[a.name].roles)] if home else before
    return foreign[-1:]


def _first_seat(facts: Facts, before: int) -> str | None:
    """The state of the first place the story names before `before`: where a visitor is a guest."""
    seats = [(m.start, p.country) for p in facts.places.values() if p.country for m in p.mentions if m.start < before]
    return min(seats)[1] if seats else None


def _actors_at(facts: Facts, at: int) -> list[Actor]:
    """The actors whose mention covers character `at`."""
    return [a for a in facts.actors_in(max(0, at - 120), at + 120) if a.start <= at < a.end]


def _group(facts: Facts, said: str, before: int, names: dict[str, str]) -> list[Actor]:
    m = _GROUP.match(said.strip())
    if m is None:
        return []
    count = NUMBER_WORDS.get((m.group(1) or m.group(4) or "two").lower(), 2)
    if m.group(3).lower() in _STATES:  # "the sides": the states the story is most about
        return _story_states(facts, count, names)
    # "the foreign ministers of the two countries": the people whose offices have those words, named
    # before or after; else the last people named
    if m.group(3).lower() in _OFFICE_GROUPS:
        office = {w.lower() for w in (m.group(2), _OFFICE_GROUPS[m.group(3).lower()]) if w}
        holders = {p.name for p in facts.people if any(office <= set(fold(r.title).split()) for r in p.roles)}
        firsts: dict[str, Actor] = {}
        for a in facts.actors:
            if a.name in holders:
                firsts.setdefault(a.name, a)
        if len(firsts) == count:
            return list(firsts.values())
        if m.group(2) or not holders:
            return []  # "the prime ministers of the two countries", "the two presidents", never named
    named = _unique_actors([a for a in reversed(facts.actors) if a.kind == "person" and a.end <= before])
    return named[:count] if len(named) >= count else []


def _story_states(facts: Facts, count: int, names: dict[str, str]) -> list[Actor]:
    """The `count` states the story names most, or none if it names fewer."""
    ranked = Counter({code: len(spans) for code, spans in facts.countries.items()}).most_common(count)
    states = [
        Actor(names.get(c, c), "country", facts.countries[c][0].start, facts.countries[c][0].end) for c, _ in ranked
    ]
    return states if len(states) == count else []


def _unique_actors(actors: list[Actor]) -> list[Actor]:
    seen: set[str] = set()
    out = []
    for a in actors:
        if a.name not in seen:
            seen.add(a.name)
            out.append(a)
    return out


def _place_of(facts: Facts, tops: list[Token]) -> str | None:
    """The place or state an argument names, when it names one."""
    for top in tops:
        lo, hi = top.left_edge.idx, top.right_edge.idx + len(top.right_edge.text)
        for place in facts.places.values():
            if any(lo <= m.start and m.end <= hi for m in place.mentions):
                return place.name
        for a in facts.actors_in(lo, hi):
            if a.kind == "country":
                return a.name
    return None


def _is_future(verb: Token) -> bool:
    """ "will meet", "is to visit", "plans to hold talks", "agreed to hold the next round": what is
    announced, not what happened."""
    if verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "shall", "to") for c in verb.children
    ):
        return False
    window = text_of(verb.doc)[max(verb.sent.start_char, verb.idx - 40) : verb.idx]
    # "said the Cabinet would convene next week": what was to come when it was said
    reported = verb.dep_ == "ccomp" and verb.head.lower_ in _SAID and any(c.lower_ == "would" for c in verb.children)
    return (
        bool(_FUTURE.search(window))
        or reported
        or verb.tag_ == "VB"
        and verb.dep_ == "xcomp"
        and verb.head.lower_ in _INTENT
    )
