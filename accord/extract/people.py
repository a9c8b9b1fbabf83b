"""People and the offices the text gives them.

A name is found where the text vouches for it: after an office title ("Deputy Foreign
Minister Roman Vassilenko"), after an honorific ("H.E. Mr."), before an appositive
title ("Sadyr Japarov, President of the Kyrgyz Republic"), or where spaCy's NER sees a
person of two or more words. Later surname-only mentions ("Mr. Vassilenko") are linked
to the full name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from accord.dates import MONTHS, WEEKDAYS
from accord.extract.facts import Facts, PersonFacts, Sentence, overlaps
from accord.extract.lexicon import ORG_HEADS, Lexicon
from accord.extract.words import CONNECTORS, Word, capitalised_runs
from accord.names import HONORIFICS, PARTICLES, fold, is_honorific, name_words
from accord.records import Role, Span

# "al-Nimr", "bin-Salman", "van-Dijk": a lower-case particle joined to a capitalised name.
_PREFIXED = re.compile(r"^(?:al|el|ad|as|ash|at|az|ibn|bin|bint|abu|abd|ben)-[A-Z]")
_APPOSITIVE_STOP = {
    ",",
    ";",
    ".",
    "(",
    ")",
    ":",
    "—",
    '"',
    "“",
    "”",
    "«",
    "»",
    "who",
    "which",
    "that",
    "said",
    "says",
    "told",
    "and",
    "was",
    "is",
    "has",
    "had",
    "will",
    "would",
    "as",
    "in",
    "on",
    "at",
}
# Month and weekday names, but not their abbreviations ("Thu" is a Vietnamese name) nor "May".
_CALENDAR_WORDS = {k for k in (*MONTHS, *WEEKDAYS) if len(k) > 3 and k != "may"} | {"sept"}
_LEADS = {"heads": "head", "leads": "leader", "chairs": "chair", "headed": "head", "led": "leader", "chaired": "chair"}
# Prepositions that open a sentence with a phrase naming someone ("With X, the minister ...").
_FRONTED = frozenset(
    {
        "with",
        "to",
        "for",
        "after",
        "unlike",
        "like",
        "besides",
        "beside",
        "from",
        "upon",
        "on",
        "at",
        "in",
        "during",
        "before",
        "following",
        "ahead",
    }
)
# Last words of names of places and publications, never of people ("Nur Khan Airbase", "Asuncion Herald").
# Honorifics that are family names too after a given name: "Gohar Ali Sheikh"
_SURNAME_HONORIFICS = frozenset({"sheikh", "shaikh"})
_NOT_PEOPLE = frozenset(
    {
        "airbase",
        "airport",
        "palace",
        "herald",
        "times",
        "post",
        "tribune",
        "gazette",
        "news",
        "square",
        "street",
        "avenue",
        "hall",
        "hotel",
        "stadium",
        "port",
        "bridge",
        "centre",
        "center",
        "city",
        "province",
        "region",
        "district",
        "island",
        "islands",
    }
)
_ORDINAL = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|next|last)$",
    re.I,
)
# Occasions named before an office ("the State Visit of President ..."): not part of it.
_OCCASIONS = frozenset(
    {
        "visit",
        "meeting",
        "talks",
        "ceremony",
        "session",
        "summit",
        "conference",
        "forum",
        "call",
        "reception",
        "signing",
        "inauguration",
        "funeral",
    }
)


@dataclass
class NameHit:
    words: list[Word]
    titles: list[list[Word]] = field(default_factory=list)
    title_rules: list[str] = field(default_factory=list)  # the id of the rule that read each title
    vouched: bool = False  # a title, honorific or appositive says this is a person
    of_country: str | None = None  # "X of Kazakhstan"

    def add_title(self, title: list[Word], rule: str, first: bool = False) -> None:
        at = 0 if first else len(self.titles)
        self.titles.insert(at, title)
        self.title_rules.insert(at, rule)

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end


class PeopleFinder:
    """Finds people and their roles in one article's sentences."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.lower_heads = {fold(h) for h in lex.titles["lower_heads"]}
        self.heads = lex.title_heads | self.lower_heads
        # "Former Brazilian president Dilma Rousseff": a lower-case office inside a capitalised run.
        self.lower_connectors = frozenset(h for h in self.lower_heads if " " not in h)

    # --- word classes -------------------------------------------------------------------------

    def is_vocab(self, w: Word) -> bool:
        # "President-elect", "Vice-Chair": each piece a title word
        parts = re.split(r"[\s-]+", fold(w.text.rstrip(".")).replace("'s", "").strip())
        vocab = self.lex.title_vocab
        return bool(parts) and all(p in vocab or _singular(p) in vocab for p in parts)

    def is_name_word(self, w: Word) -> bool:
        text = w.text
        if w.known or not (text[:1].isupper() and text[0].isalpha() or _PREFIXED.match(text)):
            return False
        if re.fullmatch(r"[A-Z]\.", text):
            return True  # an initial: "Enrique A. Manalo"
        key = fold(text.rstrip("."))
        if w.after_of and self.lex.place(text):
            return False  # "Mayor of Dushanbe": a place, not the first name of the next person
        if key in self.lex.not_names or key in HONORIFICS or key in _CALENDAR_WORDS:
            return False
        if self.is_vocab(w) or self.lex.country(text) or self.lex.org_as_written(text) or key in ORG_HEADS:
            return False
        if w.is_upper and len(key) <= 5 and not re.fullmatch(r"[A-Z]\.?", text):
            return False  # an acronym ("MFA", "EPCA"), not a name
        return not re.search(r"\d", text)

    # --- finding names ------------------------------------------------------------------------

    def hits_in(
        self, sent: Sentence, person_ents: list[tuple[int, int]], blocked: list[tuple[int, int]]
    ) -> list[NameHit]:
        ws = []
        # the blocked spans this sentence can touch: the check below runs for every word
        near = [sp for sp in blocked[: bisect_left(blocked, (sent.end, sent.end))] if sp[1] > sent.start]
        aside = _office_asides(sent.words)
        for k, w in enumerate(sent.words):
            if k in aside:
                continue
            known = overlaps(near, w.start, w.end)
            after_of = k > 0 and sent.words[k - 1].lower in ("of", "in", "at", "from")
            ws.append(Word(self.lex.spelled(w.text), w.start, w.end, known, after_of))
        hits: list[NameHit] = []
        for run in capitalised_runs(ws, self.lower_connectors):
            hits.extend(self._hits_in_run(ws, run.first, run.last, person_ents))
        for hit in hits:
            self._appositive(ws, hit)
            self._titles_before(ws, hit, hits)
        self._listed_office(ws, hits)
        self._office_as(ws, hits)
        self._counterpart(ws, hits)
        _vouch_conjoined(ws, hits)
        return hits

    def _counterpart(self, ws: list[Word], hits: list[NameHit]) -> None:
        """ "Foreign Minister Park Seung-hwan and his Vietnamese counterpart, Tran Quang Vinh": the same
        office, in the polity the demonym names."""
        for k, w in enumerate(ws):
            if w.lower not in ("counterpart", "counterparts") or k < 1:
                continue
            polity = ws[k - 1]
            after = [h for h in hits if 0 <= h.start - w.end <= 3 and not h.titles]
            before = [h for h in hits if h.end <= polity.start and h.titles]
            if not after or not before or not self.lex.country(polity.text):
                continue
            title = before[-1].titles[0]
            cut = max(
                (
                    n + 1
                    for n, t in enumerate(title)
                    if t.known or t.text.endswith(("'s", "’s")) or self.lex.country(t.text)
                ),
                default=0,
            )
            office = title[cut:]
            if office:
                after[0].add_title([polity, *office], "title.shared-office")
                after[0].vouched = True

    def _listed_office(self, ws: list[Word], hits: list[NameHit]) -> None:
        """ "represented by its five presidents: A of X, B of Y": each listed name holds the office."""
        for k, w in enumerate(ws[1:], start=1):
            if w.text != ":" or not self._plural_head(ws[k - 1 : k]):
                continue
            office = Word(ws[k - 1].text[:-1], ws[k - 1].start, ws[k - 1].end - 1)
            for hit in hits:
                if hit.start > w.start and not hit.titles:
                    hit.add_title([office], "title.listed-office")
                    hit.vouched = True

    def _office_as(self, ws: list[Word], hits: list[NameHit]) -> None:
        """ "X has secured another term as Uzbekistan's president", "named Y, the party's deputy leader,
        as Deputy Prime Minister": the office of the name before "as"."""
        for k, w in enumerate(ws[:-1]):
            # a name, not an acronym in brackets between: "X, leader of the Unity Party (UP), as ..."
            before = [h for h in hits if h.end <= w.start and (h.vouched or len(h.words) > 1)]
            if w.lower != "as" or not before:
                continue
            i = k + 1
            while i < len(ws) and (ws[i].lower in ("the", "a", "an") or fold(ws[i].text) in ("country's", "nation's")):
                i += 1  # "as the country's prime minister"
            # "join as the eleventh member": a rank; "elected X as its chair": an office of a body not named
            if i < len(ws) and not _ORDINAL.match(ws[i].text) and ws[i].lower not in ("its", "their"):
                self._appositive_from(ws, i, before[-1])

    def _hits_in_run(self, ws: list[Word], first: int, last: int, person_ents: list[tuple[int, int]]) -> list[NameHit]:
        hits = []
        title_start = first
        shared: list[Word] = []  # "Foreign Ministers A of X and B of Y": a plural office for each name
        i = first
        while i <= last:
            if not self.is_name_word(ws[i]) or self._ends_portfolios(ws, title_start, i):
                i += 1
                continue
            j = i
            while j + 1 <= last and (
                self.is_name_word(ws[j + 1])
                or fold(ws[j + 1].text) in _SURNAME_HONORIFICS
                or self._particle_inside(ws, j + 1, last)
                or ws[j + 1].text in ("Jr.", "Sr.", "Jr", "III", "II")
            ):
                j += 1
                while ws[j].lower in PARTICLES and not ws[j].is_cap:
                    j += 1
            member_of = any(fold(w.text) in ORG_HEADS for w in ws[j + 2 : last + 1])  # "X of the Liberal Party"
            if (
                j + 2 <= last
                and ws[j + 1].lower == "of"
                and not self.lex.country(ws[j + 2].text)
                and not member_of
                and not (i > first and self._has_head([ws[i - 1]]))  # "Governor Amina Bello of Kano State"
            ):
                i = j + 1  # "Chairman of the Majlisi Milli of ...": an unknown body inside a title
                continue
            if (
                j + 1 <= last
                and ws[j + 1].lower not in CONNECTORS
                and (self.is_vocab(ws[j + 1]) or ws[j + 1].known or fold(ws[j + 1].text) in ORG_HEADS)
            ):
                i = j + 1  # "Oriental Republic", "Communist Party": part of a name of a state or body
                continue
            if i > first and ws[i - 1].lower == "the":
                if j - i < 2:
                    i = j + 1  # "Chairman of the Halk Maslahaty": a body, not a person
                    continue
                i += 1  # "Commissioner for the Mediterranean Dubravka Šuica": the title's object comes first
            name = _without_possessive(ws[i : j + 1])
            said = " ".join(w.text for w in name)
            # a known place of two words and no title ("visited Da Nang"); one word only after "in" and the
            # like, as a surname may be a town's name too ("Vinh said")
            place = (
                len(name) > 1
                and self.lex.place(said)
                and not self._has_head(ws[title_start:i])
                or (
                    i > first
                    and self.lex.place(said)
                    and (
                        ws[i - 1].lower in ("of", "in", "at", "to", "from")
                        or self.lex.place(f"{ws[i - 1].text} {said}")
                    )
                )
            )
            if fold(name[-1].text) in _NOT_PEOPLE or place:
                i = j + 1  # "Nur Khan Airbase"; "visited Da Nang", "in New York": a place
                continue
            title_words = [w for w in ws[title_start:i] if not is_honorific(w.text)]
            title_words = self._without_occasion(_strip_leading(title_words, self.lex.function_words))
            title_words = self._after_previous_seat(title_words)
            honorific = i > first and is_honorific(ws[i - 1].text)
            if (
                len(name) == 1
                and title_words
                and (
                    fold(title_words[-1].text) in self.lex.demonyms
                    or _portfolio(title_words[-1], name[0])
                    or title_words[-1].lower == "of"
                    or title_words[-1].lower == "and"
                    and self._has_head(title_words)
                )
            ):
                # "... and Moroccan Expatriates", "... Foreign Affairs and Expatriates", "Minister-President of
                # Wallonia": no one's name
                i = j + 1
                continue
            hit = NameHit(list(name))
            if title_words and not self._has_head(title_words) and title_start == first:
                title_words = self._title_across_commas(ws, first) + title_words
            if title_words and self._has_head(title_words):
                hit.add_title(title_words + self._seat_after(ws, j + 1), "title.before-name")
                hit.vouched = True
                shared = title_words if self._plural_head(title_words) else []
            elif shared and all(w.lower in ("of", "and") or w.known for w in title_words):
                hit.add_title(shared, "title.shared-plural")
                hit.vouched = True
            hit.vouched = hit.vouched or honorific or self._is_ent(name, person_ents)
            hits.append(hit)
            title_start = j + 1
            i = j + 1
        return hits

    def _after_previous_seat(self, title: list[Word]) -> list[Word]:
        """ "Foreign Minister X of Sweden and Foreign Minister Y": the words before "and" with no office in
        them are the previous person's state, not part of this one's office."""
        for k, w in enumerate(title):
            if w.lower == "and" and not self._has_head(title[:k]) and self._has_head(title[k + 1 :]):
                return title[k + 1 :]
        return title

    def _seat_after(self, ws: list[Word], at: int) -> list[Word]:
        """ "Governor Amina Bello of Kano State", "Mayor Lena Fischer of Munich": the region or city whose
        office it is, written after the name, belongs to the office (a state's is its country instead)."""
        tail = _of_polity(ws, at)
        said = " ".join(w.text for w in tail[1:])
        if not tail or self.lex.country(said):
            return []
        return tail if self.lex.place(said) or fold(tail[-1].text) in _SEATS else []

    def _ends_portfolios(self, ws: list[Word], title_start: int, i: int) -> bool:
        """ "Minister of Foreign Affairs and Expatriates X", "... and Moroccan Expatriates X", "... and
        Mauritanians Abroad X": the last of an office's portfolios, not the first word of a name."""
        word = ws[i]
        folded = fold(word.text)
        if folded == "abroad" or folded.endswith("s") and self.lex.demonym(folded[:-1]):
            return True  # "Mauritanians Abroad", "Togolese Abroad"
        if i == 0 or not (self._has_head(ws[title_start:i]) or self._title_across_commas(ws, title_start)):
            return False
        before = ws[i - 1]
        return _portfolio(before, word) or (
            i >= 2 and fold(before.text) in self.lex.demonyms and _portfolio(ws[i - 2], word)
        )

    def _without_occasion(self, title: list[Word]) -> list[Word]:
        """ "received the State Visit of President of Kenya X": the occasion is not part of the office."""
        at = next((k for k, w in enumerate(title) if w.lower == "of"), None)
        if at is None or self._has_head(title[:at]) or not any(fold(w.text) in _OCCASIONS for w in title[:at]):
            return title
        return title[at + 1 :]

    def _particle_inside(self, ws: list[Word], k: int, last: int) -> bool:
        """ "von der" in "Ursula von der Leyen": particles followed by a capitalised name word."""
        while k <= last and ws[k].lower in PARTICLES and not ws[k].is_cap:
            k += 1
        return k <= last and ws[k].is_cap and ws[k - 1].lower in PARTICLES

    def _title_across_commas(self, ws: list[Word], first: int) -> list[Word]:
        """ "Deputy Managing Director for Russia, Eastern Partnership, Central Asia and OSCE of the EEAS
        Luc Devigne": a title whose list of portfolios is broken by commas."""
        i = first - 1
        for _ in range(5):
            if i < 1 or ws[i].text != ",":
                return []
            j = i - 1
            while j >= 0 and (ws[j].is_cap or ws[j].lower in ("of", "for", "on", "the", "and")):
                j -= 1
            segment = ws[j + 1 : i]
            if not segment:
                return []
            if self._has_head(segment):
                # "... Moroccan Expatriates Karim X and Minister of Foreign Affairs, Cooperation and ...":
                # the office begins after the "and" before its head, not at the previous person's
                start = j + 1
                for k in range(j + 1, i - 1):
                    if ws[k].lower == "and" and self._has_head(ws[k + 1 : i]):
                        start = k + 1
                return list(ws[start:first])
            i = j
        return []

    def _plural_head(self, title: list[Word]) -> bool:
        last = fold(title[-1].text)
        return last.endswith("s") and last not in self.heads and last[:-1] in self.heads

    def _has_head(self, title: list[Word]) -> bool:
        folded = [part for w in title for part in fold(w.text).split()]  # "Chairperson-in-Office" too
        folded[-1:] = [f[:-1] if f.endswith("s") and f[:-1] in self.heads else f for f in folded[-1:]]
        for i in range(len(folded)):
            for n in (3, 2, 1):
                if " ".join(folded[i : i + n]) in self.heads:
                    return True
        return False

    @staticmethod
    def _is_ent(name: list[Word], ents: list[tuple[int, int]]) -> bool:
        s, e = name[0].start, name[-1].end
        return any(es < e and s < ee for es, ee in ents) and len(name) >= 2

    def _appositive(self, ws: list[Word], hit: NameHit) -> None:
        """ "X, (the) TITLE of Y," — a title after the name, up to the next clause break."""
        k = _word_at(ws, hit.end - 1)
        if k is None or k + 2 >= len(ws):
            return
        if ws[k + 1].lower == "of" and self.lex.country(ws[k + 2].text):
            # "President Kassym-Jomart Tokayev of Kazakhstan": the office's polity after the name.
            hit.of_country = ws[k + 2].text
            hit.vouched = hit.vouched or len(hit.words) >= 2
            return
        if ws[k + 1].text != ",":
            return
        first = _word_at(ws, hit.start)
        if first and ws[0].lower in _FRONTED and not any(w.text in (",", ";", ":") for w in ws[1:first]):
            return  # "With Solbakken, the Jordanian minister discussed ...": what follows is the subject
        if ws[k + 2].lower == "who" and k + 4 < len(ws) and ws[k + 3].lower in _LEADS:
            # "Urszula Gacek, who heads the ODIHR mission," -> head of the ODIHR mission
            rest = [w for w in ws[k + 4 : k + 12] if w.text not in (",", ".", ";")]
            end = next((n for n, w in enumerate(ws[k + 4 : k + 12]) if w.text in (",", ".", ";")), len(rest))
            hit.add_title(
                [
                    Word(_LEADS[ws[k + 3].lower], ws[k + 3].start, ws[k + 3].end),
                    Word("of", ws[k + 3].start, ws[k + 3].end),
                    *rest[:end],
                ],
                "title.who-heads",
            )
            hit.vouched = True
            return
        self._appositive_from(ws, k + 2, hit)

    def _appositive_from(self, ws: list[Word], i: int, hit: NameHit) -> None:
        while i < len(ws) and (ws[i].lower in ("the", "a", "an", "then", "now") or is_honorific(ws[i].text)):
            i += 1
        # "the first elected President of ...": up to two lower-case words before the office
        ahead = next(
            (
                n
                for n in range(i, min(i + 3, len(ws)))
                if fold(ws[n].text) in self.heads or fold(" ".join(w.text for w in ws[n : n + 2])) in self.heads
            ),
            None,
        )  # "prime minister"
        if ahead is not None and all(
            w.text.isalpha()
            and w.text.islower()
            and w.lower not in CONNECTORS
            and w.lower not in ("or", "but", "with", "as", "by", "from")
            for w in ws[i:ahead]
        ):
            i = ahead
        title: list[Word] = []
        while i < len(ws) and len(title) < 16:
            w = ws[i]
            if w.lower in _APPOSITIVE_STOP - {"and", "in", "at", "on"}:
                break
            if w.lower in ("and", "in", "at", "on") and not (i + 1 < len(ws) and ws[i + 1].is_cap):
                break
            if (
                not w.is_cap
                and w.lower not in ("of", "for", "on", "the", "to", "at", "in", "and", "its", "'s", "’s")
                and fold(w.text) not in self.lower_heads
                and not self.is_vocab(w)
            ):
                break
            title.append(w)
            i += 1
        while title and title[-1].lower in ("of", "for", "on", "the", "to", "at", "in", "and"):
            title.pop()
        if title and self._has_head(title[:3]) and not any(_names_a_person(self, title, k) for k in range(len(title))):
            hit.add_title(title, "title.after-name")
            hit.vouched = True
            if i + 1 < len(ws) and ws[i].lower == "and" and ws[i + 1].lower in ("a", "the", "former"):
                self._appositive_from(ws, i + 1, hit)

    def _titles_before(self, ws: list[Word], hit: NameHit, others: list[NameHit]) -> None:
        """ "President of the Republic of Tajikistan, Honourable Emomali Rahmon": titles left of a comma."""
        first = hit.titles[0][0] if hit.titles else hit.words[0]
        k = _word_at(ws, first.start)
        if k is None:
            return
        i = k - 1
        while i >= 0 and is_honorific(ws[i].text):
            i -= 1
        separators: tuple[str, ...] = ("–", "—") if hit.titles else (",", "–", "—")
        if not hit.titles and i >= 2 and ws[i].text == ")" and ws[i - 2].text == "(" and ws[i - 1].text.isupper():
            i -= 2  # "Secretary General of the Organisation of Islamic Cooperation (OIC) Dr. X"
            separators = ("(",)
        # "The OSCE Chairperson-in-Office, Finland's Minister for Foreign Affairs X": past the polity
        at = i - 1 if i >= 1 and ws[i].text.endswith(("'s", "’s")) and self.lex.country(ws[i].text[:-2]) else i
        opening = bool(hit.titles) and at >= 1 and ws[at].text == ","
        i = at if opening else i
        while i >= 1 and (ws[i].text in separators or opening):
            j = i - 1
            title: list[Word] = []
            joins = ("of", "for", "on", "the", "and", "'s", "’s", "to", "at", "in") + (("from",) if opening else ())
            while (
                j >= 0
                and ws[j].text not in (",", "–", "—", ";", ".", ":", "(", ")")
                and (ws[j].is_cap or ws[j].lower in joins)
            ):
                title.insert(0, ws[j])
                j -= 1
            if opening:
                # only an office that opens the sentence ("The ..., Finland's Minister X"), or its subject
                # after a place ("On 26 September in Dushanbe the Head of the Mission, Deputy Chairman X")
                k = next((n for n, t in enumerate(title) if t.lower == "the"), None)
                if k is None or not (k == 0 and j < 0 or k > 0 and title[k - 1].is_cap):
                    break
                title = title[k:]
            opening = False
            title = _strip_leading(title, self.lex.function_words)
            if (
                not title
                or not self._has_head(title)
                or _names_a_person(self, title, len(title) - 1)
                and not (len(title) > 1 and _portfolio(title[-2], title[-1]) or self._has_head(title[-1:]))
                or any(o is not hit and o.vouched and o.start <= w.start < o.end for o in others for w in title)
            ):
                break
            hit.add_title(title, "title.left-of-comma", first=True)
            hit.vouched = True
            i = j


def _office_asides(ws: list[Word]) -> set[int]:
    """ "the Chairman of the State Great Khural (Parliament) of Mongolia Dashdondog Naranbaatar": a word
    or two in brackets inside an office, which would cut the office from its holder's name."""
    out: set[int] = set()
    for k, w in enumerate(ws):
        if w.text != "(" or k == 0 or not ws[k - 1].is_cap:
            continue
        close = next((j for j in range(k + 1, min(k + 4, len(ws))) if ws[j].text == ")"), None)
        if close is not None and close + 1 < len(ws) and ws[close + 1].lower == "of":
            out.update(range(k, close + 1))
    return out


def _singular(word: str) -> str:
    """ "deputies" -> "deputy", "representatives" -> "representative": the Chamber of Deputies and the
    House of Representatives are made of title words."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 4 else word


def _vouch_conjoined(ws: list[Word], hits: list[NameHit]) -> None:
    """ "the two foreign ministers, Goran Horvat and Milica Petrović Lalić": a full name joined by "and"
    to a person's is a person's too, whatever the entity tagger made of it."""
    for a, b in zip(hits, hits[1:], strict=False):
        between = [w.lower for w in ws if a.end <= w.start and w.end <= b.start]
        if between == ["and"] and a.vouched != b.vouched and min(len(a.words), len(b.words)) >= 2:
            a.vouched = b.vouched = True


def _names_a_person(finder: PeopleFinder, title: list[Word], k: int) -> bool:
    """Whether the title's k-th word may be a person's name: "the Riigikogu", "of Seimas" name a body."""
    return finder.is_name_word(title[k]) and not (k > 0 and title[k - 1].lower in ("the", "of"))


def _portfolio(before: Word, word: Word) -> bool:
    """A plural ending an office's list of portfolios ("Foreign Affairs and Expatriates")."""
    return before.lower == "and" and word.text.endswith("s") and not word.text.endswith(("ss", "'s", "’s"))


_SEATS = frozenset(
    {"state", "province", "region", "county", "oblast", "governorate", "prefecture", "district", "city", "municipality"}
)


def _of_polity(ws: list[Word], at: int) -> list[Word]:
    """ "Governor X | of Kano State": the "of" phrase naming whose office it is."""
    if at >= len(ws) or ws[at].lower != "of":
        return []
    end = at + 1
    while end < len(ws) and end - at < 8 and (ws[end].is_cap or ws[end].lower in ("of", "the")):
        end += 1
    while end > at and ws[end - 1].lower in ("of", "the"):
        end -= 1
    return ws[at:end] if end > at + 1 else []


def _word_at(ws: list[Word], at: int) -> int | None:
    """The index of the word covering character `at` (words are in text order)."""
    k = bisect_right(ws, at, key=lambda w: w.start) - 1
    return k if k >= 0 and ws[k].start <= at < ws[k].end else None


def _strip_leading(title: list[Word], function_words: frozenset[str]) -> list[Word]:
    """Connectors and sentence-initial function words before an office are not part of it."""
    while title and (
        title[0].lower in ("and", "the", "of", "to", "at", "for", "on", "in", "its")
        or fold(title[0].text) in function_words
    ):
        title = title[1:]
    return title


def _without_possessive(name: list[Word]) -> list[Word]:
    last = name[-1]
    if last.text.endswith(("'s", "’s")):
        return [*name[:-1], Word(last.text[:-2], last.start, last.end - 2)]
    return list(name)


def person_name(words: list[Word]) -> str:
    """Display form: honorifics dropped; "KAMIKAWA Yoko" (surname in capitals first) -> "Yoko Kamikawa"."""
    ws = [w.text for w in words]
    if len(ws) >= 2 and _upper(ws[0]) and not any(_upper(w) for w in ws[1:]):
        ws = ws[1:] + [ws[0].capitalize()]
    elif all(_upper(w) for w in ws):
        ws = [w.capitalize() for w in ws]
    return " ".join(ws)


def _upper(w: str) -> bool:
    letters = [c for c in w if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def name_key(name: str) -> frozenset[str]:
    """A person's key within one article: the words of the name, less particles and initials."""
    return frozenset(w for w in name_words(name) if w not in PARTICLES and len(w) > 1)


def cluster_people(facts: Facts, hits: list[NameHit], roles: dict[int, list[Role]]) -> list[tuple[NameHit, int]]:
    """Group hits into people: a shorter form joins the person whose full name contains it.

    Returns each hit with the index of its person in `facts.people`, in text order.
    """
    order = sorted(range(len(hits)), key=lambda i: (-len(name_key(person_name(hits[i].words))), hits[i].start))
    linked: dict[int, int] = {}
    for i in order:
        hit = hits[i]
        name = person_name(hit.words)
        key = name_key(name)
        if not key or all(re.fullmatch(r"[A-Z][a-z]?\.", w.text) for w in hit.words):
            continue  # "A. Kh." before "Margulan Institute": initials alone name no one
        owner = _owner(facts.people, key, hit.start, linked, hits)
        if owner is None:
            if not hit.vouched:
                continue
            facts.people.append(PersonFacts(name=name, key=key))
            owner = len(facts.people) - 1
        person = facts.people[owner]
        if name != person.name and len(key) >= 2:
            person.aliases.add(name)
        person.mentions.append(Span(hit.start, hit.end))
        for role in roles.get(i, []):
            same = next((r for r in person.roles if _same_office(r, role)), None)
            if same is None:
                person.roles.append(role)
            else:
                same.country = same.country or role.country
                same.organization = same.organization or role.organization
                if len(role.title) > len(same.title) and not same.title.islower():
                    same.title = role.title  # "Crown Prince" says more than "Prince"
        linked[i] = owner
    return sorted(((hits[i], p) for i, p in linked.items()), key=lambda x: x[0].start)


def _owner(
    people: list[PersonFacts], key: frozenset[str], at: int, linked: dict[int, int], hits: list[NameHit]
) -> int | None:
    candidates = [
        i
        for i, p in enumerate(people)
        if key <= p.key or (len(key) >= 2 and len(key & p.key) >= 2 and _compatible(key, p.key))
    ]
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    # An ambiguous surname ("Biden" for Joe or Jill): the person last named before it.
    before = [(hits[h].start, p) for h, p in linked.items() if hits[h].start < at and p in candidates]
    return max(before)[1] if before else candidates[0]


def _same_office(a: Role, b: Role) -> bool:
    """ "Minister" after "Minister for Foreign Affairs", or the same words again: one office."""
    ta, tb = set(fold(a.title).split()), set(fold(b.title).split())
    same_polity = not a.country or not b.country or a.country == b.country
    return same_polity and (ta <= tb or tb <= ta)


def _compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two full forms of one name: one holds the other's words (keys hold no initials)."""
    return a <= b or b <= a
