"""Write the bad inputs that are binary, large or links (the rest of the corpus is committed).

    python tests/bad_inputs/generate.py DIR

tests/test_ingest_bad_inputs.py calls `write_generated` on a temporary copy of this folder.
"""

from __future__ import annotations

import codecs
import os
import random
import sys
from pathlib import Path

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82"
)
ARTICLE = (
    "Norland and Vesteria agree on a joint river commission\n\n"
    "3 June 2024\n\n"
    "The foreign ministers of Norland and Vesteria agreed in Halvik to set up a joint commission "
    "for the Grey River, the Norlandic foreign ministry said. "
    "Café owners in Genève-sur-Lac welcomed the news.\n"
)
BIG_BYTES = 20 * 1024 * 1024
NESTED_LEVELS = 100_000


def write_generated(folder: Path) -> None:
    """Add the generated bad inputs to `folder` (which must exist)."""
    (folder / "png-named.txt").write_bytes(PNG)
    (folder / "png-named.html").write_bytes(PNG)
    (folder / "random-bytes.txt").write_bytes(random.Random(7).randbytes(4096))
    utf8 = ARTICLE.encode("utf-8")
    # Valid UTF-8 with one byte torn out of "Café": a corrupt file, not another encoding.
    (folder / "invalid-utf8.txt").write_bytes(utf8.replace("Café".encode(), b"Caf\xc3", 1))
    (folder / "utf16-bom.txt").write_bytes(ARTICLE.encode("utf-16"))  # Python writes the BOM
    (folder / "utf16-no-bom.txt").write_bytes(ARTICLE.encode("utf-16-le"))
    (folder / "utf8-bom-crlf.txt").write_bytes(codecs.BOM_UTF8 + utf8.replace(b"\n", b"\r\n"))
    (folder / "latin1.txt").write_bytes(ARTICLE.encode("latin-1"))
    (folder / "cp1251.txt").write_bytes(
        "Норландия и Вестерия договорились о речной комиссии\n\n"
        "Министры иностранных дел Норландии и Вестерии договорились создать совместную комиссию "
        "по реке, сообщило министерство.\n".encode("cp1251")
    )
    _write_big(folder / "big-20mb.txt")
    (folder / "long-sentence-100k.txt").write_text(_long_sentence(), encoding="utf-8")
    (folder / "deeply-nested.html").write_text(_nested(NESTED_LEVELS), encoding="utf-8")
    (folder / "nested-1000.html").write_text(_nested(1000), encoding="utf-8")
    (folder / "many-elements.html").write_text(
        "<html><body>" + "<p>The envoys met again.</p>" * 150_000 + "</body></html>", encoding="utf-8"
    )
    loop = folder / "symlink-loop" / "inner"
    loop.mkdir(parents=True)
    (loop / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (loop / "back").symlink_to("..", target_is_directory=True)


def _write_big(path: Path) -> None:
    sentence = "Delegations from Norland, Vesteria and Ostmark continued talks on the river commission. "
    paragraph = (sentence * 8 + "\n\n").encode()
    with path.open("wb") as handle:
        handle.write(ARTICLE.encode() + b"\n")
        written = len(ARTICLE.encode()) + 1
        while written < BIG_BYTES:
            chunk = paragraph[: BIG_BYTES - written]
            handle.write(chunk)
            written += len(chunk)


def _long_sentence() -> str:
    words = [
        "the",
        "ministers",
        "of",
        "Norland",
        "and",
        "Vesteria",
        "agreed",
        "that",
        "the",
        "commission",
        "would",
        "meet",
        "again",
        "and",
    ]
    body: list[str] = []
    length = 0
    while length < 100_000:
        word = words[len(body) % len(words)]
        body.append(word)
        length += len(word) + 1
    body[0] = body[0].capitalize()
    return "A very long communique\n\n" + " ".join(body) + ".\n"


def _nested(levels: int) -> str:
    paragraph = (
        "<p>The foreign ministers of Norland and Vesteria met in Halvik and agreed to set up "
        "a joint river commission, the ministry said.</p>"
    )
    return (
        "<!DOCTYPE html><html><head><title>Nested page</title></head><body>"
        + "<div>" * levels
        + paragraph
        + "</div>" * levels
        + "</body></html>"
    )


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    os.makedirs(target, exist_ok=True)
    write_generated(target)
