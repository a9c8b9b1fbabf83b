"""Folders -> the article files in them: recursive, in name order, hidden names skipped."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from pathlib import Path

from accord.errors import InputError


def walk(folder: Path, suffixes: Collection[str]) -> Iterator[tuple[Path, InputError | None]]:
    """Each file under `folder` whose suffix is in `suffixes`, or the error that stopped a branch.

    Files of other kinds are left alone: a folder of articles also holds notes, gold
    records and images. Symbolic links are followed, except one that leads back to a
    folder being walked: that loop is reported and skipped.
    """
    yield from _walk(folder, (folder.resolve(),), suffixes)


def _walk(
    folder: Path, ancestors: tuple[Path, ...], suffixes: Collection[str]
) -> Iterator[tuple[Path, InputError | None]]:
    try:
        entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
    except OSError as exc:
        yield folder, InputError(f"cannot list the folder: {exc.strerror or exc}", source=str(folder))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            real = entry.resolve()
            if real in ancestors:
                yield entry, InputError(f"symbolic link loop back to {real}; skipped", source=str(entry))
            else:
                yield from _walk(entry, (*ancestors, real), suffixes)
        elif entry.suffix.lower() in suffixes:
            yield entry, None
