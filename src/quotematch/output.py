"""Where the command line's output goes: a file replaced only on success, or standard output.

``-o FILE`` is written to a temporary file in the same directory and renamed
over ``FILE`` once everything is written, so a run that fails half-way leaves
an existing ``FILE`` as it was. Whether ``FILE`` can be written is checked
before any work starts. Text goes out as UTF-8 with ``\\n`` line ends; a
string that no encoder accepts (a lone surrogate from a caller's own records)
is written as a ``\\udxxx`` escape rather than stopping the run.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
import sys
from collections.abc import Iterator
from typing import TextIO

from .errors import QuotematchError
from .safe import terminal_text

__all__ = ["OutputError", "check_output", "open_output"]


class OutputError(QuotematchError, OSError):
    """The output file or standard output cannot be written."""


def check_output(path: str | None) -> None:
    """Raise :class:`OutputError` now if ``path`` could not be written later.

    >>> check_output("/no/such/directory/report.html")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    quotematch.output.OutputError: /no/such/directory/report.html: cannot write the output ...
    """
    if path is None:
        return
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        raise _error(path, "it is a directory; give a file name")
    if not os.path.isdir(folder):
        raise _error(path, "its directory does not exist")
    if not os.access(folder, os.W_OK | os.X_OK) or (
        os.path.exists(path) and not os.access(path, os.W_OK)
    ):
        raise _error(path, "permission denied")


@contextlib.contextmanager
def open_output(path: str | None) -> Iterator[TextIO]:
    """A text stream to write to; on leaving, the output is complete or untouched.

    With ``path``, writes go to a temporary file beside it that replaces
    ``path`` only when the block ends without an exception (and is removed
    otherwise). With ``None``, writes go to standard output. A failed write or
    flush raises :class:`OutputError` with a one-line reason.

    >>> import pathlib, tempfile
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> _ = target.write_text("old")
    >>> with open_output(str(target)) as out:
    ...     _ = out.write("new")
    >>> target.read_text()
    'new'
    """
    if path is None:
        with _stdout() as stream:
            yield stream
        return
    check_output(path)
    fd, temporary = _temporary_beside(path)
    try:
        with open(
            fd, "w", encoding="utf-8", errors="backslashreplace", newline="\n"
        ) as stream:
            yield stream
        _keep_mode(path, temporary)
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise _error(path, exc.strerror or str(exc)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


# --- implementation -------------------------------------------------------------------------


@contextlib.contextmanager
def _stdout() -> Iterator[TextIO]:
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a replaced stdout (tests, notebooks) takes text as it is
        yield sys.stdout
        return
    sys.stdout.flush()
    stream = io.TextIOWrapper(buffer, encoding="utf-8", errors="backslashreplace", newline="\n")
    try:
        yield stream
        stream.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        _silence_stdout()
        raise _error("standard output", exc.strerror or str(exc)) from None
    finally:
        with contextlib.suppress(OSError, ValueError):
            stream.detach()


def _silence_stdout() -> None:
    """Point file descriptor 1 at /dev/null so the interpreter's exit flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _temporary_beside(path: str) -> tuple[int, str]:
    """Create a new hidden file next to ``path`` (mode 0o666 less the umask, like ``open``)."""
    folder = os.path.dirname(os.path.abspath(path))
    for _ in range(100):
        temporary = os.path.join(folder, f".{os.path.basename(path)}.{secrets.token_hex(4)}.part")
        try:
            return os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), temporary
        except FileExistsError:
            continue
        except OSError as exc:
            raise _error(path, exc.strerror or str(exc)) from None
    raise _error(path, "no free temporary file name beside it")


def _keep_mode(path: str, temporary: str) -> None:
    """Give the new file the permissions of the file it replaces, if there is one."""
    with contextlib.suppress(FileNotFoundError):
        os.chmod(temporary, os.stat(path).st_mode & 0o7777)


def _error(path: str, reason: str) -> OutputError:
    return OutputError(f"{terminal_text(path)}: cannot write the output ({reason})")
