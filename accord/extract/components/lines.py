"""accord_lines: a line break ends a sentence, before the parser runs, unless it only wraps one.

Left to itself the parser reads a headline, the date line and the first sentence of the
body as one sentence, and the subject of the body's first verb turns out to be a word of the
headline. Sentence starts set before the parser are kept by it.
"""

import re

from spacy.language import Language
from spacy.tokens import Doc

from accord.extract.facts import text_of
from accord.extract.words import NAME_SHORT_FORMS
from accord.page import wrapped_breaks


@Language.component("accord_lines", assigns=["token.is_sent_start"])
def lines(doc: Doc) -> Doc:
    wrapped = wrapped_breaks(text_of(doc))
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space:
            token.is_sent_start = not (previous.text == "\n" and previous.idx in wrapped)
        elif previous.is_alpha and not token.is_space or _name_short_form(previous.text):
            # no sentence starts right after a word ("... Mauritanians | Abroad X") or a name's or title's
            # short form ("Foreign Secretary Md. Tanvir Hasan", "Amb. Rai")
            token.is_sent_start = False
    return doc


def _name_short_form(word: str) -> bool:
    return word[:1].isupper() and _NAME_SHORT_FORM.fullmatch(word) is not None


_NAME_SHORT_FORM = re.compile(rf"(?:{NAME_SHORT_FORMS})\.", re.I)
