"""One line saying where a benchmark ran: CPU, cores, RAM, Python, date and commit."""

from __future__ import annotations

import os
import platform
import subprocess
import time

__all__ = ["describe_machine", "quotematch_build"]


def quotematch_build() -> str:
    """Which quotematch this process runs: the mypyc-compiled build or the pure-Python sources."""
    import quotematch.extract

    path = quotematch.extract.__file__ or ""
    return "compiled (mypyc)" if path.endswith((".so", ".pyd")) else "pure Python"


def describe_machine() -> str:
    """CPU model, cores (and how many this process may use), RAM, Python, UTC time, git commit."""
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            kib = int(f.readline().split()[1])
            mem = f", {kib / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else "?"
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, cwd=root).stdout.strip() or "unknown"
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True, cwd=root).stdout.strip()
    return (f"{model}, {os.cpu_count()} cores ({affinity} usable by this run){mem}; "
            f"Python {platform.python_version()}, quotematch {quotematch_build()}; "
            f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; "
            f"commit {commit}{' + uncommitted changes' if dirty else ''}")
