"""The exceptions quotematch raises.

Every exception derives from :class:`QuotematchError`, and each one about bad
input also derives from the builtin a caller would naturally catch::

    QuotematchError
    ├── InputError (ValueError)         bad input: file, line and reason in the message
    │   ├── ReadError (OSError)         a file that cannot be opened or read
    │   ├── DecodeError (UnicodeError)  bytes that are not valid UTF-8
    │   └── RecordError                 a malformed JSON Lines record
    ├── ConfigError (ValueError)        an impossible configuration value
    ├── IndexFileError (ValueError)     a quote index file that is not one, damaged or too new
    ├── IndexBusyError (TimeoutError)   another process kept a quote index locked too long
    ├── IndexStaleError (RuntimeError)  a quote index built by another comparison form: rebuild it
    └── MissingExtraError (ImportError) an optional feature whose extra is not installed

Messy news text is never an error: an unclosed quote mark is reported as a
:class:`~quotematch.Diagnostic` on the quote it affects.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "DecodeError",
    "IndexBusyError",
    "IndexFileError",
    "IndexStaleError",
    "InputError",
    "MissingExtraError",
    "QuotematchError",
    "ReadError",
    "RecordError",
    "shorten",
]


class QuotematchError(Exception):
    """Root of every exception raised by quotematch."""


class InputError(QuotematchError, ValueError):
    """Input that quotematch cannot use.

    Args:
        reason: what is wrong and what to do about it.
        path: the file the input came from, if any.
        line: the 1-based line number within that file, if known.
    """

    def __init__(self, reason: str, *, path: str | None = None, line: int | None = None) -> None:
        self.reason = reason
        self.path = path
        self.line = line
        super().__init__(self._message())

    def _message(self) -> str:
        where = self.path or ""
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        return f"{where}: {self.reason}" if where else self.reason

    def __reduce__(self) -> tuple[object, ...]:
        # Keep the keyword-only fields when pickled (multiprocessing, Dask).
        return (_rebuild, (type(self), self.reason, self.path, self.line))


def _rebuild(cls: type[InputError], reason: str, path: str | None, line: int | None) -> InputError:
    return cls(reason, path=path, line=line)


class ReadError(InputError, OSError):
    """A file or directory that cannot be opened or read."""


class DecodeError(InputError, UnicodeError):
    """Bytes that are not valid UTF-8."""


class RecordError(InputError):
    """A JSON Lines record that is malformed or lacks a required field."""


class ConfigError(QuotematchError, ValueError):
    """A configuration value outside its allowed range."""



class _IndexProblem(QuotematchError):
    """A problem with a quote index file; the message starts with the file's path."""

    def __init__(self, reason: str, *, path: str) -> None:
        self.reason = reason
        self.path = path
        super().__init__(f"{path}: {reason}")

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_index_problem, (type(self), self.reason, self.path))


def _rebuild_index_problem(cls: type[_IndexProblem], reason: str, path: str) -> _IndexProblem:
    return cls(reason, path=path)


class IndexFileError(_IndexProblem, ValueError):
    """A quote index file that is not an index, is damaged, or is from a newer version."""


class IndexBusyError(_IndexProblem, TimeoutError):
    """Another process held a quote index's write lock for longer than the timeout."""


class IndexStaleError(_IndexProblem, RuntimeError):
    """A write to a quote index whose stored evidence another quotematch computed.

    The message says what differs and the command that rebuilds the file
    (``quotematch index rebuild DB``); reads of a stale index still work.
    """


class MissingExtraError(QuotematchError, ImportError):
    """An optional feature was asked for but its extra is not installed; the message names it."""
def shorten(value: str, limit: int = 60, *, quoted: bool = False) -> str:
    """``value`` cut to ``limit`` characters for a one-line message, saying how long it was.

    With ``quoted``, the value is shown as a Python string literal (``repr``).

    >>> shorten("1" * 100, 20)
    '11111111111111111111… (100 characters)'
    >>> print(shorten("1" * 100, 5, quoted=True), shorten("short", quoted=True))
    '11111…' (100 characters) 'short'
    """
    if len(value) <= limit:
        return repr(value) if quoted else value
    cut = value[:limit] + "…"
    return f"{repr(cut) if quoted else cut} ({len(value)} characters)"
