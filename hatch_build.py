"""Build hook: compile the extraction and clustering modules with mypyc, or ship them as
plain Python.

Those modules are ordinary, fully typed Python. mypyc turns them into C
extensions that run the same code faster; the wheel then carries both, and
Python loads the compiled form. A build that cannot compile (no C compiler, an
unusual platform) warns and ships pure Python, which gives identical results.
``QUOTEMATCH_PURE_PYTHON=1`` asks for the pure-Python wheel on purpose, and
editable installs are always pure Python, so edits to the sources take effect.
"""

from __future__ import annotations

import glob
import os
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        if os.environ.get("QUOTEMATCH_PURE_PYTHON", "") not in ("", "0"):
            self.app.display_info("quotematch: QUOTEMATCH_PURE_PYTHON is set, not compiling")
            return
        try:
            from hatch_mypyc.plugin import MypycBuildHook

            MypycBuildHook(
                self.root,
                self.config,
                self.build_config,
                self.metadata,
                self.directory,
                self.target_name,
                self.app,
            ).initialize(version, build_data)
        except Exception as exc:  # any failure to compile leaves a working pure wheel
            self._remove_compiled()
            self.app.display_warning(
                f"quotematch: compiling with mypyc failed, building pure Python instead ({exc})"
            )

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        # The compiled files are built next to the sources; once they are in the
        # wheel, remove them so they never shadow edited sources in the checkout.
        self._remove_compiled()

    def _remove_compiled(self) -> None:
        for pattern in ("src/*__mypyc.*", "src/quotematch/*.so", "src/quotematch/*.pyd"):
            for path in glob.glob(os.path.join(self.root, pattern)):
                os.remove(path)
