"""Reading articles from text, HTML, JSON Lines, feeds, folders and URLs through `read_sources`."""

from __future__ import annotations

import codecs
import json
import shutil
import socket
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from accord.errors import EmptyInput, FetchError, InputError, MalformedInput, TooLarge, UndecodableInput
from accord.ingest import parse_text, read_sources
from accord.records import Article
from accord.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def read(*sources: str | Path, settings: Settings | None = None) -> dict[str, Article | InputError]:
    items = list(read_sources([str(s) for s in sources], settings))
    names = [name for name, _ in items]
    assert len(names) == len(set(names)), names
    return dict(items)


def article(item: Article | InputError) -> Article:
    assert isinstance(item, Article), item
    return item


def rejected(item: Article | InputError, kind: type[InputError], reason: str) -> InputError:
    assert isinstance(item, kind), item
    assert reason in item.message
    assert item.source and "\n" not in item.message
    return item


# --- plain text --------------------------------------------------------------------------------


def test_text_file_is_decoded_and_read_by_parse_text() -> None:
    path = FIXTURES / "article.txt"
    got = article(read(path)[str(path)])
    assert got == parse_text(path.read_text(encoding="utf-8"), source=str(path))
    assert (got.title, got.published, got.views) == (
        "Norland and Vesteria open talks on a shared power grid",
        "2024-09-12T09:30",
        1204,
    )


def test_text_byte_order_mark_and_crlf_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"Talks in Halvik\r\n\r\n3 June 2024\r\n\r\nThe ministers met.\r\n")
    got = article(read(path)[str(path)])
    assert got.text == "Talks in Halvik\n\n3 June 2024\n\nThe ministers met.\n"
    assert (got.title, got.published) == ("Talks in Halvik", "2024-06-03")


def test_declared_and_detected_encodings(tmp_path: Path) -> None:
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(codecs.BOM_UTF16_BE + "Vesteria – Ostmark\n\nTalks in Brenn.\n".encode("utf-16-be"))
    cyrillic = tmp_path / "ru.txt"
    cyrillic.write_bytes("Переговоры в Бренне\n\nМинистры провели переговоры в Бренне.\n".encode("cp1251"))
    western = tmp_path / "fr.txt"
    western.write_bytes("Réunion à Genève\n\nLes ministres se sont réunis à Genève.\n".encode("cp1252"))
    got = read(utf16, cyrillic, western)
    assert article(got[str(utf16)]).text == "Vesteria – Ostmark\n\nTalks in Brenn.\n"
    assert article(got[str(cyrillic)]).title == "Переговоры в Бренне"
    assert article(got[str(western)]).title == "Réunion à Genève"


def test_missing_file_special_file_and_size_limit(tmp_path: Path) -> None:
    exact = tmp_path / "exact.txt"
    exact.write_bytes(b"A" * 99 + b"\n")
    over = tmp_path / "over.txt"
    over.write_bytes(b"A" * 100 + b"\n")
    got = read(tmp_path / "missing.txt", "/dev/null", exact, over, settings=Settings(max_input_bytes=100))
    rejected(got[str(tmp_path / "missing.txt")], InputError, "No such file")
    rejected(got["/dev/null"], InputError, "not a regular file")
    article(got[str(exact)])
    rejected(got[str(over)], TooLarge, "101 bytes is over the limit of 100 bytes")


# --- HTML --------------------------------------------------------------------------------------


def test_html_page_becomes_title_date_line_body() -> None:
    path = FIXTURES / "page.html"
    got = article(read(path)[str(path)])
    paragraphs = got.text.split("\n\n")
    assert paragraphs[:2] == ["Norland and Vesteria sign fisheries accord", "5 March 2024, 14:20"]
    assert paragraphs[2].startswith("Foreign Minister of Norland Ilse Marwick and her Vesterian counterpart")
    assert paragraphs[-1] == ("The agreement will enter into force once both parliaments ratify it, officials said.")
    assert "“This is a good day for our coastal towns,”" in got.text
    for furniture in ("tracking", "Home", "Most read", "rights reserved", "color"):
        assert furniture not in got.text
    assert got.title == "Norland and Vesteria sign fisheries accord"
    assert got.published == "2024-03-05T14:20"  # the day from the metadata, the time from the visible line
    assert got.url == "https://gazette.example/news/norland-vesteria-fisheries"


def test_html_metadata_date_is_written_as_the_date_line() -> None:
    path = FIXTURES / "page-meta-date.html"
    got = article(read(path)[str(path)])
    assert got.text.startswith("Ostmark hosts regional water forum\n\n21 November 2023\n\nDeputy Foreign")
    assert "Ministry of Foreign Affairs of Ostmark" not in got.text
    assert (got.title, got.published, got.url) == ("Ostmark hosts regional water forum", "2023-11-21", None)


def test_kind_is_sniffed_when_the_name_does_not_say(tmp_path: Path) -> None:
    for name in ("page.html", "feed.rss", "records.jsonl"):
        shutil.copy(FIXTURES / name, tmp_path / name.split(".")[0])
    got = read(tmp_path / "page", tmp_path / "feed", tmp_path / "records")
    assert (
        article(got[str(tmp_path / "page")]).text
        == article(read(FIXTURES / "page.html")[str(FIXTURES / "page.html")]).text
    )
    assert sorted(got) == sorted(
        [
            str(tmp_path / "page"),
            *(f"{tmp_path / 'feed'}#{n}" for n in (1, 2, 3)),
            *(f"{tmp_path / 'records'}#{n}" for n in (1, 2, 3)),
        ]
    )


# --- JSON Lines --------------------------------------------------------------------------------


def test_jsonl_records_with_text_and_html() -> None:
    path = FIXTURES / "records.jsonl"
    got = read(path)
    assert list(got) == [f"{path}#1", f"{path}#2", f"{path}#3"]
    first = article(got[f"{path}#1"])
    assert first.text == (
        "Vesteria hosts trade ministers\n\nTrade ministers of Norland, Vesteria and "
        "Ostmark met in Brenn on Wednesday to discuss customs rules.\n"
    )
    assert (first.published, first.url) == ("2024-02-14T09:00", "https://gazette.example/news/trade-ministers")
    second = article(got[f"{path}#2"])
    assert (second.title, second.published) == ("Ostmark and Norland agree visa talks", "2024-02-14")
    third = article(got[f"{path}#3"])
    assert third.text == (
        "Envoy presents credentials\n\nThe new ambassador of Norland to Ostmark, "
        "Piet Varga, presented his credentials to the President of Ostmark in Korvald."
    )
    assert (third.title, third.published) == ("Envoy presents credentials", None)


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T14:20:00+06:00", "2024-03-05T14:20"),
        ("2024-03-05 14:20", "2024-03-05T14:20"),
        ("2024-03", "2024-03"),
        ("5 March 2024", "2024-03-05"),
        ("Tue, 05 Mar 2024 14:20:00 GMT", "2024-03-05T14:20"),
        ("5 марта 2024", "2024-03-05"),
        ("2024-02-30", None),
        ("last Tuesday", None),
        ("", None),
        (20240305, None),
        (None, None),
    ],
)
def test_jsonl_published_is_normalised_never_guessed(tmp_path: Path, published: Any, expected: str | None) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"published": published, "text": "Talks\n\nThe envoys met."}) + "\n")
    assert article(read(path)[f"{path}#1"]).published == expected


def test_jsonl_bad_lines_are_rejected_alone(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": 7, "text": "Envoys met in Brenn."}).encode()
    path.write_bytes(
        b"\n".join(
            [
                good,
                b'{"id": 8, "text": "caf\xe9"}',
                b"[" * 100_000,
                json.dumps({"id": 7, "text": "Another text under the same id."}).encode(),
                json.dumps({"id": "7", "text": "A string id is another id."}).encode(),
                json.dumps({"text": "\ud800 lone surrogate"}).encode(),
                json.dumps({"title": ["a"], "text": "x"}).encode(),
            ]
        )
    )
    got = read(path)
    assert article(got[f"{path}#1"]).text == "Envoys met in Brenn."
    rejected(got[f"{path}#2"], UndecodableInput, "not valid UTF-8")
    rejected(got[f"{path}#3"], MalformedInput, "broken JSON")
    rejected(got[f"{path}#4"], MalformedInput, "duplicate id 7 (first read from line 1)")
    article(got[f"{path}#5"])
    rejected(got[f"{path}#6"], UndecodableInput, "lone surrogate")
    rejected(got[f"{path}#7"], MalformedInput, '"title" is a JSON array, not a string')


def test_jsonl_in_utf16(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_bytes(json.dumps({"id": 1, "text": "Встреча в Бренне"}, ensure_ascii=False).encode("utf-16"))
    assert article(read(path)[f"{path}#1"]).text == "Встреча в Бренне"


# --- feeds -------------------------------------------------------------------------------------


def test_rss_entries() -> None:
    path = FIXTURES / "feed.rss"
    got = read(path)
    assert list(got) == [f"{path}#1", f"{path}#2", f"{path}#3"]
    first = article(got[f"{path}#1"])
    assert first.text == (
        "Norland and Vesteria sign fisheries accord\n\n5 March 2024, 14:20\n\n"
        "Foreign Minister of Norland Ilse Marwick and her Vesterian counterpart Tomas Quill signed a "
        "fisheries cooperation agreement in Halvik.\n\n"
        "The agreement will enter into force\nonce both parliaments ratify it."
    )
    assert (first.published, first.url) == (
        "2024-03-05T14:20",
        "https://gazette.example/news/norland-vesteria-fisheries",
    )
    second = article(got[f"{path}#2"])
    assert second.text.endswith("\n\nOstmark appointed Lena Brock as its ambassador to Vesteria & Norland.")
    third = article(got[f"{path}#3"])
    assert third.published is None
    assert third.text == (
        "Brief with no date\n\nOfficials from Norland met their Ostmark counterparts for consultations."
    )


def test_atom_entries() -> None:
    path = FIXTURES / "feed.atom"
    got = read(path)
    first, second = article(got[f"{path}#1"]), article(got[f"{path}#2"])
    assert first.published == "2024-05-01T16:45"  # <published>, not <updated>
    assert first.text == (
        "Foreign Minister Lenz holds phone call with Norland\n\n1 May 2024, 16:45\n\n"
        "Foreign Minister Arvid Lenz held a telephone conversation with Foreign "
        "Minister of Norland Ilse Marwick.\n\nThey discussed the coming summit."
    )
    assert first.url == "https://mfa.ostmark.example/news/call"
    assert second.title == "Ostmark & Vesteria mark 25 years of relations"
    assert second.published == "2024-04-20T09:00"  # only <updated>


# --- folders -----------------------------------------------------------------------------------


def test_folder_is_read_recursively_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    shutil.copy(FIXTURES / "article.txt", tmp_path / "b" / "z.txt")
    shutil.copy(FIXTURES / "article.txt", tmp_path / "a.txt")
    shutil.copy(FIXTURES / "article.txt", tmp_path / ".hidden.txt")
    shutil.copy(FIXTURES / "article.txt", tmp_path / ".git" / "c.txt")
    shutil.copy(FIXTURES / "records.jsonl", tmp_path / "c.jsonl")
    (tmp_path / "notes.md").write_text("# not an article\n")
    (tmp_path / "a.gold.json").write_text("{}\n")
    got = read(tmp_path)
    assert list(got) == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b" / "z.txt"),
        *(f"{tmp_path / 'c.jsonl'}#{n}" for n in (1, 2, 3)),
    ]
    assert all(isinstance(item, Article) for item in got.values())


def test_folder_symlink_loop_is_reported_and_skipped(tmp_path: Path) -> None:
    inner = tmp_path / "inner"
    inner.mkdir()
    shutil.copy(FIXTURES / "article.txt", inner / "a.txt")
    (inner / "up").symlink_to("..", target_is_directory=True)
    (inner / "self").symlink_to(".", target_is_directory=True)
    got = read(tmp_path)
    assert list(got) == [str(inner / "a.txt"), str(inner / "self"), str(inner / "up")]
    rejected(got[str(inner / "up")], InputError, "symbolic link loop")
    rejected(got[str(inner / "self")], InputError, "symbolic link loop")


# --- URLs --------------------------------------------------------------------------------------

LATIN1_TEXT = "Réunion à Genève\n\nLes ministres se sont réunis.\n".encode("latin-1")


class _Handler(SimpleHTTPRequestHandler):
    """The fixtures folder, plus a few addresses that misbehave."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, directory=str(FIXTURES), **kwargs)

    def do_GET(self) -> None:
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/latin")
            self.end_headers()
        elif self.path == "/latin":
            self._send(LATIN1_TEXT, "text/plain; charset=iso-8859-1")
        elif self.path == "/news-feed":
            self._send((FIXTURES / "feed.atom").read_bytes(), "application/atom+xml")
        elif self.path == "/huge-declared":
            self._send(b"x" * 5000, "text/plain")
        elif self.path == "/huge-streamed":
            self.send_response(200)  # no Content-Length: the body runs until the connection closes
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"y" * 100)
        else:
            super().do_GET()

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


def test_urls_are_fetched_and_read_by_kind(server: str) -> None:
    got = read(f"{server}/page.html", f"{server}/moved", f"{server}/news-feed", f"{server}/records.jsonl")
    page = article(got[f"{server}/page.html"])
    assert page.text == article(read(FIXTURES / "page.html")[str(FIXTURES / "page.html")]).text
    assert page.url == "https://gazette.example/news/norland-vesteria-fisheries"  # the canonical address
    moved = article(got[f"{server}/moved"])
    assert moved.text == LATIN1_TEXT.decode("latin-1")  # the header's charset
    assert moved.url == f"{server}/latin"  # where the redirect led
    assert article(got[f"{server}/news-feed#2"]).title == "Ostmark & Vesteria mark 25 years of relations"
    assert article(got[f"{server}/records.jsonl#3"]).title == "Envoy presents credentials"


def test_url_failures_are_rejections(server: str) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    small = Settings(max_input_bytes=1000)
    sources = [
        f"{server}/missing.txt",
        f"{server}/huge-declared",
        f"{server}/huge-streamed",
        f"http://127.0.0.1:{closed_port}/x",
        "http://[bad",
        str(FIXTURES / "article.txt"),
    ]
    got = read(*sources, settings=small)
    rejected(got[f"{server}/missing.txt"], FetchError, "HTTP 404")
    rejected(got[f"{server}/huge-declared"], TooLarge, "5,000 bytes is over the limit of 1,000 bytes")
    rejected(got[f"{server}/huge-streamed"], TooLarge, "more than the limit of 1,000 bytes")
    rejected(got[f"http://127.0.0.1:{closed_port}/x"], FetchError, "")
    rejected(got["http://[bad"], FetchError, "")
    article(got[str(FIXTURES / "article.txt")])  # the batch went on


def test_empty_page_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><body>\n</body></html>")
    rejected(read(path)[str(path)], MalformedInput, "no article text")
    spaces = tmp_path / "spaces.html"
    spaces.write_text(" \n ")
    rejected(read(spaces)[str(spaces)], EmptyInput, "only whitespace")


def test_page_with_only_a_headline_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "headline.html"
    path.write_text(
        "<html><head><title>Envoys meet</title></head><body><h1>Envoys meet</h1><p>3 June 2024</p></body></html>"
    )
    rejected(read(path)[str(path)], MalformedInput, "no article text")


# The head of a page as copied from real sites: the site's own name, menus, breadcrumbs and
# language rows around the headline, which may stand above or below the date line.
HEADS = [
    (
        "Ministry of Foreign Affairs of Norland\nMain page > Press service > News\n\n02.04.2024\n\n"
        "Norland and Ostravia hold political consultations in Vell\n\n",
        "Norland and Ostravia hold political consultations in Vell",
        "2024-04-02",
    ),
    (
        "NORLAND NEWS AGENCY  |  EN  RU  FR\nPolitics   Economy   Society   Sport   World\nHome / Politics\n\n"
        "Norland and Ostravia sign a visa agreement\n\n03.05.2024 [16:05]\n\nVell, 3 May, NNA\n\n",
        "Norland and Ostravia sign a visa agreement",
        "2024-05-03T16:05",
    ),
    (
        "Council of Northern States\nРусский | English\nWelcome to the Council of Northern States\n\n"
        "SG/A/101\n18 June 2024\n\nSecretary-General Appoints Ida Marsk Special Envoy for the Northern Sea\n\n",
        "Secretary-General Appoints Ida Marsk Special Envoy for the Northern Sea",
        "2024-06-18",
    ),
    (
        "https://www.norland-embassy.example/news_detail/?id=12/ambassador-meets-ostravian-trade-minister\n\n"
        "Embassy of Norland, Vell, Ostravia\nHome > News & Events\n\nDate: 20/02/2025\n\n",
        "Ambassador meets ostravian trade minister",
        "2025-02-20",
    ),
    (
        "Council of Northern States\nHome › Newsroom › Press releases\n\n"
        "Chair concludes visit to Norland, stresses border cooperation\n\n",
        "Chair concludes visit to Norland, stresses border cooperation",
        None,
    ),
    (  # a menu down the page, one item a line, above the headline
        "NORLAND DAILY\nHome\nPolitics\nEconomy\nWorld news\nSport\nCulture\nOpinion\nWeather\n\n"
        "Ostravian envoy presents copies of credentials in Vell\n\nOct. 3, 2024\n\n",
        "Ostravian envoy presents copies of credentials in Vell",
        "2024-10-03",
    ),
    (  # the date only in a wire dateline that names the agency before the comma
        "Ostravian envoy presents copies of credentials in Vell\n\n"
        "VELL (Northern Wire), Oct. 3, 2024 — The Minister received the envoy.\n\n",
        "Ostravian envoy presents copies of credentials in Vell",
        "2024-10-03",
    ),
    (
        "Norland's Prime Мinister welcomes Ostravian envoy\n\n5 July 2024\n\n",
        "Norland's Prime Minister welcomes Ostravian envoy",
        "2024-07-05",
    ),
]
BODY = (
    "The two delegations discussed trade, transport and energy, and agreed to meet again in the autumn "
    "to review what had been done, the ministry said in a statement.\n\n"
    "The parties also agreed on a programme of cultural exchanges for next year.\n"
)


@pytest.mark.parametrize(("head", "title", "published"), HEADS)
def test_the_headline_is_found_among_the_page_s_own_lines(head: str, title: str, published: str | None) -> None:
    article = parse_text(head + BODY)
    assert article.title == title
    assert article.published == published
    assert article.text.startswith(head)  # the text as read: look-alike letters and all


@pytest.mark.parametrize(
    ("closing", "published"),
    [
        ("Posted by the Embassy of Norland in Vell, 14 August 2025", "2025-08-14"),
        ("Press release issued by the President's Office, Vell, on 14 January 2025.", "2025-01-14"),
        ("Posted by the Embassy of Norland, Vell", None),
    ],
)
def test_the_date_may_stand_only_in_the_closing_line(closing: str, published: str | None) -> None:
    article = parse_text("Norland's envoy meets Ostravian trade minister\n\n" + BODY + "\n" + closing + "\n")
    assert article.published == published
