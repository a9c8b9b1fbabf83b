"""An article's text as HTML with every mention and every event's evidence marked in place.

Built server-side from the record's character offsets. Every piece of text goes through
`markupsafe.escape`, so the article cannot inject markup whatever it contains. Evidence
spans (sentences) are the outer layer and mentions the inner one; wherever a span starts
or ends the open elements are closed and reopened, so the HTML stays well formed even
when spans overlap.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from accord.web.urls import country_url, organization_url, person_url, search_url


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str  # person, organization, country, place, agreement
    name: str
    href: str | None


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    label: str


def highlight(text: str, record: dict[str, Any]) -> Markup:
    """The article text with `record`'s mentions and event evidence marked up."""
    mentions = _without_overlaps(m for m in mentions_of(record) if _fits(m.start, m.end, text))
    evidence = [e for e in evidence_of(record) if _fits(e.start, e.end, text)]
    return render(text, mentions, evidence)


def mentions_of(record: dict[str, Any]) -> list[Mention]:
    found: list[Mention] = []
    sections = (
        ("people", "person", lambda item: person_url(item["name"])),
        ("organizations", "organization", lambda item: organization_url(item["name"])),
        ("countries", "country", lambda item: country_url(item["code"]) if item.get("code") else None),
        ("places", "place", lambda item: search_url(item["name"])),
        ("agreements", "agreement", lambda item: search_url(item["name"])),
    )
    for section, kind, link in sections:
        for item in record.get(section) or []:
            href = link(item)
            for span in item.get("mentions") or []:
                found.append(Mention(span["start"], span["end"], kind, item["name"], href))
    return found


def evidence_of(record: dict[str, Any]) -> list[Evidence]:
    found = []
    for event in record.get("events") or []:
        span = event.get("evidence")
        if span:
            found.append(Evidence(span["start"], span["end"], event_label(event)))
    return found


def event_label(event: dict[str, Any]) -> str:
    """`meeting, 2024-06-10: A, B` — one line naming an event."""
    who = ", ".join(event.get("participants") or [])
    return f"{event.get('type')}, {event.get('date') or 'undated'}: {who}".rstrip(": ")


def render(text: str, mentions: list[Mention], evidence: list[Evidence]) -> Markup:
    """Mentions must not overlap one another; evidence spans may overlap anything."""
    spans: list[Mention | Evidence] = [*mentions, *evidence]
    bounds = sorted({0, len(text)} | {p for s in spans for p in (s.start, s.end)})
    starts = {e.start for e in evidence}
    out: list[str] = []
    open_evidence: tuple[Evidence, ...] = ()
    open_mention: Mention | None = None
    for left, right in zip(bounds, bounds[1:], strict=False):
        active = tuple(e for e in evidence if e.start <= left < e.end)
        mention = next((m for m in mentions if m.start <= left < m.end), None)
        if active != open_evidence:
            out.append(_close_mention(open_mention))
            open_mention = None
            out.append("</mark>" if open_evidence else "")
            # An empty anchor where evidence starts: links from elsewhere land on `#at-<offset>`.
            out.append(f'<span class="anchor" id="at-{left}"></span>' if left in starts else "")
            out.append(_open_evidence(active) if active else "")
            open_evidence = active
        if mention != open_mention:
            out.append(_close_mention(open_mention))
            out.append(_open_mention(mention) if mention else "")
            open_mention = mention
        out.append(escape(text[left:right]))
    out.append(_close_mention(open_mention))
    out.append("</mark>" if open_evidence else "")
    return Markup("".join(out))


def _open_evidence(active: tuple[Evidence, ...]) -> str:
    title = "; ".join(e.label for e in active)
    return f'<mark class="evidence" title="{escape(title)}">'


def _open_mention(m: Mention) -> str:
    title = escape(f"{m.kind}: {m.name}")
    if m.href is None:
        return f'<span class="mention mention-{m.kind}" title="{title}">'
    return f'<a class="mention mention-{m.kind}" href="{escape(m.href)}" title="{title}">'


def _close_mention(m: Mention | None) -> str:
    if m is None:
        return ""
    return "</span>" if m.href is None else "</a>"


def _fits(start: int, end: int, text: str) -> bool:
    return 0 <= start < end <= len(text)


def _without_overlaps(mentions: Iterable[Mention]) -> list[Mention]:
    """Keep the earliest (then longest) of overlapping mentions: links cannot nest."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept
