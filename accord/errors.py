"""Every failure accord reports, with its code, exit status and HTTP status.

Errors are raised as `AccordError` subclasses and turned into a message only at the
edge (the CLI prints `input: reason`, the web app answers with `http_status`).
"""

from __future__ import annotations


class AccordError(Exception):
    code = "E000"
    exit_status = 1
    http_status = 500

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        prefix = f"{self.source}: " if self.source else ""
        return f"{prefix}{self.message} [{self.code}]"


class UsageError(AccordError):
    """The command line or request asked for something impossible."""

    code = "E001"
    exit_status = 2
    http_status = 400


class InputError(AccordError):
    """An input could not be read as an article: it is rejected, the batch goes on."""

    code = "E100"
    http_status = 422


class EmptyInput(InputError):
    code = "E101"


class BinaryInput(InputError):
    code = "E102"


class UndecodableInput(InputError):
    code = "E103"


class TooLarge(InputError):
    code = "E104"
    http_status = 413


class MalformedInput(InputError):
    """Broken JSON Lines, a feed that does not parse, HTML with no text."""

    code = "E105"


class FetchError(InputError):
    code = "E106"
    http_status = 502


class StoreError(AccordError):
    code = "E200"


class NotFound(AccordError):
    code = "E404"
    http_status = 404


class Unauthorized(AccordError):
    code = "E401"
    http_status = 401


class RefuseOverwrite(UsageError):
    code = "E002"
