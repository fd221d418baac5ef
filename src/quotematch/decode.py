"""Turning a file's bytes into text: UTF-8 (BOM or not), UTF-16/32 with a BOM, or as told.

Offsets are code points of the text as decoded here, which is what Python's
``open(path, encoding=E, newline="")`` reads for the encoding ``E`` named in
:func:`decode`'s result: a UTF-8 byte-order mark is *kept* as ``U+FEFF`` (as
``utf-8`` reads it), a UTF-16 or UTF-32 one is dropped (as ``utf-16`` reads it).

When bytes are not UTF-8 and no encoding was given, the error says which
encoding the bytes look like, so the fix (``--encoding cp1252``, or saving the
file as UTF-8) is one step.
"""

from __future__ import annotations

import codecs

from .errors import DecodeError

__all__ = ["bom_encoding", "decode", "decode_error", "guess_encoding"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``data`` announces, or None.

    >>> bom_encoding(b"\\xff\\xfeH\\x00"), bom_encoding(b"plain")
    ('utf-16', None)
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def decode(data: bytes, path: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode a whole file; return the text and the encoding used.

    A byte-order mark decides; otherwise ``encoding`` (default UTF-8).

    Raises:
        DecodeError: the bytes are not valid in that encoding; the message
            names the file, the line and byte, and the encoding they look like.

    >>> decode("“Oui”".encode("utf-16"), "a.txt")
    ('“Oui”', 'utf-16')
    >>> decode(b"caf\\xe9", "b.txt")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
      ...
    quotematch.errors.DecodeError: b.txt:1: invalid UTF-8 at byte 3 (e9); ... cp1252 ...
    """
    name = bom_encoding(data) or encoding or "utf-8"
    try:
        return data.decode(name), name
    except UnicodeDecodeError as exc:
        raise decode_error(data, exc, path, name) from None
    except LookupError:
        raise DecodeError(
            f"unknown encoding {name!r}; give a Python codec name such as cp1252 or latin-1",
            path=path,
        ) from None


def decode_error(
    data: bytes, exc: UnicodeDecodeError, path: str, encoding: str = "utf-8", base: int = 0
) -> DecodeError:
    """The one-line error for ``data`` (from byte ``base`` of the file) not in ``encoding``."""
    line = data.count(b"\n", 0, exc.start) + 1
    bad = data[exc.start : min(exc.end, exc.start + 8)]
    label = "UTF-8" if encoding.replace("_", "-").lower() in ("utf-8", "utf8") else encoding
    return DecodeError(
        f"invalid {label} at byte {base + exc.start} ({bad.hex(' ')}); {_hint(data)}",
        path=path,
        line=line,
    )


def guess_encoding(data: bytes) -> str | None:
    """The encoding bytes without a byte-order mark most likely are in, when it is not UTF-8.

    >>> guess_encoding("“Hi”".encode("utf-16-le")), guess_encoding("café".encode("cp1252"))
    ('utf-16-le', 'cp1252')
    """
    sample = data[:4000]
    if sample.count(b"\x00") * 4 >= len(sample) > 0:
        odd = sample[1::2].count(b"\x00")
        even = sample[0::2].count(b"\x00")
        return "utf-16-le" if odd >= even else "utf-16-be"
    try:
        sample.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1"
    return "cp1252"


def _hint(data: bytes) -> str:
    found = guess_encoding(data)
    if found is None:
        return "save the file as UTF-8"
    return (
        f"the bytes look like {found}: give --encoding {found}, or save the file as UTF-8 "
        f"(iconv -f {found} -t utf-8 FILE > FILE.utf8)"
    )
