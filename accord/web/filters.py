"""Jinja filters for the templates."""

from __future__ import annotations

from urllib.parse import urlsplit


def ordinal(n: int) -> str:
    """1 -> 1st, 12 -> 12th, 23 -> 23rd."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def web_link(url: str | None) -> str | None:
    """The URL if it is http(s); anything else (javascript:, data:) is not linked."""
    if url and urlsplit(url.strip()).scheme.lower() in ("http", "https"):
        return url.strip()
    return None
