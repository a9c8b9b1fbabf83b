"""Inputs -> partitions: units of reading small enough for one worker, planned without reading them.

A partition is a description (paths, byte ranges, row groups), cheap to ship to a worker
that reads it where the data is. Planning keeps the order `read_sources` reads in, so a
batch writes its articles in the same order whatever the engine.

- ordinary files, folders' files and URLs are grouped, a few at a time, and read by
  `read_sources` (so their names and rejections are exactly the in-process ones);
- a JSON Lines file bigger than one partition is cut at line ends; its lines keep
  their names (`path#N`, N counted over the whole file);
- a Parquet file (columns as in JSON Lines: id, title, published, url, text or html) is
  read one row group at a time; rows are named `path#N`, N counting from 1.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from accord.errors import InputError
from accord.ingest import read_sources
from accord.ingest.decode import bom_encoding
from accord.ingest.folders import walk
from accord.ingest.jsonl import read_jsonl
from accord.records import Article
from accord.settings import Settings

Item = tuple[str, Article | InputError]

_URL = re.compile(r"https?://", re.I)
_JSONL = (".jsonl", ".ndjson")
_PARQUET = ".parquet"
# The kinds `read_sources` takes from a folder, plus Parquet.
_FOLDER_KINDS = (".txt", ".text", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom", *_JSONL, _PARQUET)
_COLUMNS = ("id", "title", "published", "url", "text", "html")


@dataclass(frozen=True)
class Files:
    """Whole files and URLs, read as `read_sources` reads them."""

    sources: tuple[str, ...]


@dataclass(frozen=True)
class Lines:
    """Bytes [start, end) of a JSON Lines file, cut at line ends; `first` is the first line's number."""

    path: str
    first: int
    start: int
    end: int


@dataclass(frozen=True)
class RowGroup:
    """One row group of a Parquet file; `first` is the number of its first row (from 1)."""

    path: str
    index: int
    first: int


Partition = Files | Lines | RowGroup


def plan(sources: Iterable[str], part_bytes: int = 4_000_000, files_per_part: int = 16) -> Iterator[Partition]:
    """The partitions of `sources`, in reading order, planned lazily."""
    group: list[str] = []
    for name, size in _files(sources):
        split = _split(name, size, part_bytes)
        if split is None:
            group.append(name)
            if len(group) < files_per_part:
                continue
        if group:
            yield Files(tuple(group))
            group = []
        if split is not None:
            yield from split
    if group:
        yield Files(tuple(group))


def _files(sources: Iterable[str]) -> Iterator[tuple[str, int]]:
    """Each URL, file and file under a folder with its size (0 when unknown: read whole)."""
    for source in sources:
        path = Path(source)
        if _URL.match(source):
            yield source, 0
        elif path.is_dir():
            for found, problem in walk(path, _FOLDER_KINDS):
                # a folder that cannot be listed: `read_sources` rejects it with the same reason
                yield str(found), 0 if problem else _size(found)
        else:
            yield source, _size(path)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:
        return 0


def _split(name: str, size: int, part_bytes: int) -> Iterator[Partition] | None:
    """A big JSON Lines file's slices or a Parquet file's row groups; None for anything else."""
    suffix = Path(name).suffix.lower()
    if suffix == _PARQUET:
        return _row_groups(name)
    if suffix in _JSONL and size > part_bytes:
        try:
            with open(name, "rb") as handle:
                head = handle.read(4)
        except OSError:
            return None  # read whole: `read_sources` rejects it with the reason
        if bom_encoding(head) in (None, "utf-8-sig"):  # UTF-16 and UTF-32 files are read whole
            return _slices(name, part_bytes)
    return None


def _slices(path: str, part_bytes: int) -> Iterator[Lines]:
    with open(path, "rb") as handle:
        start, first = 0, 1
        while chunk := handle.read(part_bytes):
            chunk += handle.readline()  # up to the end of the line the cut fell in
            yield Lines(path, first, start, start + len(chunk))
            start += len(chunk)
            first += chunk.count(b"\n")


def _row_groups(path: str) -> Iterator[RowGroup]:
    import pyarrow.parquet as pq  # only Parquet inputs pay for it

    try:
        metadata = pq.ParquetFile(path).metadata
    except (OSError, ValueError):  # not Parquet after all: reading its first group says why
        yield RowGroup(path, 0, 1)
        return
    first = 1
    for index in range(metadata.num_row_groups):
        yield RowGroup(path, index, first)
        first += metadata.row_group(index).num_rows


def read_partition(part: Partition, settings: Settings) -> list[Item]:
    """The articles of one partition, each paired with its name, or the error that rejected it."""
    if isinstance(part, Files):
        return list(read_sources(part.sources, settings))
    try:
        data = _slice(part) if isinstance(part, Lines) else _row_group_lines(part)
    except (OSError, ValueError) as exc:  # pyarrow's errors are OSError and ValueError kinds
        name = f"{part.path}#{part.first}"
        return [(name, InputError(f"cannot read: {exc}", source=name))]
    return _renumbered(data, part.path, part.first)


def _slice(part: Lines) -> bytes:
    with open(part.path, "rb") as handle:
        handle.seek(part.start)
        return handle.read(part.end - part.start)


def _row_group_lines(part: RowGroup) -> bytes:
    """The rows as JSON Lines, so that they are read by the same rules as a JSON Lines record."""
    import pyarrow.parquet as pq

    table = pq.ParquetFile(part.path).read_row_group(part.index)
    table = table.select([c for c in _COLUMNS if c in table.column_names])
    rows = (json.dumps(row, ensure_ascii=False, default=str) for row in table.to_pylist())
    return "\n".join(rows).encode("utf-8")


def _renumbered(data: bytes, path: str, first: int) -> list[Item]:
    """`read_jsonl` on a slice, its names (`path#k`) shifted to the line numbers of the whole file."""
    if not data.strip():  # blank lines between two cuts: nothing to read
        return []
    try:
        items = list(read_jsonl(data, path))
    except InputError as exc:  # the slice as a whole is unreadable (binary)
        name = f"{path}#{first}"
        return [(name, type(exc)(exc.message, source=name))]
    renamed: list[Item] = []
    for name, item in items:
        number = int(name.rpartition("#")[2]) + first - 1
        new = f"{path}#{number}"
        if isinstance(item, InputError):
            item = type(item)(item.message, source=new)
        else:
            item.source = new
        renamed.append((new, item))
    return renamed
