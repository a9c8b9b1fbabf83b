"""Events: who met, called, visited, signed, voted, marked, appointed, presented, declared.

Each sentence is read for trigger phrases (kept in `patterns/events.json`); the actors
it names become participants, the nearest date expression its date, resolved against
the publication day in the sentence's tense. A "series of meetings" with several named
officials becomes one meeting per official.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Protocol

from spacy.tokens import Doc

from accord.dates import COUNT_WORDS, DateMention, find_dates, period
from accord.event_types import EventType, registry
from accord.extract.agreements import between_at
from accord.extract.facts import DATELINE_HEAD, Actor, EntityFacts, Facts, PersonFacts, Predicate, Sentence, is_venue
from accord.extract.lexicon import ORG_HEADS, Lexicon, fold
from accord.extract.predicates import guest_before
from accord.records import Event, Span

_ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "fifteenth": 15,
    "twentieth": 20,
    "twenty-fifth": 25,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "seventy-fifth": 75,
    "eightieth": 80,
    "hundredth": 100,
}
_NUMBER_WORDS = {
    "ten": 10,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "hundred": 100,
    "five": 5,
    "fifteen": 15,
    "twenty-five": 25,
}
_BETWEEN = re.compile(
    r"\bbetween\s+(?:the\s+)?(?P<a>.+?)\s+and\s+(?:the\s+)?(?P<b>.+?)"
    r"(?=\s+(?:on|for|to|in|concerning)\s|$)"
)
_SAME_DAY = re.compile(
    r"\b(?:later|earlier) (?:in|on) the day\b|\b(?:later|earlier) that (?:day|morning|evening)\b|"
    r"\bthe same day\b|\bin the (?:afternoon|evening|morning)\b",
    re.I,
)
# "The following day, the delegation travelled to ...", "two days earlier": a day counted from the last
# one told; "the day before the vote" counts from the vote, which is no day told, so not here
_COUNTED_DAYS = re.compile(
    r"\b(?:(?P<next>the (?:next|following) day|the day after(?! (?:the|a|an|his|her|its|their)\b)|a day later)|"
    r"(?P<before>the (?:previous|preceding) day|the day before(?! (?:the|a|an|his|her|its|their)\b)|"
    r"a day earlier)|(?P<n>two|three|four|five|\d) days (?P<dir>later|earlier))\b",
    re.I,
)
_TWO_SIDES = re.compile(
    r"(?i:\b(?:the two|both) (?:countries|nations|states|sides|governments|(?:foreign )?ministries|parliaments)\b)|"
    r"^(?:The )?(?:Officials|Negotiators|Delegations|Experts)\b"
)
# a day with no month: "on Saturday", "on the 10th"
_DAY_ONLY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bthe\s+\d{1,2}(?:st|nd|rd|th)\b", re.I
)
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "bilateral": 2, "trilateral": 3, "three-way": 3}
# "the two leaders", "both Deputy Ministers"
_GROUP = re.compile(
    r"\b(?:the|both)\s+(two|three|four|five)?\s*(?:(?-i:[A-Z])[a-z-]+\s+)?"
    r"(leaders|presidents|ministers|heads of state|foreign ministers|prime ministers|counterparts)\b",
    re.I,
)
_NOT_SIGNED_THROUGH = {
    "negotiation",
    "talk",
    "round",
    "consultation",
    "progress",
    "work",
    "preparation",
    "draft",
    "implementation",
    "review",
    "discussion",
}
_RELATIVE = re.compile(r"\b(?:which|who|whom|that)\b")
_A_SOURCE = re.compile(r"\baccording to (?:a|the) statement\b|^(?:the|this) statement\b", re.I)
_STATEMENT_MADE = re.compile(
    r"\b(?:presented|released|issued|published|delivered|read out)\s+(?:its|his|her|their|a|the)\s+"
    r"(?!joint\b)(?:\w+\s+)?statement\b|\bstatement\s+(?:issued|released|published)\s+by\b",
    re.I,
)
_STATEMENT_ON = re.compile(r"\s+(?:on|about|regarding|concerning)\s")
_ISSUED = re.compile(r"\b(?:statement|declaration|communiqu[eé])\b", re.I)
# "the first time since 2019", "since taking office in September": when something earlier was, not this
_SINCE = re.compile(
    r"\bsince\s+(?:(?:taking|assuming|entering|becoming|joining|being)\b[^,;.]{0,30}?\s+"
    r"(?:(?:in|on|at)\s+(?:the\s+)?)?)?$",
    re.I,
)
_DELEGATION = re.compile(r"\b(?:the|this|a|our|[\w-]+-member)\s+delegation\b(?!s)", re.I)
_DELEGATION_OF = re.compile(r"\bdelegation (?:of|from) (?:the )?$", re.I)
_LED_BY = re.compile(r"\bled by\b|\bheaded by\b", re.I)
_FILED = re.compile(
    r"[.,]?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]{2,8}|\(|—|–|-{1,2}\s|"
    r",\s*[A-Z]+\b|,\s*[A-Z][a-z]+\s*[—–-])"
)  # what follows a dateline's place: "LIMA, May 15 (Agency) –"
_UNNAMED_DOCUMENT = re.compile(
    r"\bsign(?:ed|s|ing)?\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:agreement|memorandum|treaty|"
    r"accord|declaration|protocol|pact|roadmap|road map)\b",
    re.I,
)
_HOW_MANY = r"(?:the\s+following|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,2}?"
_DOCUMENTS = r"(?:documents|agreements|memoranda|instruments|MoUs)\b"
# "witnessed the signing of four cooperation documents:", "concluded three memoranda of understanding,
# witnessed by both leaders:", "the following instruments were signed:", and then the list
_COUNTED_SIGNING = (
    r"(?:\b(?:sign(?:ed|ing)?|conclu(?:ded|sion)|exchang(?:ed|e)|initial(?:l)?ed)\s+(?:of\s+)?"
    + _HOW_MANY
    + _DOCUMENTS
    + r"|\b"
    + _HOW_MANY
    + _DOCUMENTS
    + r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:signed|concluded|exchanged))"
)
# ... or "the ministers signed:" with no count
_LISTED_SIGNING = re.compile(
    r"(?:" + _COUNTED_SIGNING + r"[^.;]*|\b(?:signed|concluded|exchanged|initial(?:l)?ed))\s*:\s*$", re.I
)
# "signed three agreements covering trade and energy." and, a sentence or two on, "The agreements are X,
# Y and Z": the documents are named by a sentence that refers back to them
_COUNTED = re.compile(_COUNTED_SIGNING, re.I)
_NAMES_THEM = re.compile(
    r"^\W*(?:the\s+(?:[\w-]+\s+)?(?:documents|agreements|memoranda|instruments|accords|MoUs)|they|these)\s+"
    r"(?:are|were|include[sd]?|comprise[sd]?|concern(?:ed)?|cover(?:ed)?)\b",
    re.I,
)
# "On the margins of the summit, X had a bilateral meeting with Y": the summit is where, not what
_ON_THE_MARGINS = re.compile(r"\b(?:margins?|sidelines?|side-lines?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,6}$", re.I)
# "The treaty was signed ...", "the agreement, signed in 2019, ...": a document named before
_THE_DOCUMENT = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(treaty|agreement|memorandum|accord|convention|protocol|road\s?map|charter|pact)\b"
)
_INVITED = re.compile(
    r"\b(?:at the invitation of|hosted by|received by|welcomed by)\b|"
    r"\bat\s+(?=[^,.;]{0,40}['’]s invitation)",
    re.I,
)
_SIDED = re.compile(r"\b(bilateral|trilateral|three-way)\s+(meeting|talks)\b", re.I)
_MINISTERIAL = re.compile(r"\bminister\b|\bsecretary (?:of|for)\b|^secretary of state$", re.I)
_FURNITURE = re.compile(r"^(?:related|read more|see also|also read|more on this|tags?|share this)\b", re.I)
_PAST = re.compile(
    r"\b(?:was|were|had|held|took place|came|ago|last|earlier|previous|visited|met|signed|arrived|"
    r"returned|left|departed|concluded|completed|began|started|opened|closed|marked|received)\b",
    re.I,
)
_REFERS = re.compile(
    r"\b(?:(?P<meeting>talks|meetings?|negotiations|consultations|discussions?|dialogue)|"
    r"(?P<visit>visit|stay|trip|tour)|"
    r"(?P<summit>summit|session)|(?P<agreement>signing)|(?P<call>call|conversation))\b",
    re.I,
)
_PRONOUN_START = re.compile(
    r"^(?:(?:During|At|In|On|After|Later|Earlier|Then|There)\b[^,]{0,40}?,?\s+)?"
    r"((?-i:He|She)|(?<=\s)(?-i:he|she))\b"
)
# A summit named in passing: when something else happens, not who attends it.
_IN_PASSING = re.compile(
    r"\b(?:before|ahead of|during|after|preparations? for|on the sidelines of|in the run-up to)"
    r"\b[^,.;]*$",
    re.I,
)
# Who "the Head of State" and "the Head of Government" are, by the offices they hold.
_OFFICES_OF = {
    "head of state": {"president", "king", "queen", "emir", "amir", "sultan", "monarch", "emperor"},
    "head of government": {"prime", "premier", "chancellor", "taoiseach"},
}
# "The minister met ...", "In Vilnius, the Chair-in-Office held talks ...": an office for its holder.
_DESCRIBED = re.compile(r"\b(?:his|her|their|its)\s+(?P<state>[A-Z][\w'’-]+)\s+(?:counterpart|colleague|host)\b")
_LOWER_WORD = re.compile(r"\s+([a-z-]+)")
_OFFICE_START = re.compile(
    r"^(?:(?:During|At|In|On|After|Later|Earlier|Then|There|Also)\b[^,]{0,40}?,?\s+)?"
    r"(?-i:The|the)\s+(?P<office>[A-Za-z-]+(?:\s+[A-Za-z-]+){0,4}?)\s+"
    r"(?=(?!(?:of|for|to|in|at|on|and)\b)(?-i:[a-z]))"
)


@dataclass
class Draft:
    """An event being assembled from one sentence."""

    type: str
    sentence: Sentence
    trigger: tuple[int, int]
    participants: list[str] = field(default_factory=list)
    date: DateMention | None = None
    inherited_date: str | None = None
    place: str | None = None
    agreement: str | None = None
    ordinal: int | None = None
    status: str | None = None
    continues: bool = False  # the sentence goes on about an earlier happening ("after the talks")
    # The kind of that happening when named ("after the talks": a meeting), "" for one said to follow
    # it ("then"), None when merely "also" so.
    refers: str | None = None
    # "later in the day": the day of the last dated happening, whatever its kind (0), or so many days
    # after it ("the following day": 1, "the day before": -1)
    same_day: int | None = None
    follows: Draft | None = None  # a document listed after a signing shares that signing's date
    rule: str | None = None  # the id of the rule that found it, where its trigger row does not say
    reported: bool = False  # the main clause tells it happened: news even with no date
    undatable: bool = False  # dated in words ("on Tuesday") that no publication date resolves: still reported
    session: bool = False  # a body's sitting ("the Commission held its session"): one side is enough


@dataclass(frozen=True)
class Reading:
    """What a handler reads one trigger's sentence with."""

    kind: str
    trigger: re.Match[str]  # within `text`
    facts: Facts
    sent: Sentence
    text: str
    actors: list[Actor]
    dates: list[DateMention]
    people: list[str]  # the sentence's people and delegations, in order
    parties: list[str]  # its states and bodies
    main_country: str | None


class Handler(Protocol):
    """Finds the participants of one type family's drafts. Returns the drafts it made, or None
    for the one draft as filled, which must then have participants enough."""

    def __call__(self, finder: EventFinder, draft: Draft, r: Reading) -> list[Draft] | None: ...


@dataclass
class Delegation:
    """ "A delegation of the X Committee visited ... The delegation was led by Y": who "the delegation"
    of later sentences is, the body and its leader."""

    members: list[str] = field(default_factory=list)

    def read(self, facts: Facts, sent: Sentence, text: str, actors: list[Actor]) -> list[Actor]:
        """The sentence's actors, with the delegation's members where it names the delegation."""
        m = _DELEGATION.search(text)
        if m is None:
            return actors
        body = next(
            (
                a
                for a in actors
                if a.kind == "org" and _DELEGATION_OF.search(facts.text[max(0, a.start - 40) : a.start])
            ),
            None,
        )
        if body is not None:
            self.members = [body.name]
        led = _LED_BY.search(text)
        if led is not None and self.members:
            leader = next((a.name for a in actors if a.kind == "person" and a.start - sent.start > led.start()), None)
            if leader is not None and leader not in self.members:
                self.members.append(leader)
        named = {a.name for a in actors if a.kind == "person"}
        at, end = sent.start + m.start(), sent.start + m.end()
        return [Actor(n, "delegation", at, end) for n in self.members if n not in named] + actors

    def complete(self, drafts: list[Draft]) -> None:
        """A leader named after the delegation's first events took part in them too."""
        for d in drafts:
            if self.members and self.members[0] in d.participants:
                at = d.participants.index(self.members[0]) + 1
                d.participants[at:at] = [n for n in self.members[1:] if n not in d.participants]


class EventFinder:
    def __init__(self, lex: Lexicon, handlers: Mapping[str, Handler]) -> None:
        self.lex = lex
        spec = lex.events
        self.handlers = {**handlers, **registry().handlers}  # and those of the installed types
        # One alternation per type, a named group per trigger row, so a match names its row.
        rows: dict[str, list[Mapping[str, str]]] = {}
        for row in (*lex.triggers, *registry().triggers):
            rows.setdefault(row["type"], []).append(row)
        # Searching needs no groups, which slow every match down; naming a match's row does.
        self.triggers = {kind: re.compile(_one_search(r["pattern"] for r in rs), re.I) for kind, rs in rows.items()}
        self.named_triggers = {
            kind: re.compile("|".join(f"(?P<t{i}>{r['pattern']})" for i, r in enumerate(rs)), re.I)
            for kind, rs in rows.items()
        }
        self.trigger_ids = {kind: {f"t{i}": r["id"] for i, r in enumerate(rs)} for kind, rs in rows.items()}
        unknown = [kind for kind in rows if kind not in registry().types]
        unhandled = [kind for kind in rows if kind not in self.handlers and kind != EventType.AGREEMENT]
        if unknown or unhandled:
            raise ValueError(
                "event triggers with no registered type or no participant handler: "
                + ", ".join(f"{k} ({'no type' if k in unknown else 'no handler'})" for k in unknown + unhandled)
            )
        self.order: list[str] = [t for t in registry().by_precedence if t in self.triggers]
        self.future = re.compile(spec["future"], re.I)
        self.series = re.compile(spec["series"], re.I)
        self.envoy = re.compile(spec["envoy_titles"], re.I)
        self.continuation = re.compile(spec["continuation"], re.I)
        self.attendance = re.compile(spec["attendance"], re.I)
        self.host = re.compile(spec["host"], re.I)
        self.visitor = re.compile(spec["visitor"], re.I)
        # Types whose trigger words also name bodies ("Election Observation Mission").
        self.org_blocks = set(spec["org_blocks"])
        # Most undated mentions of a visit or summit are background, not a reported happening.
        self.undated_ok = {t for t, i in registry().types.items() if i.undated_ok}

    def find(self, doc: Doc, facts: Facts) -> None:
        main_country = self._main_country(facts)
        documents = [
            (between_at(facts.text, m.start, m.end), m.end) for a in facts.agreements.values() for m in a.mentions
        ]
        drafts: list[Draft] = []
        subject: Actor | None = None
        delegation = Delegation()
        for sent in facts.sentences[facts.body_index() :]:
            text = facts.text[sent.start : sent.end]
            if _FURNITURE.match(text) or any(s <= sent.start and sent.end <= e for s, e in facts.furniture):
                continue
            actors = delegation.read(facts, sent, text, self._actors(facts, sent, subject, documents))
            people = [a for a in actors if a.kind == "person"]
            if people:
                subject = _grammatical_subject(doc, people, subject)
            filed = DATELINE_HEAD.match(text)  # "LIMA, May 7 (Andes Press) –": when filed, not when it happened
            said = [
                d
                for d in self._dates(text, sent.start, facts)
                if d.value
                and not self._inside_name(facts, sent.start + d.start)
                and not _SINCE.search(text[max(0, d.start - 50) : d.start])
            ]
            # ... unless the sentence says no other: "ASHGABAT, Aug. 22 (Trend) - X held talks with Y"
            dates = [d for d in said if not (filed and d.start < filed.end())] or said
            before = len(drafts)
            kinds = self._kinds(text)
            gathering = None
            for kind in kinds:
                if kind == "summit" and self._same_gathering(drafts, sent, text):
                    # the summit told, not one announced ("agreed that the XII Summit will be held in 2028")
                    summits = [d for d in reversed(drafts) if d.type == "summit"]
                    gathering = next((d for d in summits if d.status != "scheduled"), summits[0])
                    self._attend(drafts, len(drafts), sent, people)  # "The summit was chaired by X"
                    if "call" not in kinds and self.triggers["meeting"].search(text):
                        # "combined the summit with ... talks with Y": talks of their own
                        drafts.extend(self._drafts("meeting", facts, sent, text, actors, dates, main_country))
                    continue
                if kind == "agreement":
                    drafts.extend(self._signings(doc, facts, sent, text, actors, dates))
                else:
                    drafts.extend(self._drafts(kind, facts, sent, text, actors, dates, main_country))
            drafts.extend(self._read_from_parse(facts, sent, text, dates, drafts[before:]))
            if len(drafts) == before and "statement" not in kinds and self._issued_statement(text):
                # "X said in a statement that the talks were useful": talks that make no event of their
                # own leave the statement
                drafts.extend(self._drafts("statement", facts, sent, text, actors, dates, main_country))
            undatable = facts.anchor is None and any(d.value is None for d in self._dates(text, sent.start, facts))
            for d in drafts[before:]:
                if gathering is not None and d.date is None:
                    d.follows = gathering  # "The summit welcomed the adoption of X": at that summit
                d.undatable = undatable
            if self.attendance.search(text):
                self._attend(drafts, before, sent, people)
            if len(drafts) == before and not self.triggers["agreement"].search(text):
                self._listed_documents(facts, drafts, sent, [a.name for a in actors if a.kind in ("country", "org")])
        self._credentials(facts, drafts)
        _hosts_on_arrival(facts, drafts)
        delegation.complete(drafts)
        drafts = [d for d in drafts if d.participants]
        drafts = [
            d
            for d in self._absorb_generic_meetings(drafts)
            if d.type not in ("meeting", "call") or len(d.participants) > 1 or d.session
        ]  # one side alone met no one, unless a body sat
        self._inherit_dates(facts.text, drafts, facts.anchor.isoformat() if facts.anchor else None)
        _inherit_places(facts, drafts)
        for d in drafts:
            if d.type == EventType.SUMMIT:
                _add_gathering_body(facts, d)
        drafts = _fold_talks_told_again(facts, drafts)
        drafts = [
            d for d in drafts if d.date or d.inherited_date or d.undatable or d.reported or d.type in self.undated_ok
        ]
        drafts = _each_destination(facts, self._dedupe(drafts))
        facts.events = self._events(facts, self._without_states_of_people(facts, drafts))

    # --- events the parse reads --------------------------------------------------------------

    def _read_from_parse(
        self, facts: Facts, sent: Sentence, text: str, dates: list[DateMention], made: list[Draft]
    ) -> list[Draft]:
        """The sentence's predicates that no phrase rule read: "X received Y", "Y was received by X",
        "X granted an audience to Y", whatever words stand between them."""
        out: list[Draft] = []
        lo = bisect_left(facts.predicates, sent.start, key=lambda p: p.start)
        hi = bisect_left(facts.predicates, sent.end, key=lambda p: p.start)
        for p in facts.predicates[lo:hi]:
            # "received Y, who had arrived to attend the regional forum": a trigger in a clause about one
            # of the predicate's arguments tells of something else
            told = [
                d
                for d in made + out
                if d.participants
                and _same_happening(d.type, p.kind)
                and _in_clause_of(facts.doc, d, p)
                and not (
                    d.type == EventType.SUMMIT
                    and _ON_THE_MARGINS.search(facts.text, max(0, d.trigger[0] - 60), d.trigger[0])
                )
            ]
            own = _clause_dates(dates, p, sent.start)
            for d in told:  # the phrase rules found it; the parse says whether the main clause tells it
                d.reported = d.reported or p.main and not p.future
                if p.session and own and d.date not in own:  # "X, which last met in May, will convene in June"
                    d.date = self._nearest(own, p.start - sent.start)
                if p.kind == EventType.SUMMIT and d.type == EventType.MEETING:
                    # "will attend the Forum leaders' meeting": the attendee at a body's gathering, not
                    # whoever the phrase rules took to have met
                    d.type, d.participants, d.rule = p.kind, _side_names(p), p.rule
                elif p.session and d.type == EventType.MEETING and self._sitting_body(p):
                    # "agreed to hold the next meeting of the Joint Commission": the body sits
                    d.participants, d.rule, d.session = _side_names(p), p.rule, True
                elif _parse_names_more(facts, d, p):
                    d.participants, d.rule = _side_names(p), p.rule
                elif _parse_names_other_visitor(d, p):
                    # "X held talks with Y, who is on an official visit to Z": Y visits
                    d.participants, d.rule = [a.name for a in p.sides[0]], p.rule
            if told:
                continue
            draft = self._predicate_draft(facts, sent, text, p, dates)
            if draft is not None:
                out.append(draft)
        return out

    def _same_place(self, a: str, b: str) -> bool:
        """ "her visit to Norway" and "arrived in Oslo": one place, or a city and its state."""
        if a == b:
            return True
        states = [self.lex.country(a), self.lex.country(b)]
        cities = [self.lex.place(a), self.lex.place(b)]
        return any(
            state is not None and city is not None and city.country == state.code
            for state, city in ((states[0], cities[1]), (states[1], cities[0]))
        )

    def _sitting_body(self, p: Predicate) -> bool:
        """Whether a sitting's one side is a body that sits ("the Joint Commission"), not talks the
        organization reader took for one ("Political Consultations")."""
        side = [a for sides in p.sides for a in sides]
        return len(side) == 1 and side[0].kind == "org" and fold(side[0].name).rpartition(" ")[2] in ORG_HEADS

    def _predicate_draft(
        self, facts: Facts, sent: Sentence, text: str, p: Predicate, dates: list[DateMention]
    ) -> Draft | None:
        at = p.start - sent.start
        sides = [[a.name for a in side] for side in p.sides]
        participants = _unique([n for side in sides for n in side])
        if p.kind == EventType.VISIT:
            participants = sides[0] if sides and p.destination else []
        elif len(participants) < 2 and not p.session:
            return None  # one side alone met no one ("X and Y met" is two, in one argument)
        if not participants:
            return None
        own = self._own_dates(text, dates, at, p.kind)
        verb = _clause_verb(facts.doc, p.start)
        said = _clause_dates(own, p, sent.start) or [
            d for d in own if verb is None or not _about_someone(facts.doc, sent.start + d.start, verb)
        ]
        draft = Draft(
            p.kind,
            sent,
            (p.start, p.end),
            participants=participants,
            date=self._nearest(said, at),
            place=p.destination
            if p.kind == EventType.VISIT
            else p.place or self._place(facts, sent, (p.start, p.end), p.kind),
            status="scheduled" if p.future else self._status(text, p.end - sent.start),
            rule=p.rule,
            reported=p.main and not p.future,
            session=p.session,
        )
        draft.continues, draft.refers = self._continues(text)
        draft.same_day = _days_from_last(text)
        if not said and own and draft.same_day is None:
            draft.same_day = 0  # dated only by a clause about someone: the day the story is at
        return draft

    # --- sentence reading ----------------------------------------------------------------------

    def _issued_statement(self, text: str) -> bool:
        """A statement someone issued ("said in a statement"), not words told to reporters, a source
        ("according to a statement from ...") or the page's own attribution ("The statement issued by ...")."""
        said = self.triggers["statement"].search(text)
        return bool(said and "statement" in said.group(0).lower() and not _A_SOURCE.search(text))

    def _kinds(self, text: str) -> list[str]:
        found = [kind for kind in self.order if self.triggers[kind].search(text)]
        said = self.triggers["statement"].search(text) if "statement" in found else None
        if said and _STATEMENT_MADE.search(text) and not _A_SOURCE.search(text):
            # "the Mission today presented its Preliminary Statement on the Elections", "recalled the
            # statement issued by the Ministry on Friday welcoming the agreement": the statement is an event
            return found
        if said and _STATEMENT_ON.match(text, said.end()):
            # "released its preliminary statement on the general elections": what the statement is about
            last = [max(m.start() for m in self.triggers[k].finditer(text)) for k in found if k != "statement"]
            if min(last, default=len(text)) > said.end():
                return ["statement"]
        if "statement" in found and len(found) > 1:
            found.remove("statement")
        if "credentials" in found:
            found = [k for k in found if k not in ("meeting", "visit", "appointment")]
        if "call" in found and "meeting" in found:
            found.remove("meeting")
        if "summit" in found and "meeting" in found:
            found.remove("meeting")
        return found

    def _actors(
        self, facts: Facts, sent: Sentence, subject: Actor | None, documents: list[tuple[int, int]]
    ) -> list[Actor]:
        # the bodies a document is between (`documents`: "Memorandum between the X Academy and the Y
        # Institute") are its parties, which the document's own event reads, not sides of the sentence's talks
        actors = [
            a
            for a in facts.actors_in(sent.start, sent.end)
            if a.kind != "org" or not any(s <= a.start and a.end <= e for s, e in documents)
        ]
        text = facts.text[sent.start : sent.end]
        for start, end, members in self.lex.region_states(text):  # "the five Central Asian states"
            named = {a.name for a in actors}
            actors = actors + [
                Actor(self._country_name(c), "country", sent.start + start, sent.start + end)
                for c in members
                if self._country_name(c) not in named
            ]
        both = _TWO_SIDES.search(text)
        if both and not any(a.kind == "country" for a in actors):
            # "the two countries": the two states the article is about
            s, e = sent.start + both.start(), sent.start + both.end()
            actors = [*actors, *(Actor(self._country_name(c), "country", s, e) for c in self._top_countries(facts))]
        m = _PRONOUN_START.match(text)
        if (
            m
            and subject is not None
            and not any(a.kind == "person" and a.start - sent.start < m.end(1) + 3 for a in actors)
        ):
            s = sent.start + m.start(1)
            actors = [Actor(subject.name, "person", s, s + len(m.group(1))), *actors]
        office = _OFFICE_START.match(text)
        actors = sorted(actors + self._described(facts, sent, text, actors), key=lambda a: a.start)
        # a state may stand inside the office ("The Lao minister"), no one else
        if office and not any(a.start - sent.start < office.end() and a.kind != "country" for a in actors):
            said, end = office["office"], office.end("office")
            holder = self._holder(facts, said, sent.start, subject)
            head = _LOWER_WORD.match(text, end)
            if holder is None and head:  # "The Lao minister arrived": the office ends in a lowercase word
                holder, end = self._holder(facts, f"{said} {head[1]}", sent.start, subject), head.end()
            if holder is not None:
                actors = [Actor(holder.name, "person", sent.start + office.start("office"), sent.start + end), *actors]
        return actors

    def _described(self, facts: Facts, sent: Sentence, text: str, actors: list[Actor]) -> list[Actor]:
        """ "at the invitation of his Kuwaiti counterpart": the one person the article gives an office
        of that state, where the sentence does not name them."""
        out = []
        named = {a.name for a in actors}
        for m in _DESCRIBED.finditer(text):
            entry = self.lex.demonym(m["state"])
            holders = [p for p in facts.people if entry and any(r.country == entry.code for r in p.roles)]
            if len(holders) == 1 and holders[0].name not in named:
                out.append(Actor(holders[0].name, "person", sent.start + m.start(), sent.start + m.end()))
        return out

    def _holder(self, facts: Facts, office: str, before: int, subject: Actor | None) -> PersonFacts | None:
        """Who "the minister" is, of the people named before who hold such an office: the one the story
        was last about (the subject of the last sentence that had one), else the one named most often,
        else the one named last. "The Lao minister" is one who holds it for Laos."""
        words = fold(office).split()
        guest = guest_before(facts, before) if "visiting" in words else []
        if guest:  # "The visiting minister": the visitor, not the host's minister
            return next(p for p in facts.people if p.name == guest[0].name)
        heads = _OFFICES_OF.get(" ".join(words)) or {w for w in words[::-1] if w in self.lex.title_heads}
        if not heads:
            return None
        polities = {entry.code for w in words if (entry := self.lex.demonym(w))}

        def holds(person: PersonFacts) -> bool:
            if polities and not any(r.country in polities for r in person.roles):
                return False
            return any(t.startswith(h) for h in heads for r in person.roles for t in fold(r.title).split())

        named = [p for p in facts.people if holds(p) and any(m.start < before for m in p.mentions)]
        if subject is not None and any(p.name == subject.name for p in named):
            return next(p for p in named if p.name == subject.name)

        def weight(p: PersonFacts) -> tuple[int, int]:
            earlier = [m.start for m in p.mentions if m.start < before]
            return len(earlier), max(earlier)

        return max(named, key=weight) if named else None

    def _status(self, text: str, end: int) -> str | None:
        """ "scheduled" for what the words up to just after its trigger put ahead ("will travel to",
        "talks are due to"), not for a later clause about something else ("which will support")."""
        return "scheduled" if self.future.search(text[: end + 20]) else None

    def _dates(self, text: str, start: int, facts: Facts) -> list[DateMention]:
        """Dates of a sentence, each resolved in the tense of the words around it: "ahead of the
        runoff on 19 October" looks forward, "was held on 17 August" back; with no cue, the
        nearest such day to the publication date. `start`: where the sentence `text` starts."""
        out = []
        for found in find_dates(text, facts.anchor, "nearest"):
            near = text[max(0, found.start - 60) : found.end + 40]
            close = text[max(0, found.start - 30) : found.end + 20]
            tense = _verb_tense(facts.doc, start + found.start) or (
                "past"
                if _PAST.search(close) and not self.future.search(close)
                else "future"
                if self.future.search(near)
                else None
            )
            if tense is None and _DAY_ONLY.search(found.text) and self.future.search(text):
                tense = "future"  # "is also scheduled to meet the Minister ..., on Saturday", "... on the 10th"
            if tense:
                again = find_dates(found.text, facts.anchor, tense)
                found = DateMention(found.start, found.end, found.text, again[0].value if again else found.value)
            out.append(found)
        return out

    def _inside_name(self, facts: Facts, at: int) -> bool:
        return any(m.start <= at < m.end for a in facts.agreements.values() for m in a.mentions)

    def _inside_org(self, facts: Facts, at: int) -> bool:
        return any(
            m.start <= at < m.end
            for group in (facts.organizations, facts.agreements)
            for o in group.values()
            for m in o.mentions
        )

    def _drafts(
        self,
        kind: str,
        facts: Facts,
        sent: Sentence,
        text: str,
        actors: list[Actor],
        dates: list[DateMention],
        main_country: str | None,
    ) -> list[Draft]:
        m = next(
            (
                x
                for x in self.triggers[kind].finditer(text)
                if not _anaphoric(text, x.start(), kind)
                and (kind not in self.org_blocks or not self._inside_org(facts, sent.start + x.start()))
                and not self._inside_name(facts, sent.start + x.start())
            ),
            None,
        )  # "... on Consultations"
        if m is None:
            return []
        trigger = (sent.start + m.start(), sent.start + m.end())
        dates = self._own_dates(text, dates, m.start(), kind)
        people = _unique([a.name for a in actors if a.kind in ("person", "delegation")])
        parties = _unique([a.name for a in actors if a.kind in ("country", "org")])
        draft = Draft(
            kind,
            sent,
            trigger,
            date=self._nearest(_not_of_other_clauses(facts.doc, dates, trigger, sent), m.start()),
            place=self._place(facts, sent, trigger, kind),
            status=self._status(text, m.end()),
        )
        draft.continues, draft.refers = self._continues(text)
        draft.same_day = _days_from_last(text)
        if draft.date is None and dates and draft.same_day is None:
            draft.same_day = 0  # dated only by a clause about someone: the day the story is at
        reading = Reading(kind, m, facts, sent, text, actors, dates, people, parties, main_country)
        handled = self.handlers[kind](self, draft, reading)
        if handled is not None:
            return handled
        if kind == "summit" and not draft.participants and draft.date is not None:
            pass  # "closing their first-ever summit": those who attended are named in the next sentences
        elif (
            not draft.participants
            or kind in ("meeting", "call")
            and len(draft.participants) < 2
            and not self.series.search(text)
        ):
            return []
        return [draft]

    def _signings(
        self, doc: Doc, facts: Facts, sent: Sentence, text: str, actors: list[Actor], dates: list[DateMention]
    ) -> list[Draft]:
        """One agreement event per document a signing verb governs ("signed X and Y", "the treaty they
        signed in 2001, as well as Z, concluded on 27 May 1998"), dated by that signing's own date."""
        named = [a for a in facts.agreements.values() if any(sent.start <= sp.start < sent.end for sp in a.mentions)]
        if not named:
            named = _document_referred_to(facts, sent, text)
        found = _LISTED_SIGNING.search(text) or _COUNTED.search(text)
        listed = found is not None and found.re is _LISTED_SIGNING
        if not named and found:  # "witnessed the signing of four cooperation documents:"
            trigger = (sent.start + found.start(), sent.start + found.end())
            base = Draft(
                "agreement",
                sent,
                trigger,
                date=self._nearest(dates, found.start()),
                place=self._place(facts, sent, trigger, "agreement"),
                status=self._status(text, found.end()),
                rule="agreement.listed-documents" if listed else "agreement.counted-documents",
            )
            sides = [self._country_name(c) for c in self._top_countries(facts)]
            signed = []
            items = self._listed_after(facts, sent) if listed else self._named_back(facts, sent)
            for item, agreement in items:
                one = self._signing(facts, base, agreement, sides)
                if listed:  # the evidence: the list's item, and what introduced it if need be
                    one.sentence = item
                one.continues, one.refers = one.date is None, "meeting"  # undated: the day of the talks
                signed.append(one)
            return signed
        unnamed = _UNNAMED_DOCUMENT.search(text)
        if not named and unnamed:  # "signed an agreement to merge checks. Under the Agreement on X, ..."
            return [
                self._signing(
                    facts,
                    Draft(
                        "agreement",
                        sent,
                        (sent.start + unnamed.start(), sent.start + unnamed.end()),
                        date=self._nearest(self._own_dates(text, dates, unnamed.start(), "agreement"), unnamed.start()),
                        place=self._place(
                            facts, sent, (sent.start + unnamed.start(), sent.start + unnamed.end()), "agreement"
                        ),
                        status=self._status(text, unnamed.end()),
                        rule="agreement.unnamed-document",
                    ),
                    later,
                    [],
                )
                for later in self._named_next(facts, sent)
            ]
        # Not a venue ("signed in Luxembourg"), nor a state of a clause about the document ("X, which will
        # simplify transit across the Paraguayan Chaco").
        aside = re.search(r",\s+(?:which|that|setting|including|covering|paving|aimed)\b", text)
        parties = _unique(
            [
                a.name
                for a in actors
                if a.kind in ("country", "org")
                and not (a.kind == "country" and is_venue(facts.text, a.start))
                and not (
                    aside
                    and a.start - sent.start > aside.start()
                    and self.triggers["agreement"].search(text, 0, aside.start())
                )
            ]
        )
        out: list[Draft] = []
        done: set[str] = set()
        verbs = [(sent.start + m.start(), sent.start + m.end()) for m in self.triggers["agreement"].finditer(text)]
        # A document in the clause of one signing verb is that verb's ("adopted X, and agreed Y").
        owners = {a.name: _clause_owner(doc, verbs, a, sent) for a in named}
        for trigger in verbs:
            if _concludes_talks(doc, trigger):
                continue
            issued = facts.text[trigger[0] : trigger[1]].lower() == "issued"  # a statement, not a warrant
            governed = [
                a
                for a in named
                if a.name not in done
                and (not issued or _ISSUED.search(a.name))
                and (
                    owners[a.name] == trigger or owners[a.name] is None and _governs(doc, facts.text, trigger, a, sent)
                )
            ]
            own = self._own_dates(text, dates, trigger[0] - sent.start, "agreement")
            for a in governed:
                when = _signing_date(doc, own, trigger, a, sent)
                base = Draft(
                    "agreement",
                    sent,
                    trigger,
                    date=when,
                    place=self._place(facts, sent, trigger, "agreement"),
                    status=self._status(text, trigger[1] - sent.start),
                    reported=_tells_it_happened(doc, trigger, a),
                )
                out.append(self._signing(facts, base, a, parties))
            done.update(a.name for a in governed)
        if not out and named:  # the parse links no document to a verb: the first one named
            first = self.triggers["agreement"].search(text)
            if (
                first is not None
                and (first.group(0).lower() != "issued" or _ISSUED.search(named[0].name))
                and not _concludes_talks(doc, (sent.start + first.start(), sent.start + first.end()))
            ):
                trigger = (sent.start + first.start(), sent.start + first.end())
                base = Draft(
                    "agreement",
                    sent,
                    trigger,
                    date=self._nearest(dates, first.start()),
                    place=self._place(facts, sent, trigger, "agreement"),
                    status=self._status(text, first.end()),
                )
                out.append(self._signing(facts, base, named[0], parties))
        return out

    @staticmethod
    def _listed_after(facts: Facts, sent: Sentence) -> list[tuple[Sentence, EntityFacts]]:
        """The documents a list after `sent` names, one or more per item, up to the first item naming none."""
        firsts = sorted(
            ((min(m.start for m in a.mentions), a) for a in facts.agreements.values()), key=lambda pair: pair[0]
        )
        out: list[tuple[Sentence, EntityFacts]] = []
        for item in facts.sentences[facts.sentences.index(sent) + 1 :]:
            found = [a for at, a in firsts if item.start <= at < item.end]
            if not found and re.fullmatch(r"\W*\w{0,3}\W*", facts.text[item.start : item.end]):
                continue  # "1." or "–" cut off as a sentence of its own
            if not found:
                break
            out.extend((item, a) for a in found)
        return out

    @staticmethod
    def _named_back(facts: Facts, sent: Sentence) -> list[tuple[Sentence, EntityFacts]]:
        """The documents that one of the next three sentences names as the ones just counted ("The
        agreements are X, Y and Z")."""
        index = facts.sentences.index(sent)
        for later in facts.sentences[index + 1 : index + 4]:
            if _NAMES_THEM.search(facts.text[later.start : later.end]):
                firsts = sorted(
                    (min(m.start for m in a.mentions), a.name)
                    for a in facts.agreements.values()
                    if any(later.start <= m.start < later.end for m in a.mentions)
                )
                return [(later, facts.agreements[name]) for _, name in firsts]
        return []

    @staticmethod
    def _named_next(facts: Facts, sent: Sentence) -> list[EntityFacts]:
        """The document the next sentence names, as this one's "an agreement"."""
        index = facts.sentences.index(sent)
        if index + 1 >= len(facts.sentences):
            return []
        after = facts.sentences[index + 1]
        found = sorted(
            (m.start, a.name)
            for a in facts.agreements.values()
            for m in a.mentions
            if after.start <= m.start < after.end
        )
        return [facts.agreements[found[0][1]]] if found else []

    def _signing(self, facts: Facts, draft: Draft, agreement: EntityFacts, parties: list[str]) -> Draft:
        """One agreement event per document: its parties from its own name ("between X and Y"), else
        the sentence's states and bodies, else the article's two main countries."""
        one = Draft(
            "agreement",
            draft.sentence,
            draft.trigger,
            date=draft.date,
            place=draft.place,
            status=draft.status,
            agreement=agreement.name,
            rule=draft.rule,
            reported=draft.reported,
        )
        bodies = [p for p in agreement.parties if p in facts.organizations]
        one.participants = (
            (bodies if len(bodies) >= 2 else [])
            or self._between(facts, agreement)
            or self._named_sides(agreement)
            or list(parties)
            or self._group_of_leaders(facts, draft)
            or [self._country_name(c) for c in agreement.parties]
        )
        states = {self._country_name(c) for c in facts.countries}
        for code in self._top_countries(facts):
            if len(one.participants) >= 2 or not set(one.participants) <= states:
                break  # a company or agency as a party: its counterpart is not a state by default
            if self._country_name(code) not in one.participants:
                one.participants.append(self._country_name(code))
        one.continues, one.refers = self._continues(facts.text[draft.sentence.start : draft.sentence.end])
        # "The two ministers signed a memorandum", with no day of its own: signed at the talks told before
        one.continues = one.continues or one.reported and one.date is None
        return one

    def _group_of_leaders(self, facts: Facts, draft: Draft) -> list[str]:
        """ "On Wednesday the leaders adopted the X Declaration", in an article about a group's summit:
        the group adopted it."""
        said = facts.text[draft.sentence.start : draft.trigger[0]]
        if not re.search(r"(?<!two )(?<!both )(?<!three )\bleaders\b", said, re.I):
            return []  # "the two leaders": two people, whose states are the parties
        groups = Counter(a.name for a in facts.actors if a.kind == "org" and self._is_group(a.name)).most_common(1)
        return [groups[0][0]] if groups and groups[0][1] > 1 else []

    def _continues(self, text: str) -> tuple[bool, str | None]:
        """Whether the sentence goes on about a happening already told, and which kind it names."""
        found = self.continuation.search(text)
        if found is None:
            return False, None
        named = _REFERS.search(found.group(0))
        if named is None:
            return True, None if found.group(0).lower() == "also" else ""
        return True, next(kind for kind, word in named.groupdict().items() if word)

    def _listed_documents(self, facts: Facts, drafts: list[Draft], sent: Sentence, parties: list[str]) -> None:
        """ "The package also contains a roadmap ..., a partnership agreement between ...": documents
        listed right after a signing, in sentences of their own, were signed with it."""
        last = next((d for d in reversed(drafts) if d.type == "agreement"), None)
        if last is None or sent.paragraph != last.sentence.paragraph:
            return
        for agreement in facts.agreements.values():
            first = agreement.mentions[0]
            if sent.start <= first.start < sent.end and agreement.name != last.agreement:
                one = self._signing(facts, last, agreement, parties)
                one.sentence = sent
                one.date = None
                one.follows = last
                drafts.append(one)

    @staticmethod
    def _group_reference(facts: Facts, sent: Sentence, text: str) -> list[str]:
        """ "The two leaders held talks": the last two people named before this sentence."""
        m = _GROUP.search(text) or _SIDED.search(text)  # "a trilateral meeting hosted by X": the three just named
        if m is None:
            return []
        count = _COUNTS.get((m.group(1) or "two").lower(), 2)
        before = _unique([a.name for a in reversed(facts.actors) if a.kind == "person" and a.end <= sent.start])
        if m.group(2).lower() in ("ministers", "foreign ministers"):  # "the four ministers": ministries' holders
            holders = {p.name for p in facts.people if any(_MINISTERIAL.search(r.title) for r in p.roles)}
            before = [n for n in before if n in holders] or before
        return before[:count]

    def _same_gathering(self, drafts: list[Draft], sent: Sentence, text: str) -> bool:
        """ "The summit was chaired by ...", "The summit welcomed ...": the summit already reported."""
        m = self.triggers["summit"].search(text)
        if m is None or not re.search(r"\b(?:the|this)\s+$", text[max(0, m.start() - 6) : m.start()], re.I):
            return False
        if re.match(r"\s+(?:of|in|on)\s", text[m.end() : m.end() + 5]):
            return False  # "the summit of the APEC forum": a summit of its own
        return any(d.type == "summit" for d in drafts)

    @staticmethod
    def _attend(drafts: list[Draft], before: int, sent: Sentence, people: list[Actor]) -> None:
        """ "Present at the meeting were ...", "Also at the table were ...": the people named join the
        gathering just reported (one drawn from this sentence, or else the last one before it)."""
        said = " ".join(w.lower for w in sent.words)
        kinds = (
            ("meeting",)
            if re.search(r"\b(?:meeting|talks)\b", said)
            else (("summit",) if re.search(r"\b(?:summit|conference|forum|session)\b", said) else ("meeting", "summit"))
        )
        if _AT_A_GATHERING.search(said) and any(d.type == "summit" for d in drafts):
            kinds = ("summit",)  # "The Bahamas was represented by its Foreign Minister": at the summit
        gatherings = [d for d in drafts if d.type in kinds]
        # one this sentence tells of, even of the other kind ("participated in the meeting of the Council")
        here = [d for d in drafts[before:] if d.type in kinds] or [
            d for d in drafts[before:] if d.type in ("meeting", "summit")
        ]
        target = here[0] if here else gatherings[-1] if gatherings else None
        if target is None or sent.paragraph - target.sentence.paragraph > 4:
            return
        for person in people:
            if person.name not in target.participants:
                target.participants.append(person.name)

    def _each_vote(self, facts: Facts, draft: Draft, text: str, dates: list[DateMention]) -> list[Draft]:
        """ "a presidential election on 5 December 2026 ... followed by National Assembly elections on
        10 April 2027": one election per date that follows an election word (not one in a body's name,
        "released by the State Election Commission on Monday")."""
        out: list[Draft] = []
        for m in self.triggers["election"].finditer(text):
            if self._inside_org(facts, draft.sentence.start + m.start()):
                continue
            # "Sunday's snap election", "Sunday's early parliamentary election": only modifiers between
            before = [
                d for d in dates if 0 <= m.start() - d.end <= 45 and _MODIFIERS_ONLY.fullmatch(text, d.end, m.start())
            ]
            after = [d for d in dates if 0 <= d.start - m.end() <= 40]  # "the election on 5 December"
            date = before[-1] if before else after[0] if after else None
            if date is not None and all(o.date is None or o.date.value != date.value for o in out):
                out.append(
                    Draft(
                        "election",
                        draft.sentence,
                        draft.trigger,
                        list(draft.participants),
                        date,
                        place=draft.place,
                        status=draft.status,
                    )
                )
        at = draft.trigger[0] - draft.sentence.start
        if not out and _TOLD_ELECTION.match(text, max(0, at - 4)):
            draft.date = None  # "observers said today that the election was competitive": told already
        return out or [draft]

    def _each_trip(
        self,
        draft: Draft,
        trips: list[re.Match[str]],
        sent: Sentence,
        text: str,
        actors: list[Actor],
        dates: list[DateMention],
    ) -> list[Draft]:
        """ "Tokayev paid a visit to France in November 2022, and Macron travelled to Astana in November
        last year": one visit per verb, its traveller the last person named before it."""
        out: list[Draft] = []
        starts = [t.start() for t in trips]
        for n, trip in enumerate(trips):
            lo = starts[n - 1] if n else 0
            who = [a.name for a in actors if a.kind == "person" and lo <= a.start - sent.start < trip.start()]
            hi = starts[n + 1] if n + 1 < len(starts) else sent.end - sent.start + 1
            when = [d for d in dates if trip.start() <= d.start < hi] or [
                d for d in dates if lo <= d.start < trip.start()
            ]
            traveller = who[-1:] or (out[-1].participants[:1] if out else [])  # "..., will travel to X"
            if trip.group(0).lower().startswith("welcomed"):  # "A welcomed B to the White House": B travelled
                guests = [
                    a.name for a in actors if a.kind == "person" and trip.start() < a.start - sent.start < trip.end()
                ]
                traveller = guests[:1] + traveller if guests else traveller
            if traveller:
                out.append(
                    Draft(
                        "visit",
                        sent,
                        (sent.start + trip.start(), sent.start + trip.end()),
                        traveller,
                        when[0] if when else None,
                        place=draft.place,
                        status=self._status(text, trip.end()),
                    )
                )
        invited = _INVITED.search(text)
        if invited is not None:  # "... for a working visit at the invitation of Y": Y hosted it
            for d in out:
                host = [
                    a.name
                    for a in actors
                    if a.kind == "person" and a.start - sent.start > invited.start() and a.name not in d.participants
                ]
                d.participants = d.participants + host[:1]
        elif len({d.participants[0] for d in out}) == 1 and (
            self.host.search(text) or self.triggers["meeting"].search(text)
        ):
            # "A met with B, who arrived in X on an official visit": one trip told twice, A its host
            people = [a.name for a in actors if a.kind == "person"]
            for d in out:
                d.participants = self._with_host(d.participants, people)
        return out or [draft]

    @staticmethod
    def _pair(draft: Draft, a: str, b: str) -> Draft:
        return Draft(
            draft.type,
            draft.sentence,
            draft.trigger,
            [a, b],
            draft.date,
            None,
            draft.place,
            status=draft.status,
            continues=draft.continues,
            refers=draft.refers,
            same_day=draft.same_day,
        )

    def _own_dates(self, text: str, dates: list[DateMention], at: int, kind: str) -> list[DateMention]:
        """The dates nearer to this event's trigger than to another event's in the same sentence, never
        one of a relative clause about a document ("met X to review the Roadmap, which leaders adopted in 2022")."""
        if not dates:
            return []
        own = dates  # one date is this event's, whoever is nearer: no other trigger need be looked for
        if len(dates) > 1:
            others = [m.start() for k in self.order if k != kind for m in self.triggers[k].finditer(text)]
            own = [d for d in dates if all(abs(d.start - at) <= abs(d.start - o) for o in others)] or dates
        if kind == "agreement":
            return own
        signings = [m.start() for m in self.triggers["agreement"].finditer(text)]
        return [d for d in own if not any(at < o < d.start and _RELATIVE.search(text, at, o) for o in signings)]

    @staticmethod
    def _nearest(dates: list[DateMention], at: int) -> DateMention | None:
        return min(dates, key=lambda d: abs(d.start - at)) if dates else None

    def _destination(self, facts: Facts, after: int) -> str | None:
        """ "visited Viet Nam", "a state visit to France", "arrived in Dushanbe": where the trip went."""
        found = [
            (m.start, place.name)
            for place in facts.places.values()
            for m in place.mentions
            if 0 <= m.start - after <= 12
        ]
        found += [
            (sp.start, self._country_name(code))
            for code, spans in facts.countries.items()
            for sp in spans
            if 0 <= sp.start - after <= 12
            and not facts.text[sp.end : sp.end + 1].isalpha()
            and fold(facts.text[sp.start : sp.end]) not in self.lex.demonyms
        ]
        return min(found)[1] if found else None

    def _place(self, facts: Facts, sent: Sentence, trigger: tuple[int, int], kind: str) -> str | None:
        """Where the event happened: the place the parse ties to it, else, for what is held somewhere (a
        meeting, a summit, a signing, a ceremony), the first place of its sentence ("... who arrived in
        Vilnius"). A call, an anniversary or an election has no venue the sentence does not give it."""
        return self._tied_place(facts, sent, trigger, kind) or (
            self._first_place(facts, sent) if kind in _HELD_SOMEWHERE else None
        )

    @staticmethod
    def _first_place(facts: Facts, sent: Sentence) -> str | None:
        """The sentence's first place, leaving out one that a clause about something else is where
        ("..., who briefed him on the incentives offered at Karachi"); a clause saying where someone
        came or stayed keeps its place ("B, who arrived in Vilnius")."""
        said = sorted(
            (m.start, m.end, place.name)
            for place in facts.places.values()
            for m in place.mentions
            if sent.start <= m.start < sent.end
        )
        return next((name for start, end, name in said if not _in_other_clause(facts.doc, start, end)), None)

    @staticmethod
    def _tied_place(facts: Facts, sent: Sentence, trigger: tuple[int, int], kind: str) -> str | None:
        """The place the sentence ties to the event: one in a phrase that hangs from the trigger's words
        or the verb they are the object of ("held talks in Brussels", "the visit to Astana"), not one
        of another clause ("the anniversary ..., following the visit to Astana")."""
        doc = facts.doc
        words = doc.char_span(trigger[0], trigger[1], alignment_mode="expand")
        if words is None:
            return None
        anchors = {t.i for t in words} | {t.head.i for t in words if t.dep_ in ("dobj", "nsubjpass", "pobj")}
        for i in list(anchors):  # "agreed in Samarkand ..., closing their summit": the clause it ends
            t = doc[i]
            while t.dep_ in ("advcl", "xcomp", "conj") and t.head is not t:
                t = t.head
                anchors.add(t.i)
        said = [
            (m, place.name)
            for place in facts.places.values()
            for m in place.mentions
            if sent.start <= m.start < sent.end
        ]
        preps = ("in", "at", "to") if kind == EventType.VISIT else ("in", "at")  # "the visit ... to Astana"
        tied = [name for m, name in said if _hangs_from(doc, m, anchors, preps)]
        return tied[0] if tied else None

    def _ordinal(self, text: str) -> int | None:
        m = re.search(r"\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary", text, re.I)
        if m:
            return int(m.group(1))
        m = re.search(r"\b([a-z-]+)\s+anniversary", text, re.I)
        if m and m.group(1).lower() in _ORDINAL_WORDS:
            return _ORDINAL_WORDS[m.group(1).lower()]
        m = re.search(r"\b(\d{1,3}|[a-z-]+)\s+years\s+(?:after|since|of)", text, re.I)
        if m:
            word = m.group(1).lower()
            return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)
        return None

    @staticmethod
    def _appointee(text: str, m: re.Match[str], sent: Sentence, actors: list[Actor]) -> list[str]:
        """Who took the office: "X appointed Y as ...", "the Assembly elected Y as ..." name Y after the
        verb; "Y, who was appointed ..." before it."""
        people = [a for a in actors if a.kind == "person"]
        if re.search(r"\b(?:was|were|been|be|is|are|being)\s+(?:\w+\s+)?$", text[: m.start()]):
            before = [a.name for a in people if a.end - sent.start <= m.start()]
            return before[-1:]
        after = [a.name for a in people if 0 <= a.start - sent.start - m.end() <= 60]
        return after[:1]

    def _visitors(self, text: str, at: int, sent: Sentence, actors: list[Actor], people: list[str]) -> list[str]:
        """The visitor: the sentence's first person, or the one described as "who is on a visit";
        the host too when the sentence names one."""
        visitor = people[:1]
        named = [a for a in actors if a.kind == "person"]
        if len(named) > 1 and _HOSTED.search(text, named[0].end - sent.start, named[1].start - sent.start):
            visitor = [named[1].name]  # "A hosted his counterpart B for talks": B is the one on a visit
        if self.visitor.search(text[:at]):
            before = [a for a in actors if a.kind == "person" and a.start < sent.start + at]
            visitor = _unique([a.name for a in _coordinated(text, sent, before)]) or visitor
        if self.host.search(text) and visitor:
            return self._with_host(visitor, people)
        return visitor

    @staticmethod
    def _with_host(visitors: list[str], people: list[str]) -> list[str]:
        """The visitors and the sentence's first other person, who met or hosted them."""
        return visitors + [p for p in people if p not in visitors][:1]

    def _between(self, facts: Facts, agreement: EntityFacts) -> list[str]:
        """ "memorandum between the X Academy and the Y Institute": its parties, from its own name, each
        a state, a body the text knows, or else the capitalised name as written."""
        first = agreement.mentions[0]
        said = facts.text[first.start : first.end]
        m = _BETWEEN.search(said)
        if m is None:
            return []
        parties = []
        for group in ("a", "b"):
            side = m.group(group).strip()
            start, end = first.start + m.start(group), first.start + m.end(group)
            entry = self.lex.country(side)
            state = entry.code if entry else self._government_of(facts, side, start, end)
            known = [
                a.name
                for a in facts.actors
                if start <= a.start and a.end <= end and a.kind == "org" and a.end - a.start >= (end - start) // 2
            ]
            if state is not None:
                parties.append(self._country_name(state))
            elif known:
                parties.append(known[-1])
            elif _TWO_SIDES.search(side):
                parties.extend(self._country_name(c) for c in self._top_countries(facts))
            elif side[:1].isupper() and len(side.split()) <= 12:
                parties.append(self._party_body(facts, side, start))
            elif named := re.search(r"(?:[A-Z][\w.&'’-]*\s+)*[A-Z][\w.&'’-]*$", side):
                # "the sovereign wealth fund Samruk-Kazyna"
                parties.append(self._party_body(facts, named.group(0), start + named.start()))
        return _unique(parties)

    @staticmethod
    def _government_of(facts: Facts, side: str, start: int, end: int) -> str | None:
        """ "the Government of the Socialist Republic of Viet Nam": the state itself, by its code."""
        if not re.match(r"(?:the\s+)?(?:Government|Cabinet|State)\s+of\b", side, re.I):
            return None
        inside = {code for code, spans in facts.countries.items() if any(start <= sp.start < end for sp in spans)}
        return next(iter(inside)) if len(inside) == 1 else None

    def _party_body(self, facts: Facts, name: str, start: int) -> str:
        """A party the text names only in the document's name ("between Turkmengaz and Hyundai
        Engineering") is a body of its own, listed with the others."""
        if self.lex.place(name) is None and not any(fold(p.name) == fold(name) for p in facts.people):
            body = facts.organizations.setdefault(name, EntityFacts(name=name))
            body.mentions.append(Span(start, start + len(name)))
        return name

    def _named_sides(self, agreement: EntityFacts) -> list[str]:
        """ "GCC–Central Asia Joint Action Plan", "Japan-Philippines Reciprocal Access Agreement": the
        sides the name opens with, when each is a known state, body or region."""
        m = re.match(r"([A-Z][\w.]*(?:\s[A-Z][\w.]*)*?)\s?[-–—]\s?([A-Z][^-–—]*)$", agreement.name)
        if m is None:
            return []
        left = self._side(m.group(1))
        words = m.group(2).split()
        right = next((side for n in range(len(words) - 1, 0, -1) if (side := self._side(" ".join(words[:n])))), [])
        return _unique(left + right) if left and right else []

    def _side(self, said: str) -> list[str]:
        country, body = self.lex.country(said), self.lex.org(said)
        if country is not None:
            return [self._country_name(country.code)]
        if body is not None:
            return [body.name]
        return [self._country_name(c) for c in self.lex.regions.get(fold(said), ())]

    def _is_group(self, name: str) -> bool:
        """BRICS, the GCC, the SCO: an international body whose members gather, not a venue's name."""
        entry = self.lex.org(name)
        return entry is not None and entry.country is None

    @staticmethod
    def _top_countries(facts: Facts) -> list[str]:
        counts = Counter({code: len(spans) for code, spans in facts.countries.items()})
        return [code for code, _ in counts.most_common(2)]

    def _main_country(self, facts: Facts) -> str | None:
        counts = Counter({code: len(spans) for code, spans in facts.countries.items()})
        return counts.most_common(1)[0][0] if counts else None

    def _country_name(self, code: str | None) -> str:
        return self.lex.country_names.get(code or "", code or "")

    # --- whole-article passes ------------------------------------------------------------------

    def _credentials(self, facts: Facts, drafts: list[Draft]) -> None:
        """Ambassadors listed after the sentence that says credentials were presented: one event each,
        with the head of state who received them."""
        first = next((d for d in drafts if d.type == "credentials"), None)
        if first is None:
            return
        envoys = {p.name for p in facts.people if any(self.envoy.search(r.title) for r in p.roles)}
        receivers = [n for n in first.participants if n not in envoys]
        receiver = receivers[0] if receivers else None
        out = []
        for d in drafts:
            if d.type != "credentials":
                continue
            named = [n for n in d.participants if n in envoys]
            if d is first and not named:
                continue
            for envoy in named:
                out.append(
                    Draft(
                        "credentials",
                        d.sentence,
                        d.trigger,
                        [envoy] + ([receiver] if receiver else []),
                        d.date or first.date,
                        None,
                        d.place or first.place,
                    )
                )
        listed = {n for d in out for n in d.participants}
        for person in facts.people:
            if person.name in envoys and person.name not in listed:
                where = person.mentions[0].start
                sent = next((s for s in facts.sentences if s.start <= where < s.end), first.sentence)
                told = first.sentence.start <= sent.start  # the ceremony's day and place are said by then
                out.append(
                    Draft(
                        "credentials",
                        sent,
                        first.trigger,
                        [person.name] + ([receiver] if receiver else []),
                        first.date if told else None,
                        None,
                        first.place if told else None,
                    )
                )
        # in the story's order: "In the afternoon, ..." after the ceremony is of its day
        drafts[:] = sorted([d for d in drafts if d.type != "credentials"] + out, key=lambda d: d.sentence.start)

    @staticmethod
    def _absorb_generic_meetings(drafts: list[Draft]) -> list[Draft]:
        """ "X had a series of meetings in Brussels today" + "X met A ... and B": the named meetings
        take the general one's date and place, and the general one goes."""
        out = []
        for d in drafts:
            if d.type == "meeting" and len(d.participants) == 1:
                named = [
                    o
                    for o in drafts
                    if o is not d
                    and o.type == "meeting"
                    and len(o.participants) > 1
                    and d.participants[0] in o.participants
                    # "Quispe said the consultations would resume in La Paz": other talks, to come
                    and (o.status == "scheduled") == (d.status == "scheduled")
                ]
                if named:
                    for o in named:
                        if o.date is None and o.inherited_date is None and d.date is not None:
                            o.inherited_date = d.date.value
                        o.place = o.place or d.place
                    continue
            out.append(d)
        return out

    @staticmethod
    def _inherit_dates(text: str, drafts: list[Draft], today: str | None) -> None:
        """A sentence that goes on about the same happening ("During the meetings", "After the talks")
        takes its date from the last dated event of that kind; one dated after the publication day is
        to come, whatever its words."""
        # What is to come dates nothing told in the past tense after it: two records, by tense.
        last: dict[bool, dict[str, str]] = {True: {}, False: {}}
        day: dict[bool, str | None] = {True: None, False: None}
        by_actor: dict[str, str] = {}  # each actor's latest day told, of what happened
        for d in drafts:
            ahead = _ahead(d, today)
            if d.follows is not None:
                d.inherited_date = d.follows.date.value if d.follows.date else d.follows.inherited_date
                if d.inherited_date:  # "On the sidelines of the summit, X met Y. X also met Z": that day
                    last[ahead][d.type] = d.inherited_date
                continue
            if d.date is None and d.same_day is not None:
                # "the day before", with no day told yet: the day before the story's
                d.inherited_date = _days_on(day[ahead] or (today if d.same_day < 0 else None), d.same_day)
                continue
            if d.date is not None and _recalled(text, d):
                continue  # "had already received X in March": recalled, the story goes on from its own day
            if d.date is not None:
                if not ahead and d.date.value:
                    by_actor.update(dict.fromkeys(d.participants, d.date.value))
                for tense in {True, ahead}:  # a past happening dates later plans too
                    if d.date.value and len(d.date.value) == 10:
                        # "on the same day": the latest day told so far, not an earlier one recalled
                        day[tense] = max(day[tense] or "", d.date.value)
                    last[tense][d.type] = d.date.value or ""
                    if d.type in ("meeting", "summit", "call"):
                        last[tense]["agreement"] = d.date.value or ""
                    elif d.type == "visit":  # a signing is of the talks told, else of the visit
                        last[tense].setdefault("agreement", d.date.value or "")
                continue
            if d.inherited_date is None and d.continues and d.type not in _OWN_DAY:
                # "Later, the two ministers signed ...": after the latest day told, not a date recalled
                later = day[ahead] if d.refers == "" else None
                told = later or last[ahead].get(d.refers or "") or last[ahead].get(d.type)
                if told and d.refers == "visit" and d.type != "visit":
                    told = told[:7]  # "during her stay": some day of a visit of several, said to the month
                d.inherited_date = told or (day[ahead] if d.refers is not None else None)
                if d.inherited_date:  # "Y was also received by Z": of the same day as the talks it follows
                    last[ahead][d.type] = d.inherited_date
            if d.inherited_date is None and d.date is None and d.reported and not ahead:
                # "X arrived in Y on Wednesday. X was welcomed by Z": the story goes on with X that day
                d.inherited_date = next((by_actor[a] for a in d.participants if a in by_actor), None)

    def _without_states_of_people(self, facts: Facts, drafts: list[Draft]) -> list[Draft]:
        """ "Peru and Bolivia held consultations, led by X and Y": the talks are between the people who
        held them; their states stand in only where no one is named, and "The two sides co-chaired the
        third round of consultations between China and Kiribati", after the talks of the two states'
        people that day, tells those talks again."""
        people = {p.name: p for p in facts.people}
        for d in drafts:
            if d.type in (EventType.MEETING, EventType.CALL) and sum(n in people for n in d.participants) >= 2:
                d.participants = [n for n in d.participants if n in people or self.lex.country(n) is None]
        out: list[Draft] = []
        for d in drafts:
            if not self._told_by_people(d, out, people):
                out.append(d)
        return out

    def _told_by_people(self, d: Draft, told: list[Draft], people: Mapping[str, PersonFacts]) -> bool:
        states = {e.code for n in d.participants if (e := self.lex.country(n)) is not None}
        if d.type != EventType.MEETING or not len(states) == len(d.participants) > 1:
            return False
        return any(
            o.type == d.type and _compatible(_day(o), _day(d)) and self._held_by(o, states, people) for o in told
        )

    @staticmethod
    def _held_by(talks: Draft, states: set[str], people: Mapping[str, PersonFacts]) -> bool:
        """Whether the talks are between people of exactly these states."""
        of = [{r.country for r in people[n].roles if r.country} for n in talks.participants if n in people]
        return len(of) >= 2 and set().union(*of) == states

    def _dedupe(self, drafts: list[Draft]) -> list[Draft]:
        """One event per happening. Two reports of one trip from the same sentence are one visit whatever
        hosts each names ("A welcomed B to X ..., the first state visit by ...")."""
        out: list[Draft] = []
        for d in drafts:
            value = _day(d)
            same = next((o for o in out if _told_again(o, d, self._same_place)), None)
            if same is None:
                out.append(d)
                continue
            same.participants = _unique(same.participants + d.participants)
            if (
                value
                and not (same.date or same.inherited_date)
                or _one_stay(same, d, self._same_place)
                and _day(d) < _day(same)
            ):
                same.date, same.inherited_date = d.date, d.inherited_date
        return out

    def _evidence(self, facts: Facts, d: Draft) -> Span | None:
        """The sentence that states the event; when it names none of the participants (they came
        from a pronoun or an earlier sentence), the neighbouring sentences that do, within 600 characters."""
        index = facts.sentences.index(d.sentence)
        d.participants = self._as_written(facts, d)
        people = {p.name for p in facts.people}
        keys = [k for n in d.participants for k in {fold(n), fold(n).split()[-1] if fold(n) else ""} if k]

        def names_one(start: int, end: int) -> bool:
            span = fold(facts.text[start:end])  # "Indonesian engineers" names Indonesia
            return any(k in span for k in keys)

        start, end = d.sentence.start, d.sentence.end
        if end - start > 600:
            start, end = _window(facts, start, end, d.trigger[0])
        lo = hi = index
        first = facts.body_index()  # never the headline or the menus above the story
        while not names_one(start, end):
            grown = False
            if lo > first and end - facts.sentences[lo - 1].start <= 600:
                lo -= 1
                start = facts.sentences[lo].start
                grown = True
            elif hi + 1 < len(facts.sentences) and facts.sentences[hi + 1].end - start <= 600:
                hi += 1
                end = facts.sentences[hi].end
                grown = True
            elif hi + 1 < len(facts.sentences) and all(n in people for n in d.participants):
                # people described before they are named ("the foreign ministers of the two countries
                # held talks. Foreign Minister A led ..."): up to the first name of a long next sentence
                after = facts.sentences[hi + 1].start
                said = facts.text[after : start + 600].lower()
                found = [said.find(k) + len(k) for k in keys if k in said]
                if found:
                    return Span(start, after + min(found))
            if not grown:
                return self._from_antecedent(facts, d, keys)
        return Span(start, end)

    @staticmethod
    def _as_written(facts: Facts, d: Draft) -> list[str]:
        """A body the sentence names only by its acronym ("the EU and Uzbekistan signed") is given as
        written, so that the evidence names it; the acronym stays one of the body's aliases."""
        said = facts.text[d.sentence.start : d.sentence.end]
        out = []
        for name in d.participants:
            body = facts.organizations.get(name)
            if body is not None and fold(name) not in fold(said):
                name = next((a for a in sorted(body.aliases) if re.search(rf"(?<!\w){re.escape(a)}(?!\w)", said)), name)
            out.append(name)
        return out

    @staticmethod
    def _from_antecedent(facts: Facts, d: Draft, keys: list[str]) -> Span | None:
        """ "... the Saudi and Iranian ministers. The two sides further agreed ...": the sentence, and the
        text back to where the parties it refers to were last named, if that fits in 600 characters."""
        end = d.sentence.end
        before = facts.text[max(0, end - 600) : d.sentence.start]
        folded = before.lower()
        hits = [folded.rfind(k) for k in keys if k]
        at = max(hits, default=-1)
        if at < 0:
            return None
        start = max(0, end - 600) + at
        while start > 0 and not facts.text[start - 1].isspace():
            start -= 1
        return Span(start, end) if end - start <= 600 else None

    def _rule_at(self, text: str, d: Draft) -> str:
        """The id of the trigger row that matches the draft's trigger, its own type's first."""
        for kind in (d.type, *self.order):
            m = self.named_triggers[kind].match(text, d.trigger[0])
            if m is not None and m.end() == d.trigger[1]:
                return next(self.trigger_ids[kind][g] for g, v in m.groupdict().items() if v is not None)
        return f"{d.type}.(no trigger)"

    def _events(self, facts: Facts, drafts: list[Draft]) -> list[Event]:
        events: list[Event] = []
        for d in drafts:
            evidence = self._evidence(facts, d)
            if evidence is None:
                continue  # no sentence near it names a participant: not a traceable fact
            date = d.date.value if d.date else d.inherited_date
            events.append(
                Event(
                    id=f"e{len(events) + 1}",
                    type=d.type,
                    participants=d.participants,
                    evidence=evidence,
                    date=date,
                    date_text=d.date.text if d.date else None,
                    place=d.place,
                    agreement=d.agreement,
                    ordinal=d.ordinal,
                    # the main clause told in the past: it happened, dated or not
                    status=_status_by_date(
                        _called_off(facts.doc, d.trigger) or d.status or ("occurred" if d.reported else None),
                        date,
                        facts.anchor,
                    ),
                    provenance={"rule": d.rule or self._rule_at(facts.text, d)},
                )
            )
        return events


# What one does at a group's gathering rather than at talks of two.
_AT_A_GATHERING = re.compile(r"\b(?:was|were) represented by\b|\baddressed the (?:\w+ )?(?:ceremony|session|summit)\b")
# Events held at a venue, which a sentence naming one place is about.
_HELD_SOMEWHERE = frozenset({"meeting", "summit", "credentials", "agreement"})


def _hangs_from(doc: Doc, mention: Span, anchors: set[int], preps: tuple[str, ...]) -> bool:
    """Whether the words at `mention` hang from one of the `anchors` with no other clause's verb between."""
    words = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if words is None:
        return False
    ancestors = list(words.root.ancestors)
    prep = next((t for t in ancestors if t.dep_ == "prep"), None)
    if prep is None or prep.lower_ not in preps:
        return False  # "a pledge from Brussels", "arrived from Astana": not where it happened
    for t in ancestors:
        if t.i in anchors:
            return True
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux":
            # "their first summit, held in Jeddah": a clause that only describes the event
            return t.dep_ in ("acl", "relcl") and t.head.i in anchors
    return False


# "A hosted B", not "A was welcomed at the airport by B"
_HOSTED = re.compile(
    r"(?<!was )(?<!were )(?<!been )\b(?:hosted|received|welcomed|greeted)\b(?![^,.;]{0,60}\bby\b)", re.I
)
_TOLD_ELECTION = re.compile(r"(?:the\s+)(?:elections?|vote|polls?)\s+(?:was|were|is|are|had|has)\b", re.I)
_MODIFIERS_ONLY = re.compile(r"(?:\s+(?!(?:and|or|the|a|an|in|on|of|to|for|at|after|before)\b)[\w-]+)*\s*")
# "had already received X in March": a happening recalled in the pluperfect
_RECALLED = re.compile(
    r"\bhad\s+(?:already\s+|previously\s+|earlier\s+)?(?:\w+ed|met|held|had|paid|spoken)\b|\brecall(?:ed|ing|s)\b"
    r"|\bsince\s+(?:the|his|her|their)\b",  # "since the President paid a state visit in January last year"
    re.I,
)


def _recalled(text: str, d: Draft) -> bool:
    return _RECALLED.search(text, d.sentence.start, d.trigger[1]) is not None


def _side_names(p: Predicate) -> list[str]:
    return _unique([a.name for side in p.sides for a in side])


def _fold_talks_told_again(facts: Facts, drafts: list[Draft]) -> list[Draft]:
    """ "Following the consultations, A and B signed ...": talks already told, whose people these are;
    they join the last talks before and make none of their own. The bodies a document is between
    ("... signed a memorandum between the Ministry of X and the Ministry of Y") are its parties, not the
    talks'."""
    text = facts.text
    parties = {p for a in facts.agreements.values() for p in a.parties}
    out: list[Draft] = []
    for d in drafts:
        earlier = next((o for o in reversed(out) if o.type == "meeting" and o.sentence is not d.sentence), None)
        told = _TALKS_TOLD.match(text, d.trigger[0]) and _THE_BEFORE.search(
            text, max(0, d.trigger[0] - 8), d.trigger[0]
        )
        # "the consultations held in Tromsø last month": dated, so talks of their own
        if d.type == "meeting" and earlier is not None and told and d.date is None:
            known = set(earlier.participants) | parties
            earlier.participants.extend(n for n in d.participants if n not in known)
            if not (earlier.date or earlier.inherited_date):  # "At the end of the talks" was dated by the visit
                earlier.date, earlier.inherited_date = d.date, d.inherited_date
            continue
        out.append(d)
    return out


_TALKS_TOLD = re.compile(
    r"(?:talks|consultations|negotiations|meeting|discussions)\b(?!\s+(?:between|with|of)\b)", re.I
)
_THE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.I)


def _one_search(patterns: Iterable[str]) -> str:
    """Trigger rows as one alternation, those that open at a word boundary behind one shared `\\b`, so
    the engine tests the boundary once at each place instead of once per row (a third of the time)."""
    rows = list(patterns)
    bounded = ["(?:" + p.removeprefix(r"\b") + ")" for p in rows if p.startswith(r"\b")]
    other = [f"(?:{p})" for p in rows if not p.startswith(r"\b")]
    return "|".join(([r"\b(?:" + "|".join(bounded) + ")"] if bounded else []) + other)


def _parse_names_more(facts: Facts, d: Draft, p: Predicate) -> bool:
    """Whether the parse's reading of talks names the people the phrase rules took only the states or
    bodies of ("the foreign ministers of the two countries held talks at the Ministry")."""
    if p.kind not in (EventType.MEETING, EventType.CALL) or d.type != p.kind or p.session:
        return False
    read = [a for side in p.sides for a in side]
    people = {person.name for person in facts.people}
    return len(read) > 1 and all(a.kind == "person" for a in read) and not any(n in people for n in d.participants)


def _parse_names_other_visitor(d: Draft, p: Predicate) -> bool:
    """Whether the parse's visitor is someone the phrase rules did not take for one."""
    if p.kind != EventType.VISIT or d.type != p.kind or not p.sides or not p.sides[0]:
        return False
    spans = [(p.start, p.end), *p.clause]
    if not any(s <= d.trigger[0] < e for s, e in spans):
        return False  # "X paid a visit to Y, and Z travelled to W": the phrase rules read Z's trip
    return all(a.kind == "person" for a in p.sides[0]) and not {a.name for a in p.sides[0]} & set(d.participants)


def _add_gathering_body(facts: Facts, d: Draft) -> None:
    """ "took part in the XI Summit of the Association of Caribbean States", "attend the Mekong-Ganga
    Cooperation ministerial meeting": the body whose gathering it is takes part beside its attendees
    (a forum or a venue named there is the gathering or its place, not a body)."""
    words = facts.doc.char_span(d.trigger[0], d.trigger[1], alignment_mode="expand")
    if words is None or any(n in facts.organizations for n in d.participants):
        return
    head = words.root
    bodies = [
        a
        for a in facts.actors_in(head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text))
        if a.kind == "org" and not set(fold(a.name).split()) & _NOT_A_GATHERING_BODY
    ]
    if bodies:
        d.participants.append(bodies[0].name)


_NOT_A_GATHERING_BODY = frozenset(
    {"forum", "conference", "summit", "meeting", "dialogue", "centre", "center", "hall", "palace", "hotel"}
)


def _in_other_clause(doc: Doc, start: int, end: int) -> bool:
    """Whether the words at start..end hang from a clause describing something, not a movement."""
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return False
    clauses = [t for t in words.root.ancestors if t.pos_ == "VERB" and t.dep_ in ("relcl", "acl")]
    return any(not t.lower_.startswith(_MOVES) for t in clauses)


_MOVES = ("arriv", "came", "come", "travel", "visit", "stay", "reach", "flew", "fly", "land", "went", "go")


def _inherit_places(facts: Facts, drafts: list[Draft]) -> None:
    """A sentence that names no place happened where the one it goes on from did ("After the talks"),
    and a happening of the day the story was filed, where it was filed ("MANILA, July 8 —")."""
    filed = _dateline_place(facts)
    days = {facts.anchor.isoformat(), (facts.anchor - timedelta(days=1)).isoformat()} if facts.anchor else set()
    last: str | None = None
    last_day: str | None = None
    by_day: dict[str, str] = {}  # "Later, ... signed": where that day's talks were, not a signing recalled
    for d in drafts:
        value = d.date.value if d.date else d.inherited_date
        # "..., concluded last year, was also discussed": a happening of another day was elsewhere
        elsewhen = d.date is not None and d.date.value != last_day
        if d.place is None and (d.follows is not None or d.continues or d.same_day == 0) and not elsewhen:
            d.place = by_day.get(value, last) if value else last
        if d.place is None and d.status != "scheduled" and value in days:
            d.place = filed
        # "had already received X in Santo Domingo", "agreed to meet in Nicosia in October": not the scene
        ahead = d.status == "scheduled" or bool(value and facts.anchor and value > facts.anchor.isoformat())
        if d.place is not None and not _recalled(facts.text, d) and not ahead:
            last, last_day = d.place, value
            if value:
                by_day.setdefault(value, d.place)


def _each_destination(facts: Facts, drafts: list[Draft]) -> list[Draft]:
    """ "visited Kinshasa, Kigali and Bujumbura", "moves on to Kazakhstan and then Uzbekistan": one
    visit per place of the list the visit's place heads, where every item of it is a place."""
    out: list[Draft] = []
    for d in drafts:
        out.append(d)
        if d.type == EventType.VISIT and d.place is not None:
            out.extend(replace(d, place=other, participants=list(d.participants)) for other in _listed_with(facts, d))
    return out


def _listed_with(facts: Facts, d: Draft) -> list[str]:
    """The other places joined to the visit's place after its trigger, if all of the list are places."""
    named = _place_mentions(facts, d.sentence)
    first = next((span for span, name in named.items() if span[0] >= d.trigger[1] and name == d.place), None)
    if first is None:
        return []
    token = facts.doc.char_span(*first, alignment_mode="expand")
    if token is None:
        return []
    listed = []
    for conj in token.root.conjuncts:
        name = next((n for (s, e), n in named.items() if s <= conj.idx < e), None)
        if name is None:
            return []  # "visited Kigali and the headquarters of the mission": not a list of places
        listed.append(name)
    return [n for n in _unique(listed) if n != d.place]


def _place_mentions(facts: Facts, sent: Sentence) -> dict[tuple[int, int], str]:
    found = {
        (m.start, m.end): place.name
        for place in facts.places.values()
        for m in place.mentions
        if sent.start <= m.start < sent.end
    }
    found.update({(a.start, a.end): a.name for a in facts.actors_in(sent.start, sent.end) if a.kind == "country"})
    return found


def _dateline_place(facts: Facts) -> str | None:
    """The place a dateline opens with: a line that starts "MANILA, July 8 (Agency) —"."""
    for place in facts.places.values():
        for m in place.mentions:
            at_line_start = m.start == 0 or facts.text[m.start - 1] == "\n"
            if m.start < 1500 and at_line_start and _FILED.match(facts.text, m.end):
                return place.name
    return None


def _window(facts: Facts, start: int, end: int, at: int) -> tuple[int, int]:
    """At most 600 characters of a long sentence around `at`, cut between words and outside any name."""
    inside = [
        (m.start, m.end)
        for group in (facts.people, [*facts.organizations.values(), *facts.places.values()])
        for e in group
        for m in e.mentions
    ]
    lo = max(start, min(at - 300, end - 600))
    while lo < end and (not facts.text[lo - 1].isspace() or any(s < lo < e for s, e in inside)):
        lo += 1
    hi = min(end, lo + 600)
    while hi > lo and (hi < end and not facts.text[hi].isspace() or any(s < hi < e for s, e in inside)):
        hi -= 1
    return lo, hi


def _governs(doc: Doc, text: str, trigger: tuple[int, int], agreement: EntityFacts, sent: Sentence) -> bool:
    """Whether a signing verb governs a document: "signed X and Y", "the treaty the two countries signed",
    not "reaffirms the treaty they signed in 2008, as well as Z"."""
    verb = doc.char_span(*trigger, alignment_mode="expand")
    mention = next((m for m in agreement.mentions if sent.start <= m.start < sent.end), None)
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention else None
    if verb is None or span is None or mention is None:
        return False
    if 0 <= trigger[0] - mention.end <= 3 and text[mention.end : trigger[0]].strip() in (",", ""):
        return True  # "the General Agreement ..., concluded on 27 May 1998"
    head, root = span.root, verb.root
    if root in head.subtree:
        return True
    if head not in root.subtree:
        return False
    # "concluded a third round of negotiations on an Air Services Agreement": signed is the round, not it
    token = head
    while token.i != root.i and token.head.i != token.i:
        token = token.head
        if token.lower_.removesuffix("s") in _NOT_SIGNED_THROUGH:  # no lemmatizer runs: the plural by hand
            return False
    return True


def _concludes_talks(doc: Doc, trigger: tuple[int, int]) -> bool:
    """ "Officials concluded a third round of negotiations on X": what the verb ended is the talks."""
    verb = doc.char_span(*trigger, alignment_mode="expand")
    objects = [c for c in verb.root.children if c.dep_ == "dobj"] if verb is not None else []
    return any(o.lower_.removesuffix("s") in _NOT_SIGNED_THROUGH for o in objects)


def _grammatical_subject(doc: Doc, people: list[Actor], current: Actor | None) -> Actor:
    """Who "he" or "she" will mean next: the person the sentence is about (its subject), the same one
    as before when the subject is a pronoun ("With X, he discussed ..."), else the first one named."""
    spans = [doc.char_span(p.start, p.end, alignment_mode="expand") for p in people]
    for person, span in zip(people, spans, strict=True):
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            return person
    sent = next((span.root.sent for span in spans if span is not None), None)
    pronoun = sent is not None and any(
        t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.lower_ in ("he", "she") for t in sent
    )
    # "- 11:00 Working lunch with Foreign Minister X": a line with no finite verb is still about the one
    # the story was about
    subjectless = sent is not None and not any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for t in sent)
    return current if current is not None and (pronoun or subjectless) else people[0]


def _coordinated(text: str, sent: Sentence, people: list[Actor]) -> list[Actor]:
    """The last person of `people` and those joined to them by "and" or commas ("Minister Kamikawa and
    Minister Kihara, who are visiting"), with nothing but titles between."""
    if not people:
        return []
    group = [people[-1]]
    for earlier in reversed(people[:-1]):
        between = text[earlier.end - sent.start : group[0].start - sent.start]
        if not re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?(?:[A-Z][\w.’'-]*\s+)*", between):
            break
        group.insert(0, earlier)
    return group


def _signing_date(
    doc: Doc, dates: list[DateMention], trigger: tuple[int, int], agreement: EntityFacts, sent: Sentence
) -> DateMention | None:
    """The date of one signing: one the signing verb governs ("which was signed in Jakarta in October
    2023"), else the one said nearest the document's name ("adopted X in 2019, and agreed Y ... on
    23 October 2023")."""
    if not dates:
        return None
    verb = doc.char_span(*trigger, alignment_mode="expand")
    if verb is not None:
        own = [d for d in dates if _clause_verb(doc, sent.start + d.start) == verb.root.i]
        if len(own) == 1:
            return own[0]
        # "signed the Agreement, which replaces the memorandum of 2011": a clause about the document
        dates = [d for d in dates if not _in_relative_clause(doc, sent.start + d.start, verb.root.i)]
        if not dates:
            return None
    mention = next(m for m in agreement.mentions if sent.start <= m.start < sent.end)
    at, end = mention.start - sent.start, mention.end - sent.start
    return min(dates, key=lambda d: max(at - d.end, d.start - end, 0))


def _hosts_on_arrival(facts: Facts, drafts: list[Draft]) -> None:
    """ "X was welcomed at the airport by Y": Y hosts the visit of X told last before it."""
    for p in facts.predicates:
        if not p.arrival or len(p.sides) < 2:
            continue
        visitors = {a.name for a in p.sides[0]}
        visit = next(
            (
                d
                for d in reversed(drafts)
                if d.type == EventType.VISIT and d.trigger[0] <= p.start and visitors & set(d.participants)
            ),
            None,
        )
        if visit is not None:
            visit.participants.extend(a.name for a in p.sides[1] if a.name not in visit.participants)


def _not_of_other_clauses(
    doc: Doc, dates: list[DateMention], trigger: tuple[int, int], sent: Sentence
) -> list[DateMention]:
    """The dates the trigger's own clause says, where it says any ("also met X, and will be received
    today by Y"); else those not of a relative clause about someone ("Y, which arrived on Sunday")."""
    verb = _clause_verb(doc, trigger[0])
    if verb is None or not dates:
        return dates
    if len(dates) == 1:  # "X, who arrived in Dodoma on Wednesday, co-chaired ...": X's day, not the event's
        return [] if _about_someone(doc, sent.start + dates[0].start, verb) else dates
    # "The two-day forum, which opened on Tuesday": a clause about the happening itself is its own
    words = {t.i for t in doc.char_span(*trigger, alignment_mode="expand") or []}
    own = [
        d
        for d in dates
        if (owner := _clause_verb(doc, sent.start + d.start)) == verb
        or owner is not None
        and doc[owner].dep_ in ("relcl", "acl")
        and doc[owner].head.i in words
    ]
    return own or [d for d in dates if not _in_relative_clause(doc, sent.start + d.start, verb)] or dates


def _in_relative_clause(doc: Doc, at: int, verb: int) -> bool:
    """Whether the date at `at` belongs to a relative clause other than the verb's own."""
    owner = _clause_verb(doc, at)
    return owner is not None and owner != verb and doc[owner].dep_ in ("relcl", "acl")


def _about_someone(doc: Doc, at: int, verb: int) -> bool:
    """Whether the date at `at` is in a relative clause about a person ("who arrived on Monday")."""
    owner = _clause_verb(doc, at)
    if owner is None or owner == verb or doc[owner].dep_ != "relcl":
        return False
    return any(t.lower_ in ("who", "whom", "whose") for t in doc[owner].children)


def _clause_owner(
    doc: Doc, verbs: list[tuple[int, int]], agreement: EntityFacts, sent: Sentence
) -> tuple[int, int] | None:
    """The signing verb whose clause names the document, if any."""
    mention = next(m for m in agreement.mentions if sent.start <= m.start < sent.end)
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    clause = _clause_verb(doc, span.root.idx)
    for verb in verbs:
        token = doc.char_span(*verb, alignment_mode="expand")
        if token is not None and token.root.i == clause:
            return verb
    return None


def _clause_verb(doc: Doc, at: int) -> int | None:
    """The verb whose clause holds the word at character `at`."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    for _ in range(12):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return token.i
        token = token.head
    return None


def _verb_tense(doc: Doc, at: int) -> str | None:
    """The tense of the verb that the date at `at` is attached to, where its form says one: "will
    visit", "to meet" ahead; "appointed", "had met", "was held" behind; "is meeting", "leaves" either
    side. A "would" says none ("said he would travel on Thursday"), nor does a verb the date only
    stands in a phrase under ("the eve of the anniversary (2 February) was", "the 18 May summit")."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return None
    verb = span.root.head
    if verb.pos_ == "ADP":  # "on Monday"; but "set for Friday", "by 30 June" look ahead whatever the verb
        if verb.lower_ not in ("on", "in", "at", "during"):
            return None
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "shall", "'ll") or a.tag_ == "TO" for a in auxes):
        return "future"
    progressive = verb.tag_ == "VBG" and any(a.lower_ in ("is", "are", "am") for a in auxes)
    if progressive or not auxes and verb.tag_ in ("VBZ", "VBP"):
        return "present"  # "is visiting Rome on Thursday", "leaves for Madrid on Saturday": now or soon
    if any(a.tag_ == "VBD" or a.lower_ in ("has", "have") for a in auxes) or not auxes and verb.tag_ == "VBD":
        return "past"
    return None


def _anaphoric(text: str, at: int, kind: str) -> bool:
    """ "the meetings", "this visit": a happening already reported, not a new one."""
    before = text[max(0, at - 12) : at].lower()
    if kind == "visit":
        # "this visit", "the visit had been cancelled"; but "the visit by X to Y" is told here
        return bool(re.search(r"\b(?:this|that|these|his|her)\s+$", before)) or bool(
            re.search(r"\bthe\s+$", before) and not re.match(r"visit\s+(?:by|of|to)\b", text[at : at + 12], re.I)
        )
    if kind == "meeting":  # but "the meeting between X and Y is scheduled for Thursday" names its sides
        return bool(re.search(r"\b(?:the|these|those|this|that)\s+$", before)) and bool(
            re.match(r"meetings?\b(?!\s+between\b)", text[at : at + 20], re.I)
        )
    return False


def _clause_dates(dates: list[DateMention], p: Predicate, offset: int) -> list[DateMention]:
    """The dates said in the predicate's own clause (`offset`: where the dates' sentence starts)."""
    return [d for d in dates if any(s <= offset + d.start < e for s, e in p.clause)]


# what no talks or visit it is told beside takes the day of: "The visit was postponed because of the election"
_OWN_DAY = frozenset({EventType.ELECTION})


def _days_from_last(text: str) -> int | None:
    """How many days after the last day told the sentence's happening is, where it says so."""
    counted = _COUNTED_DAYS.search(text)
    if counted is None:
        return 0 if _SAME_DAY.search(text) else None
    if counted["n"]:
        n = COUNT_WORDS.get(counted["n"].lower()) or int(counted["n"])
        return n if counted["dir"].lower() == "later" else -n
    return 1 if counted["next"] else -1


def _days_on(day: str | None, shift: int) -> str | None:
    if day is None or len(day) != 10 or not shift:
        return day
    return (date.fromisoformat(day) + timedelta(days=shift)).isoformat()


def _ahead(d: Draft, today: str | None) -> bool:
    """Whether a draft tells what is to come: announced, or dated after the publication day."""
    return d.status == "scheduled" or bool(today and d.date and d.date.value and d.date.value[:10] > today)


def _day(d: Draft) -> str:
    return (d.date.value if d.date else d.inherited_date) or ""


def _told_again(o: Draft, d: Draft, same_place: Callable[[str, str], bool]) -> bool:
    """Whether `d` reports `o`'s happening again: of one type and document, with the same sides at
    compatible dates (a visit: the same traveller in the same sentence), or one stay of a visitor."""
    if o.type != d.type or o.agreement != d.agreement:
        return False
    same_sides = set(o.participants) == set(d.participants) or (
        d.type == "visit" and o.sentence is d.sentence and o.participants[:1] == d.participants[:1]
    )
    # "met in Lima on Tuesday ... would resume in La Paz later in the year": talks to come are others
    # (a stay told on and ahead is one visit: "arrived on Monday ... will travel to Taupo tomorrow")
    same_tense = d.type == "visit" or (o.status == "scheduled") == (d.status == "scheduled")
    return same_sides and same_tense and _compatible(_day(d), _day(o)) or _one_stay(o, d, same_place)


def _one_stay(a: Draft, b: Draft, same_place: Callable[[str, str], bool]) -> bool:
    """ "arrived in Dushanbe on 4 July" and "who is in Tajikistan on a state visit" (told of 5 July):
    one visitor's trips to one place a few days apart are one visit, dated by its first day."""
    first, second = sorted((_day(a), _day(b)))
    same_trip = a.type == b.type == "visit" and a.status == b.status and a.participants[:1] == b.participants[:1]
    if (
        not same_trip
        or len(first) != 10
        or len(second) != 10
        or a.place
        and b.place
        and not same_place(a.place, b.place)
    ):
        return False
    return (date.fromisoformat(second) - date.fromisoformat(first)).days <= 3


def _compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)


def _status_by_date(said: str | None, when: str | None, today: date | None) -> str | None:
    """The status the words give, as the dates allow: a day before the publication day has passed,
    whatever tense the sentence is in ("following the visit ... in October 2022"), and one after
    it is still to come. Called off or moved stays as said."""
    span = period(when) if when and today else None
    if span is None or today is None or said in ("cancelled", "postponed"):
        return said
    if span[1] < today:
        return "occurred"
    if span[0] > today:
        return "scheduled"
    return said or "occurred"


_CALLED_OFF = {
    **dict.fromkeys(("cancelled", "canceled", "scrapped", "cancel", "cancels"), "cancelled"),
    **dict.fromkeys(("postponed", "postpone", "postpones", "delayed", "deferred", "rescheduled"), "postponed"),
}


def _called_off(doc: Doc, trigger: tuple[int, int]) -> str | None:
    """ "The visit ... has been postponed", "cancelled her trip to Moscow", "the summit was called off":
    the happening is the subject or object of a verb that calls it off or moves it."""
    words = doc.char_span(trigger[0], trigger[1], alignment_mode="expand")
    if words is None or words.root.dep_ not in ("nsubjpass", "dobj"):
        return None
    verb = words.root.head
    if verb.lower_ == "called" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return "cancelled"
    return _CALLED_OFF.get(verb.lower_)


_WITNESSED = frozenset({"witnessed", "attended", "oversaw", "observed"})


def _tells_it_happened(doc: Doc, trigger: tuple[int, int], document: EntityFacts) -> bool:
    """ "The two countries signed a memorandum": the main clause's verb in the past with its signers and
    the document as its object, news even with no date (not "will sign", nor "X was signed in 2019",
    nor "concluded a round of negotiations on X")."""
    words = doc.char_span(trigger[0], trigger[1], alignment_mode="expand")
    if words is None:
        return False
    verb = words.root
    if verb.lower_ == "signing" and verb.dep_ == "dobj" and verb.head.lower_ in _WITNESSED:
        # "The two leaders witnessed the signing of X": the signing, told by the main clause
        inside = (verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text))
        return verb.head.dep_ == "ROOT" and any(inside[0] <= m.start < inside[1] for m in document.mentions)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]
    signed = any(
        o.idx <= m.start < o.idx + len(o.text) or m.start <= o.idx < m.end for o in objects for m in document.mentions
    )
    return signed and verb.dep_ == "ROOT" and verb.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in verb.children)


def _document_referred_to(facts: Facts, sent: Sentence, text: str) -> list[EntityFacts]:
    """ "The treaty was signed at the Élysée Palace on 22 January 1963": the document of that kind the
    article last named before, now mentioned again."""
    m = _THE_DOCUMENT.search(text)
    if m is None:
        return []
    kind = m.group(1).lower().replace(" ", "")
    earlier = [
        (max(sp.start for sp in a.mentions if sp.start < sent.start), a)
        for a in facts.agreements.values()
        if kind in fold(a.name).replace(" ", "") and any(sp.start < sent.start for sp in a.mentions)
    ]
    if not earlier:
        return []
    agreement = max(earlier, key=lambda pair: pair[0])[1]
    agreement.mentions.append(Span(sent.start + m.start(1), sent.start + m.end(1)))
    return [agreement]


def _in_clause_of(doc: Doc, d: Draft, p: Predicate) -> bool:
    """Whether the draft's trigger stands in the predicate's own clause, not in one that describes an argument."""
    verb = doc.char_span(p.start, p.end, alignment_mode="expand")
    trigger = doc.char_span(d.trigger[0], d.trigger[1], alignment_mode="expand")
    if verb is None or trigger is None:
        return True
    if verb.start <= trigger.root.i < verb.end:
        return True
    for t in trigger.root.ancestors:
        if t.i == verb[0].i:
            return True
        if t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX"):
            return False
    return True


def _same_happening(made: str, read: str) -> bool:
    """Whether a draft of type `made` already tells what a predicate of type `read` does: talks
    held by phone are the call, a leaders' meeting read as talks is the summit."""
    talk = {EventType.MEETING, EventType.CALL, EventType.SUMMIT}
    return made == read or made in talk and read in talk


def _unique(names: list[str]) -> list[str]:
    seen: list[str] = []
    for n in names:
        if n not in seen:
            seen.append(n)
    return seen
