"""Progress bars on standard error for the command line's long steps, drawn by ``tqdm``.

``tqdm`` is one small pure-Python package with no dependencies of its own; it
draws the bar, its rate and time left, and erases it when done, so the
command line holds no terminal escape codes of its own. Bars are shown only
when the stream is a terminal, the run is long enough to need them and
``--quiet`` is not given; otherwise nothing is written at all.
"""

from __future__ import annotations

import shutil
import threading
from typing import TYPE_CHECKING, TextIO

from tqdm import tqdm

if TYPE_CHECKING:
    from typing_extensions import Never

__all__ = ["PROGRESS_MIN_DOCUMENTS", "Progress"]

PROGRESS_MIN_DOCUMENTS = 50
"""Below this many documents a run is quick and shows no progress bar."""

_UNITS = {"extracting": "doc", "comparing": "step", "verifying": "pair", "assembling": "statement"}


class Progress:
    """One bar per stage, fed by ``progress(stage, done, total)`` calls (a ``ProgressHook``).

    A new stage closes the previous stage's bar and opens its own; ``total``
    None draws the time spent instead of a bar, redrawn every ``tick``
    seconds by a helper thread (such a stage reports nothing until it ends).

    >>> import io
    >>> progress = Progress(io.StringIO(), documents=500)
    >>> progress.enabled  # not a terminal
    False
    >>> progress("extracting", 1, 500)
    >>> progress.close()
    """

    def __init__(
        self, stream: TextIO, *, documents: int, quiet: bool = False, tick: float = 0.5
    ) -> None:
        isatty = getattr(stream, "isatty", None)
        terminal = bool(isatty and isatty())
        self.enabled = not quiet and documents >= PROGRESS_MIN_DOCUMENTS and terminal
        self.stream = stream
        self.tick = tick
        self._stage: str | None = None
        self._bar: tqdm[Never] | None = None
        self._ticking: tuple[threading.Thread, threading.Event] | None = None

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        if not self.enabled:
            return
        bar = self._bar
        if stage != self._stage or bar is None:
            self.close()
            self._stage = stage
            size = shutil.get_terminal_size()  # 80 x 24 when it cannot tell
            self._bar = bar = tqdm(
                total=total,
                desc=f"quotematch: {stage}",
                unit=_UNITS.get(stage, "item"),
                file=self.stream,
                leave=False,
                mininterval=0.1,
                # A terminal that reports no size (0 x 0) would get no bar at all from tqdm.
                ncols=min(size.columns, 100),
                nrows=max(size.lines, 2),
                bar_format=None if total is not None else "{desc}: {elapsed} so far",
            )
            if total is None:
                self._start_ticking(bar)
        bar.update(done - bar.n)

    def close(self) -> None:
        """Erase the current bar, so the next message starts on a clean line."""
        if self._ticking is not None:
            thread, stop = self._ticking
            stop.set()
            thread.join()
            self._ticking = None
        if self._bar is not None:
            self._bar.close()
            self._bar = None
            self._stage = None

    def _start_ticking(self, bar: tqdm[Never]) -> None:
        stop = threading.Event()

        def redraw() -> None:
            while not stop.wait(self.tick):
                bar.refresh()

        thread = threading.Thread(target=redraw, name="quotematch-progress", daemon=True)
        thread.start()
        self._ticking = (thread, stop)
