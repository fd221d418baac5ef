"""The exception tree: one root, builtins a caller would catch, file and line in messages."""

from __future__ import annotations

import pickle

import pytest

from quotematch import (
    ConfigError,
    DecodeError,
    InputError,
    QuotematchError,
    ReadError,
    RecordError,
)


@pytest.mark.parametrize(
    ("cls", "builtin"),
    [
        (InputError, ValueError),
        (ReadError, OSError),
        (DecodeError, UnicodeError),
        (RecordError, ValueError),
        (ConfigError, ValueError),
    ],
)
def test_each_error_is_a_quotematch_error_and_its_builtin(cls: type, builtin: type) -> None:
    assert issubclass(cls, QuotematchError)
    assert issubclass(cls, builtin)


def test_message_names_file_line_and_reason() -> None:
    reason = "missing field 'text'; every line needs an id and a text"
    err = RecordError(reason, path="feed.jsonl", line=7)
    assert str(err) == "feed.jsonl:7: missing field 'text'; every line needs an id and a text"


def test_message_without_a_file_still_reads_well() -> None:
    assert str(InputError("empty input", line=2)) == "line 2: empty input"
    assert str(InputError("empty input")) == "empty input"


@pytest.mark.parametrize("cls", [InputError, ReadError, DecodeError, RecordError])
def test_errors_survive_pickling_with_their_fields(cls: type[InputError]) -> None:
    err = cls("invalid UTF-8 at byte 12", path="a.txt", line=1)
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is cls
    assert (again.path, again.line, str(again)) == ("a.txt", 1, str(err))
