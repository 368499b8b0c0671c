"""Errors the library raises and the reasons an input is rejected. The library never prints: the CLI
renders a `DyadsError` as one line, `error E001: …`, without a traceback, and lists `Rejection`s.

Each error class has a stable code, so scripts and issue reports can name it.
"""

from __future__ import annotations


class DyadsError(Exception):
    """Base class for errors the CLI turns into one clear message; a subclass states its code in its header."""

    code = "E000"

    def __init_subclass__(cls, code: str = "", **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls.code = code or cls.code


class UnknownActor(DyadsError, code="E001"):
    """A name that is no state, demonym, ISO code or organisation in the knowledge base."""


class BadDate(DyadsError, code="E002"):
    """A date option that is not YYYY, YYYY-MM or YYYY-MM-DD, or not a real date."""


class StoreUnreadable(DyadsError, code="E003"):
    """A --db that is not a database dyads can open (another file, a damaged file, no permission)."""


class MissingDriver(DyadsError, code="E004"):
    """A database URL whose driver package is not installed."""


class ModelError(DyadsError, code="E005"):
    """An event model file that cannot be read or is not a model."""


class BadOption(DyadsError, code="E006"):
    """An option value outside what the command accepts."""


class NotFound(DyadsError, code="E007"):
    """A document, actor or pair the store does not hold."""


class Unauthorised(DyadsError, code="E008"):
    """A write to the web API without the server's token."""


class InputRejected(DyadsError):
    """An input cannot become a document; `reason` says why in words a user can act on."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


# The catalogue of rejection reasons, so tests and messages agree on wording.
EMPTY = "empty: no text to read"
BINARY = "binary data, not text (found {what})"
TOO_LARGE = "too large: {size:,} bytes exceeds the {limit:,}-byte limit"
MIXED_ENCODING = ("mixed encodings: valid UTF-8 text with bytes of another encoding (first at byte {offset:,}); "
                  "convert the file to one encoding")
UNDECODABLE = "mis-encoded: the bytes are not valid text in any encoding we could detect"
ONLY_BOILERPLATE = "nothing but boilerplate (banner, navigation, footer)"
NO_HTML_TEXT = "HTML page with no readable text (only markup, scripts or navigation)"
UNSUPPORTED = "unsupported file type {suffix!r} (use .txt, .html, .htm, .json, .jsonl)"
BAD_JSON = "invalid JSON: {error}"
BAD_FIELD = "JSON record field {field!r} must be text, not {what}"
LONG_FIELD = "JSON record field {field!r} is {size:,} characters long (limit {limit:,})"
BAD_RECORD = "JSON record has no text: expected a 'text' or 'fetched_text' field"
FETCH_FAILED = "could not fetch: {error}"
FETCH_DEADLINE = "could not fetch: no complete response within {seconds:.0f} s"
PRIVATE_ADDRESS = ("refused: {host} resolves to {address}, a {kind} address (use --allow-private to fetch "
                   "from your own network)")
BAD_STATUS = "could not fetch: HTTP {status}"
BAD_CONTENT_TYPE = "unsupported content type {ctype!r} (expected HTML, plain text or JSON)"
NOT_FOUND = "no such file or directory"
NOT_REGULAR = "not a regular file ({what}): skipped"
OVER_BUDGET = "took longer than its time budget of {seconds:.0f} s (raise it with --time-budget)"
INTERNAL = "internal error while {stage}: {error} (a bug in dyads; rerun with DYADS_DEBUG=1 for the traceback)"
