"""The article highlighter: well-formed, lossless, inert HTML whatever the spans and the text."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from accord.web.highlight import highlight


class TagBalance(HTMLParser):
    """Records every start tag and checks that end tags close them in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, f"</{tag}> closes nothing open"

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> TagBalance:
    parser = TagBalance()
    parser.feed(html)
    parser.close()
    assert not parser.stack, f"left open: {parser.stack}"
    return parser


def record(people: list[tuple[int, int]], evidence: list[tuple[int, int]]) -> dict[str, object]:
    return {
        "people": [{"name": "P<1>", "mentions": [{"start": s, "end": e} for s, e in people]}],
        "countries": [{"code": None, "name": "C", "mentions": []}],
        "events": [
            {"type": "meeting", "participants": ["P<1>"], "evidence": {"start": s, "end": e}} for s, e in evidence
        ],
    }


SPANS = st.lists(st.tuples(st.integers(-3, 60), st.integers(-3, 60)), max_size=8)


@given(text=st.text(max_size=60), people=SPANS, evidence=SPANS)
def test_any_spans_give_well_formed_html_with_the_text_unchanged(
    text: str, people: list[tuple[int, int]], evidence: list[tuple[int, int]]
) -> None:
    html = str(highlight(text, record(people, evidence)))
    parsed = parse(html)
    assert "".join(parsed.text) == text
    assert {tag for tag, _ in parsed.tags} <= {"a", "span", "mark"}


def test_markup_in_the_text_stays_text() -> None:
    text = 'Hi <script>alert(1)</script> and <img src=x onerror="alert(2)"> & done'
    html = str(highlight(text, record([(3, 11)], [(0, len(text))])))
    parsed = parse(html)
    assert {tag for tag, _ in parsed.tags} == {"a", "span", "mark"}
    assert "".join(parsed.text) == text
    assert "&lt;script&gt;" in html and "<script" not in html


def test_mentions_inside_evidence_nest_and_link() -> None:
    text = "Alpha met Beta. Then Gamma left."
    rec = record([(0, 5), (10, 14)], [(0, 15)])
    parsed = parse(str(highlight(text, rec)))
    links = [attrs for tag, attrs in parsed.tags if tag == "a"]
    assert len(links) == 2 and all(a["href"] == "/people/P%3C1%3E" for a in links)
    marks = [attrs for tag, attrs in parsed.tags if tag == "mark"]
    assert len(marks) == 1 and marks[0]["title"] == "meeting, undated: P<1>"
    anchors = [attrs["id"] for tag, attrs in parsed.tags if tag == "span" and attrs.get("class") == "anchor"]
    assert anchors == ["at-0"]


def test_overlapping_evidence_and_a_mention_across_its_edge() -> None:
    text = "0123456789abcdefghij"
    html = str(highlight(text, record([(4, 12)], [(0, 8), (6, 16)])))
    parsed = parse(html)
    assert "".join(parsed.text) == text
    assert [a["id"] for t, a in parsed.tags if a.get("class") == "anchor"] == ["at-0", "at-6"]
    # The mention is cut where evidence changes, and each piece links to the same person.
    assert {a["href"] for t, a in parsed.tags if t == "a"} == {"/people/P%3C1%3E"}


def test_spans_outside_the_text_are_ignored() -> None:
    text = "short"
    html = str(highlight(text, record([(3, 99), (-1, 2)], [(2, 1)])))
    assert html == "short"
