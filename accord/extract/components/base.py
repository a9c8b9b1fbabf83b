"""What every accord component shares: the lexicon it loads in `initialize` and carries
through `to_disk`/`from_disk`, and the `Facts` view it reads the Doc through."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from accord.extract.facts import Facts
from accord.extract.lexicon import Lexicon, copy_patterns


class Component:
    """A pipeline step over one article's facts. Subclasses build their finders in `setup`
    and do their work in `run`; neither keeps anything of one article for the next."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self._lex: Lexicon | None = None

    @property
    def lex(self) -> Lexicon:
        if self._lex is None:
            raise RuntimeError(f"the {self.name!r} component has no lexicon: call its initialize() first")
        return self._lex

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        lexicon: Lexicon | None = None,
    ) -> None:
        """Load the lexicon (the package's own unless one is given, as the extractor shares one)."""
        self._lex = lexicon or Lexicon.load()
        self.setup(self._lex)

    def setup(self, lex: Lexicon) -> None:
        """Build what the component needs from the lexicon; most need nothing more."""

    def __call__(self, doc: Doc) -> Doc:
        self.lex  # noqa: B018 - fails clearly before any work when not initialized
        self.run(Facts(doc))
        return doc

    def run(self, facts: Facts) -> None:
        raise NotImplementedError

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        copy_patterns(self.lex, Path(path))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Component:
        self.initialize(lexicon=Lexicon.load(Path(path)))
        return self


def ents(facts: Facts, *labels: str) -> list[tuple[int, int]]:
    """Where spaCy's entity recognizer found names of these labels."""
    return [(e.start_char, e.end_char) for e in facts.doc.ents if e.label_ in labels]


def ext(*names: str) -> list[str]:
    """`Doc._` extensions as spaCy's `assigns`/`requires` name them."""
    return [f"doc._.{n}" for n in names]


Factory = Callable[[Language, str], Any]
