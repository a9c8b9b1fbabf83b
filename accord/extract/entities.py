"""Countries, organizations and places, and the acronyms the text defines for them."""

from __future__ import annotations

import re

from accord.dates import MONTHS, WEEKDAYS, parse_date_line
from accord.extract.facts import EntityFacts, Facts, overlaps
from accord.extract.lexicon import ORG_HEADS, CountryEntry, Lexicon
from accord.extract.words import Run, Word, capitalised_runs
from accord.names import HONORIFICS, fold, is_honorific
from accord.records import Span

# Org names that start with their head: "Ministry of Foreign Affairs of Kazakhstan".
_LEADING_HEADS = {
    "ministry",
    "government",
    "embassy",
    "office",
    "department",
    "university",
    "institute",
    "bank",
    "council",
    "court",
    "parliament",
    "armed",
    "house",
    "chamber",
    "cabinet",
    "commission",
    "agency",
    "secretariat",
    "administration",
    "presidium",
    "bureau",
    "consulate",
    "organization",
    "organisation",
    "national",
    "supreme",
    "central",
    "federal",
}
_NOT_PLACES = {"central asia", "europe", "asia", "africa", "middle east", "gulf", "latin america"}
_PLACE_PREPOSITIONS = {"in", "to", "at", "from", "near", "visiting", "visit", "arrived", "outside", "via", "into"}
# "ASHGABAT, June 11 (Caspian Wire) —", "Manama, May 17 (BNA) --", "OTTAWA, Ontario —", "PARIS —".
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z\u00c0-\u024f.' -]{1,30}?)(?:,\s*[A-Z][a-z]+)?"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s*\d{4})?)?"
    r"\s*(?:\([^)]{1,40}\))?\s*(?:—|–|-{1,2}|:)\s",
    re.M,
)
_PAIRED = re.compile(r"(?<![\w-])([A-Z][a-z]+)[-–]([A-Z][a-z]+)(?![\w-])")
_PLACE_DATE_LINE = re.compile(r"^(?P<place>[A-Z][A-Za-z\u00c0-\u024f.' -]{1,30}),\s+[^\n]{6,40}$", re.M)


class EntityFinder:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    # --- countries -----------------------------------------------------------------------------

    def countries(self, facts: Facts) -> None:
        text = facts.text
        for m in self.lex.country_re.finditer(text):
            if re.match(r"\s+(?:America|Asia|Africa|Europe)\b", text[m.end() : m.end() + 9]) and m.group(0) in (
                "Latin",
                "Central",
                "South",
                "North",
            ):
                continue
            before = text[max(0, m.start() - 8) : m.start()]
            if m.group(0) == "America" and re.search(r"(?:Latin|South|North|Central)\s$", before):
                continue
            entry = self.lex.country(m.group(0))
            if entry:
                facts.countries.setdefault(entry.code, []).append(Span(m.start(), m.end()))
        for m in _PAIRED.finditer(text):  # "Ghana-Norway", "Kazakh–Japanese": the second side too
            first, second = self.lex.country(m.group(1)), self.lex.country(m.group(2))
            if first and second:
                facts.countries.setdefault(second.code, []).append(Span(m.start(2), m.end(2)))

    # --- organizations -------------------------------------------------------------------------

    def organizations(self, facts: Facts, org_ents: list[tuple[int, int]]) -> None:
        text = facts.text
        for m in self.lex.org_re.finditer(text):
            entry = self.lex.org(m.group(0))
            if entry:
                self._add_org(facts, entry.name, entry.country, m.start(), m.end(), alias=m.group(0))
        lexicon_spans = sorted((sp.start, sp.end) for org in facts.organizations.values() for sp in org.mentions)
        for sent in facts.sentences:
            for run in _portfolios(sent.words, capitalised_runs(sent.words)):
                # known bodies ("European Parliament") split a run; the parts between may name others
                segment: list[Word] = []
                for w in [*run.words, None]:
                    if w is None or overlaps(lexicon_spans, w.start, w.start + 1):
                        if segment:
                            self._org_in_run(facts, segment)
                        segment = []
                    else:
                        segment.append(w)
        known = [sp for org in facts.organizations.values() for sp in org.mentions]
        for ent_start, ent_end in org_ents:
            for s, e in _ent_parts(text, ent_start, ent_end):
                name = text[s:e]
                inside = any(sp.start <= s and e <= sp.end for sp in known)
                if not inside and self._acceptable_ent(facts, name, s, e):
                    self._add_org(facts, name, None, s, e)
        self._missions(facts)
        for name in facts.attribution[1:]:
            for m in re.finditer(re.escape(name), text):
                if name[:1].isupper():
                    self._add_org(facts, name, None, m.start(), m.end())
        self._acronyms(facts)

    def _missions(self, facts: Facts) -> None:
        """ "the Chinese embassy in Manila", "the Kenyan foreign ministry": a state's mission or ministry
        written in lower case after its demonym, which no capitalised run finds."""
        for m in _MISSION.finditer(facts.text):
            said = m.group(1)
            start = m.start(1)
            if self.lex.demonym(said) is None and " " in said:  # "The Chinese", not "South African"
                start += said.index(" ") + 1
                said = said.split(" ", 1)[1]
            state = self.lex.demonym(said)
            if state is None or facts.is_claimed(m.start(2), m.end(2)):
                continue
            end = m.end(2)
            seat = re.match(r"\s+in\s+([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)", facts.text[end : end + 40])
            if seat and self.lex.place(seat.group(1)):
                end += seat.end()
            self._add_org(facts, facts.text[start:end], state.code, start, end)

    def _org_in_run(self, facts: Facts, ws: list[Word]) -> None:
        """The organizations a capitalised run names: parts that end (or start) with an org head."""
        if not any(fold(w.text) in ORG_HEADS for w in ws):
            return
        # "Co-rapporteur on Kazakhstan of the European Parliament": the org follows the office.
        title_at = next((i for i, w in enumerate(ws) if self._is_title_word(w)), None)
        start = 0
        if title_at is not None:
            start = next((i + 1 for i in range(title_at, len(ws)) if ws[i].lower in ("of", "at")), len(ws))
        body: list[Word] = []
        for w in ws[start:]:
            if facts.is_claimed(w.start, w.end) or fold(w.text) in MONTHS or fold(w.text) in WEEKDAYS:
                break
            body.append(w)
        for part in _split_on_and(body):
            self._org_part(facts, part)

    def _org_part(self, facts: Facts, body: list[Word]) -> None:
        """The body a part of a run names, if any: up to its last head word ("the Ministry of Energy
        said": "Ministry of Energy"), with what follows the head when that is the body's remit."""
        if body and (is_honorific(body[0].text) or len(body) > 1 and is_honorific(f"{body[0].text} {body[1].text}")):
            return  # "His Excellency Duma Kgosi": a person whose name holds a head word
        if _is_venue(body) or len(body) > 1 and all(w.is_upper for w in body):
            return  # "the Atlapa Convention Centre": where it happened; "ELECTION OBSERVATION MISSION": a banner
        ats = [i for i, w in enumerate(body) if w.lower == "at"]
        if ats:
            body = body[ats[-1] + 1 :]  # "in Hanoi at the Norland Embassy": the embassy
        polity, office = None, False
        while body and (
            body[0].lower in ("the", "of", "and", "its", "their")
            or body[0].lower in _SITTINGS
            and len(body) > 1
            and body[1].lower == "of"  # "Session of the X Commission"
            or self._is_title_word(body[0])
            and fold(body[0].text) not in _LEADING_HEADS
            or self._possessive_polity(body[0])
        ):
            entry = self._possessive_polity(body[0])
            polity = entry.code if entry else polity
            office = office or self._is_title_word(body[0])
            body = body[1:]
        if any(w.lower == "and" for w in body) and any(fold(w.text) in self.lex.title_heads for w in body[-3:]):
            return  # "Council of Ministers and National Security Advisor": an office, not a body
        generic = self.lex.title_vocab | ORG_HEADS | {"and", "of", "the"}
        office = office or bool(body and _HEADS_OF.search(facts.text, max(0, body[0].start - 16), body[0].start))
        if office and any(w.lower == "and" for w in body) and all(fold(w.text) in generic for w in body):
            return  # "Heads of State and Government": an office's common words, no body's name
        last_head = max((i for i, w in enumerate(body) if fold(w.text) in ORG_HEADS), default=-1)
        if last_head < 0:
            return
        tail = body[last_head + 1 :]
        # the run goes on, or stopped, at a state: "... of the Parliament of Finland"
        cut_at_state = (
            body[-1].lower == "of"
            or len(tail) > 1
            and tail[0].lower == "of"
            and bool(self.lex.country(facts.text[tail[1].start : tail[-1].end]))
        )
        if not (last_head == len(body) - 1 or fold(body[0].text) in _LEADING_HEADS | ORG_HEADS or _remit(tail)):
            body = body[: last_head + 1]
        while body and body[-1].lower in ("of", "the", "and", "for", "on", "to", "at", "in"):
            body = body[:-1]
        if cut_at_state:
            # "Foreign Affairs Committee of the Parliament of Finland": the committee, and the parliament
            # of Finland on its own, not "Foreign Affairs Committee of the Parliament"
            inner = max(
                (k for k in range(1, len(body)) if body[k].lower == "of" and fold(body[k - 1].text) in ORG_HEADS),
                default=None,
            )
            body = body[:inner] if inner else body
        at_place = next(
            (
                n
                for n, w in enumerate(body)
                if w.lower in ("in", "at") and n + 1 < len(body) and self.lex.place(body[n + 1].text)
            ),
            None,
        )
        body = body[:at_place] if at_place else body  # "Ministry in Accra": the body, not its seat
        if len(body) > 3 and all(w.is_upper or w.lower in ("of", "the", "and", "for", "by") for w in body):
            return  # a shouted sign-off line, not a name
        if not body or len(body) > 14:
            return
        start = self._known_body_before(facts, body[0].start) or body[0].start
        name_text = facts.text[start : body[-1].end]
        if fold(name_text) in ORG_HEADS or self.lex.country(name_text) or fold(body[-1].text) in _VENUES:
            return  # "Government Palace", "Parliament Building": where bodies sit, not bodies
        known = self.lex.org(name_text)
        if known:
            self._add_org(facts, known.name, known.country, start, body[-1].end, alias=name_text)
        else:
            country = polity or self._org_country(name_text)
            self._add_org(facts, name_text, country, start, body[-1].end)

    @staticmethod
    def _known_body_before(facts: Facts, at: int) -> int | None:
        """ "United Nations Office for West Africa", "OIC Council of Foreign Ministers": a body of a known
        one, named with it as one run, starts where the known one does."""
        if facts.text[at - 1 : at] != " ":
            return None
        return next((sp.start for org in facts.organizations.values() for sp in org.mentions if sp.end == at - 1), None)

    def _possessive_polity(self, w: Word) -> CountryEntry | None:
        """ "Canada's" in "Canada's Department of National Defence" (but not "People's")."""
        if w.text.endswith(("'s", "’s")):
            return self.lex.country(w.text[:-2])
        return None

    def _is_title_word(self, w: Word) -> bool:
        key = fold(w.text)
        return (
            key in self.lex.title_heads
            or key.rstrip("s") in self.lex.title_heads
            or key in ("member", "members", "head", "heads", "chairman", "leaders")
        )

    def _org_country(self, name: str) -> str | None:
        """ "Ministry of Foreign Affairs of Kazakhstan" / "Kazakh Foreign Ministry" belong to KZ."""
        for m in self.lex.country_re.finditer(name):
            entry = self.lex.country(m.group(0))
            if entry:
                return entry.code
        return None

    def lexicon_spans(self, text: str) -> list[tuple[int, int]]:
        """Where known organizations and countries are named: never part of a person's name."""
        return [m.span() for r in (self.lex.org_re, self.lex.country_re) for m in r.finditer(text)]

    def _acceptable_ent(self, facts: Facts, name: str, s: int, e: int) -> bool:
        if not name or facts.is_claimed(s, e) or len(name.split()) > 7 or not name[0].isupper():
            return False
        folded = fold(name).split()
        if not folded or name in facts.not_orgs or " at " in name:
            return False  # "Ghana and Viet Nam at the Ministry", "Hanoi at the Embassy": a phrase, not a name
        if len(folded) == 1 and (
            facts.text[e : e + 1] == ":"
            or folded[0].endswith("s")
            and (folded[0][:-1] in ORG_HEADS or folded[0][:-1] in self.lex.title_heads)
        ):
            return False  # "Views: 412", "Speakers", "Governments": a label or a plural, no name
        before = facts.text[max(0, s - 8) : s].lower()
        if re.search(r"\b(?:in|to|near|from)\s+(?:the\s+)?$", before) and not any(w in ORG_HEADS for w in folded):
            return False  # "in the Indo-Pacific", "to the Amazon": a place spaCy took for a body
        if all(w in self.lex.title_vocab or w in HONORIFICS or w in ("h", "e", "hon") for w in folded):
            return False  # "State" of "Secretary of State", "H.E.", "External Affairs"
        if folded[0] in _ORDINALS or folded[-1] in _NOT_ORG_ENDINGS or folded[-1] in ("credence", "mission"):
            return False
        if _is_venue([Word(w, s, e) for w in name.split()]):
            return False
        if len(folded) > 2 and folded[1] == "of" and folded[0].endswith("s") and fold(name) not in self.lex.orgs:
            return False  # "Letters of Credence", "Heads of Mission": plural common nouns
        if any(set(folded) <= set(fold(p.name).split()) for p in facts.people):
            return False
        if len(folded) == 1 and self._alias_of_known(facts, name, s, e):
            return False
        if self.lex.country(name) or self.lex.place(name) or re.search(r"\d", name):
            return False
        if (
            name in _TIME_ZONES
            or name.isupper()
            and len(name.split()) > 1
            or any(s <= ts and te <= e or ts <= s and e <= te for ts, te in facts.title_spans)
        ):
            return False  # a shouted furniture line, or words of someone's office title
        words = fold(name).split()
        if (
            any(w in self.lex.title_heads for w in words)
            or "-" in name
            and all(self.lex.country(p) or self.lex.org(p) for p in re.split(r"[-–]", name))
        ):
            return False
        return not any(w in ("minister", "president", "ministers", "leaders") for w in words)

    def _alias_of_known(self, facts: Facts, word: str, s: int, e: int) -> bool:
        """ "the Commission" after "the European Commission": a mention of the known body."""
        for org in facts.organizations.values():
            if fold(org.name).split()[-1:] == [fold(word)] and len(org.name.split()) > 1:
                org.mentions.append(Span(s, e))
                org.aliases.add(word)
                return True
        return False

    def _add_org(self, facts: Facts, name: str, country: str | None, s: int, e: int, alias: str | None = None) -> None:
        key = fold(name)
        for org in facts.organizations.values():
            if key == fold(org.name) or key in {fold(a) for a in org.aliases}:
                org.mentions.append(Span(s, e))  # repeats go when the record is built
                if alias and fold(alias) != fold(org.name):
                    org.aliases.add(alias)
                return
        org = EntityFacts(name=name, country=country, mentions=[Span(s, e)])
        if alias and fold(alias) != key:
            org.aliases.add(alias)
        facts.organizations[name] = org

    def _acronyms(self, facts: Facts) -> None:
        """ "Lake Chad Basin Commission (LCBC)": the acronym becomes an alias of the body it follows;
        one defined for anything else (a meeting, a code) is not a body."""
        text = facts.text
        for m in re.finditer(r"\(([A-Z][A-Za-z&]{1,9}|[A-Z&]{2,9} [A-Z&]{2,9})\)", text):  # "(EU EOM)" too
            acronym = m.group(1)
            owner = next(
                (
                    org
                    for org in facts.organizations.values()
                    if any(sp.end <= m.start() and m.start() - sp.end <= 2 for sp in org.mentions)
                    and _initials_match(org.name, acronym)
                ),
                None,
            )
            if owner is None:
                facts.not_orgs.add(acronym)
                continue
            owner.aliases.add(acronym)
            self._mentions_of(facts, owner, acronym)
            stray = facts.organizations.get(acronym)
            if stray is not None and stray is not owner:
                owner.mentions.extend(stray.mentions)
                del facts.organizations[acronym]
        for acronym in facts.not_orgs:
            facts.organizations.pop(acronym, None)
        self._short_forms(facts)
        self._nested(facts)

    def _short_forms(self, facts: Facts) -> None:
        """ "AU Commission" beside "African Union Commission": one body, named with its parent's acronym."""
        for key, org in list(facts.organizations.items()):
            first, _, rest = org.name.partition(" ")
            parent = self.lex.org(first) if rest else None
            if parent is None or fold(parent.name) == fold(first):
                continue
            full = next(
                (o for o in facts.organizations.values() if fold(o.name) == fold(f"{parent.name} {rest}")), None
            )
            if full is not None:
                full.aliases.add(org.name)
                full.mentions.extend(org.mentions)
                del facts.organizations[key]

    @staticmethod
    def _nested(facts: Facts) -> None:
        """ "Margulan Institute" only ever inside "Margulan Institute of Archaeology": one body."""
        for short in list(facts.organizations.values()):
            longer = next(
                (
                    o
                    for o in facts.organizations.values()
                    if o is not short
                    and all(
                        any(lm.start <= sm.start and sm.end <= lm.end for lm in o.mentions) for sm in short.mentions
                    )
                ),
                None,
            )
            if longer is not None and len(longer.name) > len(short.name):
                longer.aliases.add(short.name)
                del facts.organizations[next(k for k, v in facts.organizations.items() if v is short)]

    @staticmethod
    def _mentions_of(facts: Facts, entity: EntityFacts, token: str) -> None:
        for m in re.finditer(r"(?<![\w-])" + re.escape(token) + r"(?![\w-])", facts.text):
            if Span(m.start(), m.end()) not in entity.mentions:
                entity.mentions.append(Span(m.start(), m.end()))

    # --- places --------------------------------------------------------------------------------

    def places(self, facts: Facts, loc_ents: list[tuple[int, int]], named: list[tuple[int, int]]) -> None:
        """Places from the gazetteer, the dateline, the model's locations, and `named`: spans already
        known to name places the gazetteer may not hold."""
        text = facts.text
        for s, e in named:
            tail = re.match(r" (?:do|da|de|del|dos|das|di) [A-Z][\w-]+", text[e : e + 30])  # "Mato Grosso do Sul"
            e = e + tail.end() if tail else e
            name = text[s:e]
            known = facts.places.setdefault(name, EntityFacts(name=name, country=None))
            known.mentions.append(Span(s, e))
        for m in _DATELINE.finditer(text):
            candidate = m.group("place").strip()
            self._place(facts, candidate, m.start(), m.start() + len(candidate))
        for sent in facts.sentences:
            ws = sent.words
            for run in capitalised_runs(ws):
                self._places_in_run(facts, ws, run.first, run.last, loc_ents)
        for s, e in [*loc_ents, *_listed_places(text)]:
            name = re.sub(r"^the\s+", "", text[s:e], flags=re.I)
            s = e - len(name)
            if self._unknown_place(facts, name, s, e):
                facts.places[name] = EntityFacts(name=name, country=facts.dateline_country, mentions=[Span(s, e)])

    def _unknown_place(self, facts: Facts, name: str, s: int, e: int) -> bool:
        """A town the gazetteer does not know, read as a place after "in", "to", "from", "via" or in a
        list of ports, cities or provinces."""
        before = facts.text[max(0, s - 40) : s].lower()
        if not re.search(
            r"\b(?:in|to|from|at|near|via)\s$|(?:ports?|cit(?:y|ies)|provinces?|regions?|towns?|states?)"
            r" of [^.;]*$",
            before,
        ) or facts.is_claimed(s, e):
            return False
        if not name[:1].isupper() or self.lex.country(name) or self.lex.org(name) or fold(name) in _NOT_PLACES:
            return False
        known = [sp for group in (facts.places, facts.organizations) for x in group.values() for sp in x.mentions]
        if any(sp.start < e and s < sp.end for sp in known):
            return False
        words = fold(name).split()
        return len(words) <= 4 and not any(w in ORG_HEADS or w in self.lex.title_vocab for w in words)

    def _places_in_run(
        self, facts: Facts, ws: list[Word], first: int, last: int, loc_ents: list[tuple[int, int]]
    ) -> None:
        i = first
        while i <= last:
            prev = ws[i - 1].lower if i > 0 else ""
            for j in range(min(last, i + 4), i - 1, -1):
                name = facts.text[ws[i].start : ws[j].end]
                entry = self.lex.place(name)
                # a big city by itself ("the Casablanca plant"), not as the first word of a name
                # ("Delhi Declaration", "Rome Statute")
                named_after = j + 1 < len(ws) and ws[j + 1].is_cap and ws[j + 1].text[0].isalpha()
                if entry and (
                    prev in _PLACE_PREPOSITIONS
                    or j > i
                    or entry.major
                    and not named_after
                    or self._ent_at(loc_ents, tuple(ws[i : j + 1]))
                ):
                    self._place(facts, name, ws[i].start, ws[j].end)
                    i = j
                    break
            i += 1

    def dateline(self, facts: Facts) -> None:
        """ "ASHGABAT, June 11 (Caspian Wire) —": the country the story was filed from."""
        head = facts.text[:2000]
        # "Jakarta, 22 August 2023" as the date line names the place too
        dated = (m for m in _PLACE_DATE_LINE.finditer(head) if parse_date_line(m.group(0)))
        for m in [*_DATELINE.finditer(head), *dated]:
            candidate = m.group("place").strip()
            entry = self.lex.place(candidate)
            if entry and not self.lex.country(candidate):
                facts.dateline_country = entry.country
                return

    @staticmethod
    def _ent_at(ents: list[tuple[int, int]], ws: tuple[Word, ...]) -> bool:
        return any(s <= ws[0].start and ws[-1].end <= e for s, e in ents)

    def _place(self, facts: Facts, name: str, s: int, e: int) -> None:
        # a person's name is not a place; a place named in an agreement's name ("Treaty of Aachen") is
        if self.lex.country(name) or fold(name) in _NOT_PLACES or overlaps(facts.person_spans, s, e):
            return
        if any(m.start < e and s < m.end for x in facts.places.values() for m in x.mentions):
            return  # "Porto" of "Porto Murtinho"
        entry = self.lex.place(name)
        if entry is None:
            return
        display = entry.name if name.isupper() or fold(name) != fold(entry.name) and name.isupper() else name
        if name.isupper():
            display = entry.name
        for place in facts.places.values():
            if fold(place.name) == fold(display) or fold(display) in {fold(a) for a in place.aliases}:
                place.mentions.append(Span(s, e))  # repeats go when the record is built
                return
        facts.places[display] = EntityFacts(name=display, country=entry.country, mentions=[Span(s, e)])


_VENUES = {"palace", "building", "enclave", "lawn", "square", "airport", "hotel", "stadium", "residence"}
_TIME_ZONES = {"GMT", "UTC", "CET", "CEST", "EST", "EDT", "PST", "PDT", "BST", "IST", "MSK", "JST", "KST"}
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "inaugural", "next", "last", "new"}
_NOT_ORG_ENDINGS = {
    "act",
    "initiative",
    "route",
    "corridor",
    "strategy",
    "vision",
    "plan",
    "summit",
    "forum",
    "agreement",
    "treaty",
    "declaration",
    "statement",
    "memorandum",
    "roadmap",
    "programme",
    "program",
    "islamophobia",
    "unity",
    "state",
    "groups",
    "palace",
    "lawn",
    "square",
    "airport",
    "hotel",
    "stadium",
    "news",
    "centre",
    "center",
    "award",
    "notes",
    "meeting",
    "dialogue",
    "continent",
    "media",
    "consensus",
    "conduct",
}


_HEADS_OF = re.compile(r"\bheads? of\s+(?:the\s+)?$", re.I)
# A body's sittings, named before it in a run ("17th Meeting of the Joint Commission")
_SITTINGS = frozenset({"session", "meeting", "sitting", "round", "plenary"})


def _is_venue(ws: list[Word]) -> bool:
    """ "Convention Centre", "Government House", "Memorial Complex": a building, not a body."""
    words = [fold(w.text) for w in ws]
    if len(words) < 2:
        return False
    return words[-1] in ("centre", "center") and words[-2] in _VENUE_KINDS or tuple(words[-2:]) in _BUILDINGS


_VENUE_KINDS = frozenset({"convention", "conference", "exhibition", "congress", "expo", "events", "cultural", "sports"})
_BUILDINGS = frozenset(
    {
        ("government", "house"),
        ("guest", "house"),
        ("state", "house"),
        ("memorial", "complex"),
        ("presidential", "palace"),
    }
)


def _remit(tail: list[Word]) -> bool:
    """ "... Joint Commission on Economic Cooperation", "... Council for Trade and Investment": what a
    body deals with, named after its head, is part of its name."""
    return (
        1 < len(tail) <= 6
        and tail[0].lower in ("on", "for")
        and tail[1].text[:1].isupper()
        and all(w.text[:1].isupper() or w.lower == "and" for w in tail[1:])
    )


def _ent_parts(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A spaCy entity, trimmed ("the", "'s", an unclosed bracket) and split at " and "
    between two short names ("Air Liquide and Danone")."""
    piece = text[s:e]
    if re.search(r"\s[-–—]\s|\n", piece):
        return []  # "LIMA - Career": a dateline run into the body, not a name
    piece = re.split(r"\s*\(", piece)[0]
    piece = re.sub(r"\s+(?:of|the|and|for|in|at)$", "", piece)
    lead = len(piece) - len(re.sub(r"^the\s+", "", piece, flags=re.I))
    piece = re.sub(r"['’]s$", "", piece[lead:]).rstrip()
    s += lead
    parts = piece.split(" and ")
    if len(parts) == 2 and all(p[:1].isupper() and len(p.split()) <= 2 for p in parts):
        return [(s, s + len(parts[0])), (s + len(parts[0]) + 5, s + len(piece))]
    return [(s, s + len(piece))]


_PLACE_LIST = re.compile(
    r"\b(?:ports?|cit(?:y|ies)|provinces?|regions?|towns?|departments?) of\s+"
    r"((?:[A-Z][\w'’-]+(?:\s+(?:do|de|del|da)?\s*[A-Z][\w'’-]+)*)"
    r"(?:(?:,\s*|,?\s+and\s+)[A-Z][\w'’-]+(?:\s+(?:do|de|del|da)?\s*[A-Z][\w'’-]+)*)*)"
)


def _listed_places(text: str) -> list[tuple[int, int]]:
    """ "the ports of Mejillones and Iquique", "the provinces of Salta and Jujuy": each one named."""
    out = []
    for m in _PLACE_LIST.finditer(text):
        for name in re.finditer(r"[A-Z][\w'’-]+(?:\s+(?:do|de|del|da)?\s*[A-Z][\w'’-]+)*", m.group(1)):
            out.append((m.start(1) + name.start(), m.start(1) + name.end()))
    return out


_MISSION = re.compile(
    r"\b([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)\s+(embassy|consulate(?: general)?|foreign ministry"
    r"|ministry of foreign affairs|high commission|permanent mission)\b"
)


def _portfolios(ws: list[Word], runs: list[Run]) -> list[Run]:
    """ "Ministry of Food, Agriculture and Fisheries", "Ministry of Trade, Industry, and Crafts": a
    ministry's list of portfolios is one run, though its commas end the capitalised runs."""
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        gap = [w.lower for w in ws[prev.last + 1 : run.first]] if prev else []
        if prev and gap in ([","], [",", "and"]) and _opens_portfolios(prev) and _continues_portfolios(ws, run, gap):
            out[-1] = Run(tuple(ws[prev.first : run.last + 1]), prev.first, run.last)
        else:
            out.append(run)
    return out


def _opens_portfolios(run: Run) -> bool:
    words = [w.lower for w in run.words]
    return len(words) >= 3 and words[0] in ORG_HEADS and words[1] == "of"


def _continues_portfolios(ws: list[Word], run: Run, gap: list[str]) -> bool:
    """The list's next item: portfolio words up to its "and" or "of", no body's head, and the list
    goes on after it (an "and" before or inside it, or another comma)."""
    words = [w.lower for w in run.words]
    cut = next((i for i, w in enumerate(words) if w in ("and", "of")), len(words))
    items = words[:cut]
    more = (
        gap[-1] == "and"
        or "and" in words
        or (cut == len(words) and ws[run.last + 1 : run.last + 2] != [] and ws[run.last + 1].text == ",")
    )
    return more and bool(items) and not any(w in ORG_HEADS for w in items)


def _split_on_and(ws: list[Word]) -> list[list[Word]]:
    """ "European Parliament and its Human Rights Subcommittee" -> two parts, when both end in a head."""
    for i, w in enumerate(ws):
        left, right = ws[:i], ws[i + 1 :]
        starts_org = (
            bool(right)
            and any(fold(x.text) in ORG_HEADS for x in right[:4])
            and any(fold(x.text) in ORG_HEADS for x in left)
        )
        if w.lower == "and" and left and (fold(left[-1].text) in ORG_HEADS or starts_org):
            return [left, *_split_on_and(right)]
    return [ws] if ws else []


def _initials_match(name: str, acronym: str) -> bool:
    words = [w for w in re.split(r"[\s-]+", name) if w]
    initials = "".join(w[0] for w in words if w[0].isupper())
    all_initials = "".join(w[0] for w in words).upper()
    a = acronym.upper().replace(" ", "")
    return a in (initials, all_initials) or (len(a) >= 2 and a[0] == initials[:1] and set(a) <= set(initials))
