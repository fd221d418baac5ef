"""Publication dates as news feeds write them: ISO 8601 and RFC 2822, nothing looser.

A wrong date is worse than none (it decides which outlet printed a statement
first), so anything that is not plainly one of these two forms is rejected
with a message that shows the value (shortened when long) and the forms
accepted:

- ISO 8601 in its extended form: ``2024-03-04``, ``2024-03-04T08:15``,
  ``2024-03-04 08:15:00.5+01:00``, a trailing ``Z`` for UTC;
- RFC 2822, the form of RSS and e-mail: ``Sun, 03 Mar 2024 18:00:00 GMT``,
  ``3 Mar 2024 18:00 +0100``.

A time without a zone is taken as UTC.
"""

from __future__ import annotations

import datetime as _dt
import email.utils

import regex

from .errors import InputError, shorten

__all__ = ["parse_published"]

_ISO = regex.compile(
    r"\d{4}-\d{2}-\d{2}"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,6})?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?"
)
_ZONE = regex.compile(r"(?<=\d)([+-])(\d{2}):?(\d{2})?$")
_FRACTION = regex.compile(r"[.,](\d{1,6})")
_RFC_2822 = regex.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s*)?\d{1,2}\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{4}\s+"
    r"\d{2}:\d{2}(?::\d{2})?\s*(?:[+-]\d{4}|UT|GMT|Z|[ECMP][SD]T)?",
    regex.IGNORECASE,
)
_FORMS = (
    "an ISO 8601 date such as 2024-05-17 or 2024-05-17T09:30:00+01:00, "
    "or an RFC 2822 date such as Fri, 17 May 2024 09:30:00 +0100"
)


def parse_published(value: object) -> _dt.datetime | None:
    """A publication time from a datetime, a date, or an ISO 8601 or RFC 2822 string.

    Empty values give None; naive times are taken as UTC.

    Raises:
        InputError: the value is not one of the accepted forms (the message
            shows it shortened to at most 60 characters).

    >>> parse_published("Sun, 03 Mar 2024 18:00:00 GMT").isoformat()
    '2024-03-03T18:00:00+00:00'
    >>> parse_published("2024-03-04T08:15Z").isoformat()
    '2024-03-04T08:15:00+00:00'
    >>> parse_published("11111111")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
      ...
    quotematch.errors.InputError: published date '11111111' is not an ISO 8601 date ...
    """
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        result = value
    elif isinstance(value, _dt.date):
        result = _dt.datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        result = _parse_text(value)
    else:
        raise InputError(
            f"published date must be a date or a string, not {shorten(repr(value))}; use {_FORMS}"
        )
    if result.tzinfo is None:
        result = result.replace(tzinfo=_dt.timezone.utc)
    return result


def _zone_with_colon(match: regex.Match[str]) -> str:
    """``+01``, ``+0100`` → ``+01:00``: the one zone form every supported Python reads."""
    sign, hours, minutes = match.groups()
    return f"{sign}{hours}:{minutes or '00'}"


def _parse_text(value: str) -> _dt.datetime:
    text = value.strip()
    try:
        if _ISO.fullmatch(text):
            if text[-1] in "Zz":
                text = text[:-1] + "+00:00"
            text = _ZONE.sub(_zone_with_colon, text)
            # Python 3.10 reads only 3 or 6 digits of a second's fraction: give it 6.
            text = _FRACTION.sub(lambda m: "." + m.group(1).ljust(6, "0"), text)
            return _dt.datetime.fromisoformat(text)
        if _RFC_2822.fullmatch(text):
            return email.utils.parsedate_to_datetime(text)
    except (ValueError, TypeError, IndexError):
        pass  # the right shape but an impossible day or hour: reported below
    raise InputError(f"published date {shorten(value, quoted=True)} is not {_FORMS}")
