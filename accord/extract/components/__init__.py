"""accord's spaCy components, one per concern, in the order they run after the model's own.

Importing this package registers their factories with spaCy. Each reads and writes the
article's facts as `Doc._` extensions (see `accord.extract.facts`); `nlp.analyze_pipes()`
lists what each assigns and requires. Their modules do not postpone annotations: spaCy
validates a factory's arguments against them.
"""

from accord.extract.components import (  # noqa: F401 - registers the factories
    agreements,
    countries,
    events,
    lines,
    offices,
    organizations,
    page,
    participants,
    people,
    places,
    predicates,
)

# Runs before the model's parser, which keeps the sentence starts it sets.
BEFORE_PARSER = ("accord_lines",)
PIPELINE = (
    "accord_page",
    "accord_countries",
    "accord_people",
    "accord_agreements",
    "accord_organizations",
    "accord_parties",
    "accord_places",
    "accord_offices",
    "accord_participants",
    "accord_predicates",
    "accord_events",
)
