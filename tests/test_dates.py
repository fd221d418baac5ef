"""Publication dates: the ISO 8601 and RFC 2822 forms feeds use, and nothing looser."""

from __future__ import annotations

import datetime as dt

import pytest

from quotematch import Document, InputError
from quotematch.dates import parse_published

UTC = dt.timezone.utc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-04", dt.datetime(2024, 3, 4, tzinfo=UTC)),
        ("2024-03-04T08:15", dt.datetime(2024, 3, 4, 8, 15, tzinfo=UTC)),
        ("2024-03-04 08:15:30Z", dt.datetime(2024, 3, 4, 8, 15, 30, tzinfo=UTC)),
        ("2024-03-04T09:15:00+01:00", dt.datetime(2024, 3, 4, 8, 15, tzinfo=UTC)),
        ("2024-03-04T09:15:00+0100", dt.datetime(2024, 3, 4, 8, 15, tzinfo=UTC)),
        ("Sun, 03 Mar 2024 18:00:00 GMT", dt.datetime(2024, 3, 3, 18, 0, tzinfo=UTC)),
        ("3 Mar 2024 19:00 +0100", dt.datetime(2024, 3, 3, 18, 0, tzinfo=UTC)),
    ],
)
def test_iso_8601_and_rfc_2822_dates_are_read(text: str, expected: dt.datetime) -> None:
    assert parse_published(text) == expected


@pytest.mark.parametrize(
    "text",
    ["11111111", "2024-13-01", "last Tuesday", "2024/03/04", "Sun, 32 Mar 2024 18:00:00 GMT"],
)
def test_anything_else_is_rejected(text: str) -> None:
    with pytest.raises(InputError, match="is not an ISO 8601 date"):
        parse_published(text)


def test_a_long_bad_value_is_shortened_in_the_message() -> None:
    with pytest.raises(InputError) as caught:
        Document("a", "t", published="1" * 100_000)
    assert len(str(caught.value)) < 300
    assert "(100000 characters)" in str(caught.value)


def test_fractions_of_a_second_of_any_length_are_read() -> None:
    assert parse_published("2024-03-04T08:15:30.5Z") == dt.datetime(
        2024, 3, 4, 8, 15, 30, 500000, tzinfo=UTC
    )
    assert parse_published("2024-03-04 08:15:30,25+00:00").microsecond == 250000  # type: ignore[union-attr]
