"""Synthetic diplomatic news for benchmarks: invented people, real countries, varied events.

    python bench/generate.py --count 2000 --out articles/            # one .txt file per article
    python bench/generate.py --count 2000 --out articles.jsonl       # JSON Lines records
    python bench/generate.py --count 2000 --out shards/ --format jsonl --shards 8

Every article is built from templates: a headline, a date line in one of several
formats, then paragraphs reporting a meeting, a call, a visit, an agreement signing, an
election or an anniversary, with background sentences. People's names are made up from
syllables; titles, countries and capitals are ordinary words of the domain. The same
--seed gives the same articles, so runs compare like with like.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

# (country, adjective, capital, another city)
COUNTRIES = [
    ("Argentina", "Argentine", "Buenos Aires", "Cordoba"),
    ("Australia", "Australian", "Canberra", "Perth"),
    ("Austria", "Austrian", "Vienna", "Salzburg"),
    ("Brazil", "Brazilian", "Brasilia", "Recife"),
    ("Canada", "Canadian", "Ottawa", "Calgary"),
    ("Chile", "Chilean", "Santiago", "Valparaiso"),
    ("Colombia", "Colombian", "Bogota", "Medellin"),
    ("Denmark", "Danish", "Copenhagen", "Aarhus"),
    ("Egypt", "Egyptian", "Cairo", "Alexandria"),
    ("Estonia", "Estonian", "Tallinn", "Tartu"),
    ("Finland", "Finnish", "Helsinki", "Tampere"),
    ("France", "French", "Paris", "Lyon"),
    ("Georgia", "Georgian", "Tbilisi", "Batumi"),
    ("Ghana", "Ghanaian", "Accra", "Kumasi"),
    ("Greece", "Greek", "Athens", "Thessaloniki"),
    ("Hungary", "Hungarian", "Budapest", "Debrecen"),
    ("India", "Indian", "New Delhi", "Mumbai"),
    ("Indonesia", "Indonesian", "Jakarta", "Surabaya"),
    ("Ireland", "Irish", "Dublin", "Cork"),
    ("Italy", "Italian", "Rome", "Milan"),
    ("Japan", "Japanese", "Tokyo", "Osaka"),
    ("Jordan", "Jordanian", "Amman", "Aqaba"),
    ("Kenya", "Kenyan", "Nairobi", "Mombasa"),
    ("Malaysia", "Malaysian", "Kuala Lumpur", "Penang"),
    ("Mexico", "Mexican", "Mexico City", "Monterrey"),
    ("Mongolia", "Mongolian", "Ulaanbaatar", "Darkhan"),
    ("Morocco", "Moroccan", "Rabat", "Casablanca"),
    ("Nigeria", "Nigerian", "Abuja", "Lagos"),
    ("Norway", "Norwegian", "Oslo", "Bergen"),
    ("Peru", "Peruvian", "Lima", "Arequipa"),
    ("Poland", "Polish", "Warsaw", "Krakow"),
    ("Portugal", "Portuguese", "Lisbon", "Porto"),
    ("Senegal", "Senegalese", "Dakar", "Saint-Louis"),
    ("Spain", "Spanish", "Madrid", "Seville"),
    ("Sweden", "Swedish", "Stockholm", "Gothenburg"),
    ("Thailand", "Thai", "Bangkok", "Chiang Mai"),
    ("Tunisia", "Tunisian", "Tunis", "Sfax"),
    ("Uruguay", "Uruguayan", "Montevideo", "Salto"),
    ("Vietnam", "Vietnamese", "Hanoi", "Da Nang"),
    ("Zambia", "Zambian", "Lusaka", "Ndola"),
]
TITLES = [
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Minister of Trade",
    "Minister of Defence",
    "Deputy Foreign Minister",
    "Minister of Energy",
    "Vice President",
]
TOPICS = [
    "renewable energy",
    "fisheries",
    "digital trade",
    "higher education",
    "maritime security",
    "public health",
    "critical minerals",
    "tourism",
    "agriculture",
    "customs cooperation",
    "cultural heritage",
    "civil aviation",
    "water management",
    "space research",
]
INSTRUMENTS = [
    "Memorandum of Understanding on {topic} Cooperation",
    "Agreement on {topic}",
    "Framework Agreement on Cooperation in {topic}",
    "Protocol on {topic}",
]
ORDINALS = {10: "10th", 20: "20th", 25: "25th", 30: "30th", 40: "40th", 50: "50th", 60: "60th", 75: "75th"}
_ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "r", "s", "t", "v", "z", "br", "dr", "kr", "st", "tr"]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou"]
_CODAS = ["", "", "n", "r", "l", "s", "m", "k"]
_SURNAME_ENDS = ["ovic", "sen", "ara", "eki", "ton", "ier", "ano", "escu", "ström", "idis", "mann", "oya"]


@dataclass
class Person:
    name: str
    title: str
    country: tuple[str, str, str, str]

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    def styled(self) -> str:
        """Adjective, title, name: "Finnish Foreign Minister Sela Drounmann"."""
        return f"{self.country[1]} {self.title} {self.name}"


class Writer:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def syllables(self, n: int) -> str:
        return "".join(self.rng.choice(_ONSETS) + self.rng.choice(_VOWELS) + self.rng.choice(_CODAS) for _ in range(n))

    def name(self) -> str:
        given = self.syllables(self.rng.choice((1, 2))).capitalize()
        surname = (self.syllables(1) + self.rng.choice(_SURNAME_ENDS)).capitalize()
        return f"{given} {surname}"

    def person(self, country: tuple[str, str, str, str], title: str | None = None) -> Person:
        return Person(self.name(), title or self.rng.choice(TITLES), country)

    def date_line(self, day: date) -> str:
        hour, minute = self.rng.randrange(7, 21), self.rng.randrange(60)
        forms = [
            f"{day.day} {day:%B %Y}",
            f"{day:%B} {day.day}, {day.year}",
            day.isoformat(),
            f"{day:%d.%m.%Y}",
            f"{day:%A}, {day.day} {day:%B %Y} {hour:02d}:{minute:02d}",
            f"Published: {day.day} {day:%b %Y}",
            f"{day:%B} {day.day}, {day.year} | {hour}:{minute:02d}",
        ]
        return self.rng.choice(forms)

    def article(self, number: int) -> dict[str, str]:
        home, guest = self.rng.sample(COUNTRIES, 2)
        published = date(2019, 1, 1) + timedelta(days=self.rng.randrange(6 * 365))
        kind: Callable[[tuple[str, str, str, str], tuple[str, str, str, str], date], tuple[str, list[str]]] = (
            self.rng.choice([self.meeting, self.call, self.visit, self.signing, self.election, self.anniversary])
        )
        title, paragraphs = kind(home, guest, published)
        paragraphs += self.rng.sample(self.background(home, guest), self.rng.randrange(2, 5))
        text = "\n\n".join([title, self.date_line(published), *paragraphs]) + "\n"
        slug = "-".join(title.lower().split()[:6]).replace(",", "")
        return {
            "id": f"gen-{number:07d}",
            "title": title,
            "published": published.isoformat(),
            "url": f"https://news.example.org/{published:%Y/%m}/{number:07d}-{slug}",
            "text": text,
        }

    def meeting(
        self, home: tuple[str, str, str, str], guest: tuple[str, str, str, str], day: date
    ) -> tuple[str, list[str]]:
        title = self.rng.choice(TITLES[2:5])
        a, b = self.person(home, title), self.person(guest, title)
        topic = self.rng.choice(TOPICS)
        return (
            f"{home[1]} and {guest[1]} ministers meet in {home[2]}",
            [
                f"{a.styled()} met {b.styled()} in {home[2]} on {day.day} {day:%B %Y}.",
                f"The two ministers discussed {topic} and agreed to hold the next round of consultations "
                f"in {guest[2]}. {b.surname} invited {a.surname} to visit {guest[0]} next year.",
            ],
        )

    def call(
        self, home: tuple[str, str, str, str], guest: tuple[str, str, str, str], day: date
    ) -> tuple[str, list[str]]:
        a, b = self.person(home, "President"), self.person(guest, "Prime Minister")
        return (
            f"{a.surname} holds phone call with {guest[1]} Prime Minister {b.name}",
            [
                f"{a.styled()} held a telephone conversation with {b.styled()} on {day:%A}.",
                f"The leaders exchanged views on {self.rng.choice(TOPICS)} and on regional security, "
                f"the presidential office in {home[2]} said.",
            ],
        )

    def visit(
        self, home: tuple[str, str, str, str], guest: tuple[str, str, str, str], day: date
    ) -> tuple[str, list[str]]:
        a, b = self.person(guest, "President"), self.person(home, "President")
        later = day + timedelta(days=self.rng.randrange(3, 40))
        return (
            f"{guest[1]} President to pay state visit to {home[0]}",
            [
                f"{a.styled()} will pay a state visit to {home[0]} on {later.day} {later:%B %Y}, "
                f"at the invitation of {b.styled()}.",
                f"During the visit, {a.surname} and {b.surname} are expected to hold talks in {home[2]} "
                f"and to visit {home[3]}.",
            ],
        )

    def signing(
        self, home: tuple[str, str, str, str], guest: tuple[str, str, str, str], day: date
    ) -> tuple[str, list[str]]:
        a, b = self.person(home, "Foreign Minister"), self.person(guest, "Foreign Minister")
        name = self.rng.choice(INSTRUMENTS).format(topic=self.rng.choice(TOPICS).title())
        return (
            f"{home[0]} and {guest[0]} sign {name}",
            [
                f"{a.styled()} and {b.styled()} signed the {name} in {home[2]} on {day.day} {day:%B %Y}.",
                f"The {name} will enter into force once both parliaments have ratified it, {a.surname} told reporters.",
            ],
        )

    def election(
        self, home: tuple[str, str, str, str], guest: tuple[str, str, str, str], day: date
    ) -> tuple[str, list[str]]:
        winner = self.person(home, "President")
        observer = self.person(guest, "Foreign Minister")
        held = day - timedelta(days=self.rng.randrange(1, 6))
        return (
            f"{winner.name} wins presidential election in {home[0]}",
            [
                f"{winner.name} won the presidential election held in {home[0]} on {held.day} {held:%B %Y}, "
                f"the electoral commission in {home[2]} announced.",
                f"{observer.styled()} congratulated {winner.surname} on the result.",
            ],
        )

    def anniversary(
        self, home: tuple[str, str, str, str], guest: tuple[str, str, str, str], day: date
    ) -> tuple[str, list[str]]:
        years = self.rng.choice(list(ORDINALS))
        a, b = self.person(home, "Foreign Minister"), self.person(guest, "Ambassador")
        return (
            f"{home[0]} and {guest[0]} mark {ORDINALS[years]} anniversary of diplomatic relations",
            [
                f"{a.styled()} received {b.name}, Ambassador of {guest[0]} to {home[0]}, on {day.day} "
                f"{day:%B %Y} to mark the {ORDINALS[years]} anniversary of the establishment of diplomatic "
                f"relations between {home[0]} and {guest[0]}.",
                f"Diplomatic relations were established in {day.year - years}.",
            ],
        )

    def background(self, home: tuple[str, str, str, str], guest: tuple[str, str, str, str]) -> list[str]:
        topic = self.rng.choice(TOPICS)
        return [
            f"Trade between {home[0]} and {guest[0]} grew by {self.rng.randrange(2, 30)} percent last year, "
            f"with {topic} the fastest-growing sector.",
            f"{guest[0]} opened an embassy in {home[2]} in {self.rng.randrange(1960, 2015)}.",
            f"Officials of the two foreign ministries will meet again in {guest[3]} to review progress on {topic}.",
            f"Business leaders from {home[3]} and {guest[3]} attended a forum on {self.rng.choice(TOPICS)} "
            "on the sidelines of the talks.",
        ]


def articles(count: int, seed: int) -> Iterator[dict[str, str]]:
    writer = Writer(seed)
    for number in range(count):
        yield writer.article(number)


def write(count: int, out: Path, fmt: str, seed: int, shards: int) -> None:
    records = articles(count, seed)
    if fmt == "txt":
        out.mkdir(parents=True, exist_ok=True)
        for record in records:
            (out / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
        return
    paths = [out] if shards == 1 else [out / f"part-{i:04d}.jsonl" for i in range(shards)]
    paths[0].parent.mkdir(parents=True, exist_ok=True)
    per_shard = -(-count // shards)
    for path in paths:
        with path.open("w", encoding="utf-8") as handle:
            for _, record in zip(range(per_shard), records, strict=False):
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True, help="a folder (txt, sharded jsonl) or a .jsonl file")
    parser.add_argument("--format", choices=("txt", "jsonl"), help="default: jsonl when OUT ends in .jsonl")
    parser.add_argument("--shards", type=int, default=1, help="JSON Lines files to spread the articles over")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    fmt = args.format or ("jsonl" if args.out.suffix == ".jsonl" else "txt")
    write(args.count, args.out, fmt, args.seed, args.shards)


if __name__ == "__main__":
    main()
