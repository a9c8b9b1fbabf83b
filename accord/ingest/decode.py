"""Bytes -> text: byte order marks, UTF-8, then a legacy encoding only when it is plausible.

Binary files under a text name (an image saved as `.txt`) and empty files are turned
away here, before any parser sees them.
"""

from __future__ import annotations

import codecs
import unicodedata

import charset_normalizer

from accord.errors import BinaryInput, EmptyInput, UndecodableInput

# Checked longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"SQLite format 3\x00", "a SQLite database"),
)
_SAMPLE = 65536
# Control bytes that text files do carry: tab, line feed, vertical tab, form feed, carriage return, escape.
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x1b")
_NON_LATIN_MIN_COHERENCE = 0.2


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte order mark at the start of `data` announces, if any."""
    return next((enc for bom, enc in _BOMS if data.startswith(bom)), None)


def check_bytes(data: bytes, source: str) -> None:
    """Reject what is empty or binary before any decoding or parsing is tried."""
    if not data:
        raise EmptyInput("empty file", source=source)
    kind = next((what for magic, what in _MAGIC if data.startswith(magic)), None)
    if kind:
        raise BinaryInput(f"binary content ({kind}), not text", source=source)
    bom = bom_encoding(data)
    if bom is not None and bom != "utf-8-sig":
        return  # UTF-16 and UTF-32 text is full of NUL bytes by design
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        raise BinaryInput("binary content (NUL bytes; UTF-16 needs a byte order mark)", source=source)
    controls = sum(1 for b in sample if b < 0x20 and b not in _TEXT_CONTROLS)
    if controls * 20 > len(sample):
        raise BinaryInput("binary content (control bytes), not text", source=source)


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """Text of `data`; `declared` is an encoding the container names (HTTP header, meta tag).

    Order: byte order mark, UTF-8, the declared encoding, then (unless the bytes are broken
    UTF-8) charset detection for non-Latin scripts and cp1252 for Western text.
    Whitespace-only text is empty.
    """
    check_bytes(data, source)
    text = _decode(data, source, declared)
    if not text.strip():
        raise EmptyInput("only whitespace", source=source)
    return text


def _decode(data: bytes, source: str, declared: str | None) -> str:
    bom = bom_encoding(data)
    if bom is not None:
        try:
            return data.decode(bom)
        except UnicodeDecodeError as exc:
            raise UndecodableInput(
                f"not valid {bom.removesuffix('-sig').upper()} at byte {exc.start}", source=source
            ) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    from_container = _declared(data, declared)
    if from_container is not None:
        return from_container
    if _has_utf8_sequences(data):
        # Real UTF-8 with broken bytes in it: any 8-bit reading would turn its letters into mojibake.
        raise UndecodableInput(
            f"not valid UTF-8 at byte {utf8_error.start} (corrupt or mixed encodings)", source=source
        )
    guess = _detected(data) or _western(data)
    if guess is not None:
        return guess
    raise UndecodableInput(f"not valid UTF-8 at byte {utf8_error.start} and no other encoding fits", source=source)


def _has_utf8_sequences(data: bytes) -> bool:
    """Whether `data` holds at least one well-formed multi-byte UTF-8 character."""
    text = data.decode("utf-8", errors="replace")
    return any(ord(ch) > 0x7F and ch != "\ufffd" for ch in text)


def _declared(data: bytes, declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        return data.decode(declared)
    except (LookupError, UnicodeDecodeError):
        return None


def _detected(data: bytes) -> str | None:
    """A detected non-Latin 8-bit encoding (cp1251 Russian, ISO-8859-7 Greek...), when coherent.

    Detection is not trusted for Latin-script text: it confuses the Western code pages with
    Central European ones and turns "Genève" into "Genčve"; `_western` reads those.
    """
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.coherence < _NON_LATIN_MIN_COHERENCE:
        return None
    try:
        text = data.decode(best.encoding)
    except (LookupError, UnicodeDecodeError):
        return None
    return None if _latin_script(text) else text


def _western(data: bytes) -> str | None:
    """cp1252 (a superset of Latin-1's printable range), when the result reads as text."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    high = [ch for ch in text if ord(ch) > 0x7F]
    letters = sum(1 for ch in high if ch.isalpha())
    # Accented letters carry Western text; a run of symbols (±, ¤, ¿...) is binary or another encoding.
    return text if len(high) * 4 <= len(text) and letters * 2 >= len(high) else None


def _latin_script(text: str) -> bool:
    letters = [ch for ch in text[:_SAMPLE] if ord(ch) > 0x7F and ch.isalpha()]
    latin = sum(1 for ch in letters if unicodedata.name(ch, "").startswith("LATIN"))
    return latin * 2 >= len(letters)
