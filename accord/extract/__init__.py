"""Article -> Extraction: spaCy plus accord's own stages, lexicons kept as data in patterns/."""

from accord.extract.extractor import Extractor

__all__ = ["Extractor"]
