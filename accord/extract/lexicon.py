"""Lexicons of generic things, loaded once per extractor from `patterns/`.

Countries and demonyms, international organizations, cities, office titles and kinds
of agreements. Nothing here names a person, a meeting or a date.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from accord.names import fold

PATTERNS = "accord.extract.patterns"

# Nouns an organization's name ends in ("... Commission", "... Bundestag").
# Number words the copy counts in ("the two ministers", "a three-day visit").
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# Words that make an office another one ("Deputy Minister" is not "Minister").
RANKS = frozenset({"deputy", "vice", "assistant", "acting", "former", "first"})
ORG_HEADS = frozenset(
    {
        "ministry",
        "council",
        "commission",
        "parliament",
        "assembly",
        "court",
        "bank",
        "party",
        "committee",
        "subcommittee",
        "office",
        "department",
        "agency",
        "service",
        "mission",
        "fund",
        "union",
        "senate",
        "government",
        "secretariat",
        "bureau",
        "board",
        "organization",
        "organisation",
        "institute",
        "university",
        "company",
        "corporation",
        "group",
        "forces",
        "guard",
        "tribunal",
        "concern",
        "authority",
        "administration",
        "cabinet",
        "embassy",
        "consulate",
        "chamber",
        "congress",
        "army",
        "navy",
        "police",
        "foundation",
        "association",
        "federation",
        "alliance",
        "movement",
        "front",
        "league",
        "centre",
        "center",
        "academy",
        "majilis",
        "mazhilis",
        "kurultai",
        "kenesh",
        "bundestag",
        "duma",
        "knesset",
        "diet",
        "majlis",
        "inc",
        "ltd",
        "plc",
        "holding",
        "holdings",
        "railways",
        "airlines",
        "network",
        "initiative",
        "forum",
        "observatory",
    }
)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# "the Philippines", "Kazakhstan's": a state's name as a lookup key
_THE_OR_POSSESSIVE = re.compile(r"^the\s+|'s$|’s$", re.I)
_THE = re.compile(r"^the\s+", re.I)


@dataclass(frozen=True)
class CountryEntry:
    code: str
    name: str


@dataclass(frozen=True)
class OrgEntry:
    name: str
    aliases: tuple[str, ...]
    country: str | None


@dataclass(frozen=True)
class PlaceEntry:
    name: str
    country: str
    major: bool  # a capital or a city of a million people: named without "in"/"to" it is still the city


@dataclass
class Lexicon:
    countries: dict[str, CountryEntry] = field(default_factory=dict)  # folded name/demonym -> entry
    demonyms: set[str] = field(default_factory=set)  # folded demonyms
    country_names: dict[str, str] = field(default_factory=dict)  # code -> display name
    orgs: dict[str, OrgEntry] = field(default_factory=dict)  # folded name/acronym -> entry
    places: dict[str, PlaceEntry] = field(default_factory=dict)  # folded name -> biggest place of that name
    titles: dict[str, Any] = field(default_factory=dict)
    agreements: dict[str, Any] = field(default_factory=dict)
    country_re: re.Pattern[str] = re.compile(r"(?!)")
    org_re: re.Pattern[str] = re.compile(r"(?!)")
    title_vocab: set[str] = field(default_factory=set)  # words that belong to titles, not to names
    title_heads: set[str] = field(default_factory=set)
    not_names: frozenset[str] = frozenset()  # capitalised words that are never part of a person's name
    function_words: frozenset[str] = frozenset()  # sentence-initial words that never open an office
    topics: dict[str, list[str]] = field(default_factory=dict)  # topic -> words that signal it
    regions: dict[str, tuple[str, ...]] = field(default_factory=dict)  # folded region name/adjective -> members
    region_re: re.Pattern[str] = re.compile(r"(?!)")  # "the five Central Asian states", "countries of the Baltics"
    events: dict[str, Any] = field(default_factory=dict)  # patterns/events.json
    triggers: list[dict[str, str]] = field(default_factory=list)  # patterns/triggers.jsonl: id, type, pattern
    predicates: list[dict[str, Any]] = field(default_factory=list)  # patterns/predicates.jsonl
    folder: Path | None = None  # where it was read from; None: the package's own patterns
    misspelt: dict[str, str] = field(default_factory=dict)  # "minster" -> "minister": a title word's slips

    @classmethod
    def load(cls, folder: Path | None = None) -> Lexicon:
        """The lexicon in `folder` (as `patterns_folder` wrote it), or the package's own."""
        lex = cls(folder=folder)
        base = Path(folder) if folder is not None else resources.files(PATTERNS)
        country_words: list[str] = []
        for row in _jsonl(base.joinpath("countries.jsonl").read_text(encoding="utf-8")):
            entry = CountryEntry(row["code"], row["name"])
            lex.country_names[row["code"]] = row["name"]
            for n in [row["name"], *row["aliases"], *row["demonyms"]]:
                lex.countries.setdefault(fold(n), entry)
                country_words.append(n)
            lex.demonyms.update(fold(d) for d in row["demonyms"])
        # Not "South China Sea" or "Gulf of Guinea": seas and gulfs named after states are not the states.
        lex.country_re = re.compile(
            r"(?<![\w-])(?<!Gulf of )(?<!Bay of )(?<!Sea of )(?:"
            + _alternation(country_words)
            + r")(?![\w]|-(?:[a-z]))(?!\s+(?:Sea|Ocean|Gulf|Strait|Basin|Bay)\b)"
        )
        org_words: list[str] = []
        for row in _jsonl(base.joinpath("organizations.jsonl").read_text(encoding="utf-8")):
            org = OrgEntry(row["name"], tuple(row["aliases"]), row["country"])
            for n in [row["name"], *row["aliases"]]:
                lex.orgs.setdefault(fold(n), org)
                org_words.append(n)
        lex.org_re = re.compile(r"(?<![\w-])(?:" + _alternation(org_words) + r")(?![\w-])")
        rows = [
            (PlaceEntry(row["name"], row["country"], row["capital"] or row["population"] >= 1_000_000), row["aliases"])
            for row in _jsonl(base.joinpath("places.jsonl").read_text(encoding="utf-8"))
        ]
        # Names first, then other names: "Islamabad" is Pakistan's capital before it is an old
        # name of Chattogram.
        for place, _ in rows:
            lex.places.setdefault(fold(place.name), place)
        for place, aliases in rows:
            for n in aliases:
                lex.places.setdefault(fold(n), place)
        lex.titles = json.loads(base.joinpath("titles.json").read_text(encoding="utf-8"))
        lex.agreements = json.loads(base.joinpath("agreements.json").read_text(encoding="utf-8"))
        lex.events = json.loads(base.joinpath("events.json").read_text(encoding="utf-8"))
        lex.triggers = _jsonl(base.joinpath("triggers.jsonl").read_text(encoding="utf-8"))
        lex.predicates = _jsonl(base.joinpath("predicates.jsonl").read_text(encoding="utf-8"))
        lex.title_heads = {fold(h) for h in lex.titles["heads"]}
        names = json.loads(base.joinpath("names.json").read_text(encoding="utf-8"))
        lex.not_names = frozenset(names["not_names"])
        lex.function_words = frozenset(names["function_words"])
        lex.topics = json.loads(base.joinpath("topics.json").read_text(encoding="utf-8"))["topics"]
        lex._load_regions(json.loads(base.joinpath("regions.json").read_text(encoding="utf-8"))["regions"])
        lex.title_vocab = {
            w
            for phrase in lex.titles["heads"] + lex.titles["modifiers"] + lex.titles["domains"]
            for w in fold(phrase).split()
        }
        cities = {key for key, place in lex.places.items() if place.major}  # "Minster" the village is a slip
        lex.misspelt = _slips(lex.title_vocab, set(lex.countries) | cities)
        return lex

    def spelled(self, text: str) -> str:
        """`text` as the title word it misspells ("Prime Minster", "Foriegn Affairs"), else as it is."""
        right = self.misspelt.get(text.lower())
        if right is None:
            return text
        return right.capitalize() if text[:1].isupper() else right

    def _load_regions(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            for n in (row["name"], row["adjective"]):
                self.regions[fold(n)] = tuple(row["members"])
        names = _alternation([row["name"] for row in rows])
        adjectives = _alternation([row["adjective"] for row in rows])
        states = r"(?:states|countries|nations|republics|governments)"
        self.region_re = re.compile(
            rf"(?<![\w-])(?:(?P<adj>{adjectives})\s+(?:(?:member|partner|neighbou?ring)\s+)?{states}|"
            rf"{states}\s+of\s+(?:the\s+)?(?P<name>{names})|(?P<bare>{names})\s+{states})(?![\w-])"
        )

    def region_states(self, text: str) -> list[tuple[int, int, tuple[str, ...]]]:
        """Where `text` speaks of a region's states as one side, and those states."""
        out = []
        for m in self.region_re.finditer(text):
            said = m.group("adj") or m.group("name") or m.group("bare")
            out.append((m.start(), m.end(), self.regions[fold(said)]))
        return out

    def demonym(self, text: str) -> CountryEntry | None:
        """The state a demonym names ("Lao", "Kuwaiti"); None for any other word."""
        key = fold(text)
        return self.countries.get(key) if key in self.demonyms else None

    def country(self, text: str) -> CountryEntry | None:
        return self.countries.get(fold(_THE_OR_POSSESSIVE.sub("", text.strip())))

    def org(self, text: str) -> OrgEntry | None:
        return self.orgs.get(fold(_THE.sub("", text.strip())))

    def org_as_written(self, text: str) -> OrgEntry | None:
        """`org`, but an acronym only in capitals: "NAM" is a movement, "Nam" a Vietnamese name."""
        entry = self.org(text)
        if entry is None or text.isupper():
            return entry
        forms = [n for n in (entry.name, *entry.aliases) if fold(n) == fold(text)]
        return entry if any(not n.isupper() for n in forms) else None

    def place(self, text: str) -> PlaceEntry | None:
        return self.places.get(fold(text))


def _slips(vocab: set[str], taken: set[str]) -> dict[str, str]:
    """The misspellings a long title word is read through: one letter dropped (not the first) or two
    swapped. Short words are left alone (too close to names), as is any slip that is itself a word
    the lexicon knows."""
    out: dict[str, str] = {}
    for word in sorted(w for w in vocab if len(w) >= 7 and w.isalpha()):
        dropped = {word[:i] + word[i + 1 :] for i in range(1, len(word))}
        swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)}
        for slip in (dropped | swapped) - {word}:
            if slip not in vocab and slip not in taken:
                out.setdefault(slip, word)
    return out


def copy_patterns(lex: Lexicon, to: Path) -> None:
    """Write the files `lex` was read from into `to`, so that `Lexicon.load(to)` reads it again."""
    base = Path(lex.folder) if lex.folder is not None else resources.files(PATTERNS)
    to.mkdir(parents=True, exist_ok=True)
    for entry in base.iterdir():
        if entry.name.endswith((".json", ".jsonl")):
            (to / entry.name).write_bytes(entry.read_bytes())


def _jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]
