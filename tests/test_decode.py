"""Decoding file bytes: byte-order marks, a named encoding, and hints that name what was found."""

from __future__ import annotations

import pytest

from quotematch import DecodeError
from quotematch.decode import decode, guess_encoding

TEXT = "“Nous gagnerons,” a dit la maire. Café, crème."


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_a_byte_order_mark_decides_the_encoding(codec: str) -> None:
    data = TEXT.encode(codec)
    if codec in ("utf-16-le", "utf-16-be"):
        data = "\ufeff".encode(codec) + data
    text, used = decode(data, "a.txt")
    assert text == TEXT  # the UTF-16/32 mark is dropped, as open(..., encoding="utf-16") does
    assert used in ("utf-16", "utf-32")


def test_a_utf8_byte_order_mark_is_kept_as_in_python_utf8() -> None:
    assert decode(b"\xef\xbb\xbf" + TEXT.encode(), "a.txt") == ("\ufeff" + TEXT, "utf-8")


def test_a_named_encoding_reads_files_without_a_mark() -> None:
    assert decode(TEXT.encode("cp1252"), "a.txt", "cp1252") == (TEXT, "cp1252")


@pytest.mark.parametrize(("codec", "named"), [("cp1252", "cp1252"), ("utf-16-le", "utf-16-le")])
def test_the_hint_names_the_encoding_the_bytes_look_like(codec: str, named: str) -> None:
    data = TEXT.encode(codec)
    assert guess_encoding(data) == named
    with pytest.raises(DecodeError, match=f"look like {named}: give --encoding {named}"):
        decode(data, "a.txt")


def test_an_unknown_encoding_name_is_one_clear_error() -> None:
    with pytest.raises(DecodeError, match="unknown encoding 'klingon'"):
        decode(b"x", "a.txt", "klingon")
