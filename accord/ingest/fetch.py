"""http(s) URLs -> bytes, under timeouts and the same size limit as files."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

import httpx

from accord.errors import FetchError, TooLarge

_TIMEOUT = httpx.Timeout(20.0, connect=10.0)
_DEADLINE_S = 60.0  # per-read timeouts alone let a server trickle bytes forever
_MAX_REDIRECTS = 5
_HEADERS = {
    "User-Agent": "accord/0.1 (news article reader)",
    "Accept": "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
    "text/plain;q=0.9, */*;q=0.5",
}
_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.I)


@dataclass(frozen=True)
class Fetched:
    data: bytes
    url: str  # where the content came from, after redirects
    media_type: str  # "text/html"; "" when the server does not say
    charset: str | None


def fetch(url: str, limit: int) -> Fetched:
    """The body at `url`; FetchError for what the network or server refuses, TooLarge past `limit` bytes."""
    try:
        with (
            httpx.Client(
                timeout=_TIMEOUT, follow_redirects=True, max_redirects=_MAX_REDIRECTS, headers=_HEADERS
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.is_error:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".rstrip(), source=url)
            length = response.headers.get("content-length", "")
            if length.isdigit() and int(length) > limit:
                raise TooLarge(f"{int(length):,} bytes is over the limit of {limit:,} bytes", source=url)
            data = _read(response, limit, url)
            content_type = response.headers.get("content-type", "")
            charset = _CHARSET.search(content_type)
            return Fetched(
                data, str(response.url), content_type.split(";")[0].strip().lower(), charset[1] if charset else None
            )
    except httpx.TimeoutException as exc:
        raise FetchError(f"timed out ({type(exc).__name__})", source=url) from exc
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise FetchError(str(exc) or type(exc).__name__, source=url) from exc


def _read(response: httpx.Response, limit: int, url: str) -> bytes:
    chunks: list[bytes] = []
    size = 0
    deadline = time.monotonic() + _DEADLINE_S
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise TooLarge(f"more than the limit of {limit:,} bytes", source=url)
        if time.monotonic() > deadline:
            raise FetchError(f"took longer than {_DEADLINE_S:.0f} s", source=url)
        chunks.append(chunk)
    return b"".join(chunks)
