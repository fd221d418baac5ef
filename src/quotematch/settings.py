"""Where a run's :class:`~quotematch.Config` comes from: defaults, a config file, flags.

Like ruff and black, quotematch looks for its settings from the working
folder up to the root and uses the first of these it finds (files are not
merged):

- ``quotematch.toml``, the keys at its top level;
- ``pyproject.toml`` with a ``[tool.quotematch]`` table (a ``pyproject.toml``
  without one is passed over).

Flags (``--link-score 90``) override the file, which overrides the defaults.
The keys are the fields of :class:`~quotematch.Config`, each checked for its
type and its allowed range; a bad value is a :class:`~quotematch.ConfigError`
that names the file, the key and the range. :func:`load_settings` also says
where each value came from, which ``quotematch config`` prints.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from .config import Config, _positive, _score
from .errors import ConfigError, shorten

__all__ = [
    "Settings",
    "allowed_range",
    "find_config_file",
    "format_settings",
    "load_settings",
    "parse_value",
    "settings_to_dict",
]

CONFIG_NAME = "quotematch.toml"
PYPROJECT = "pyproject.toml"
DEFAULT = "default"


@attrs.frozen
class Settings:
    """The effective configuration and, for each key, where its value came from.

    ``origins`` maps every key to ``"default"``, a config file's path, or the
    flag that set it (``"--link-score"``).
    """

    config: Config
    origins: Mapping[str, str]
    file: Path | None = None


def allowed_range(name: str) -> str:
    """The values a key accepts, in words, for messages and ``quotematch config``.

    >>> allowed_range("link_score"), allowed_range("min_fragment_words")
    ('a number from 0 to 100', 'a whole number of at least 1')
    """
    field = _fields()[name]
    kind = _kind(field)
    if kind == "kinds":
        from .models import QUOTE_KINDS

        return "a list of quote kinds from " + ", ".join(QUOTE_KINDS)
    if kind == "bool":
        return "true or false"
    if kind == "str":
        return "a string"
    if field.validator is _score:
        return "a number from 0 to 100"
    if field.validator is _positive:
        return "a whole number of at least 1" if kind == "int" else "a number above 0"
    return "a whole number" if kind == "int" else "a number"


def find_config_file(start: str | os.PathLike[str] | None = None) -> Path | None:
    """The first ``quotematch.toml``, or ``pyproject.toml`` with ``[tool.quotematch]``, upwards.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "quotematch.toml").write_text("link_score = 90\\n")
    >>> (folder / "sub").mkdir()
    >>> find_config_file(folder / "sub") == folder / "quotematch.toml"
    True
    """
    here = Path(start if start is not None else os.getcwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
        project = folder / PYPROJECT
        if project.is_file() and _has_tool_table(project):
            return project
    return None


def load_settings(
    *,
    file: str | os.PathLike[str] | None = None,
    start: str | os.PathLike[str] | None = None,
    flags: Mapping[str, Any] | None = None,
    search: bool = True,
) -> Settings:
    """The effective settings: defaults, then a config file, then ``flags``.

    Args:
        file: the config file to read (default: :func:`find_config_file` from ``start``).
        start: where to start looking (default: the working folder).
        flags: values given on the command line, by key, with the flag
            that set each under ``"--key-name"`` in ``origins``.
        search: look for a config file when ``file`` is None.

    Raises:
        ConfigError: an unknown key, a value of the wrong type or out of
            range, or a file that is not valid TOML; the message names the
            file and the key.

    >>> load_settings(search=False, flags={"link_score": 92}).config.link_score
    92.0
    """
    path = Path(file) if file is not None else (find_config_file(start) if search else None)
    values: dict[str, Any] = {}
    origins = {name: DEFAULT for name in _fields()}
    if path is not None:
        for key, value in _file_table(path).items():
            values[key] = _checked(key, value, str(path))
            origins[key] = str(path)
    for key, value in (flags or {}).items():
        if value is None:
            continue
        values[key] = _checked(key, value, f"--{key.replace('_', '-')}")
        origins[key] = f"--{key.replace('_', '-')}"
    try:
        config = Config(**values)
    except ConfigError as exc:  # a check across keys, if any: name where the values came from
        raise ConfigError(f"{path or 'flags'}: {exc}") from None
    return Settings(config=config, origins=origins, file=path)


def parse_value(key: str, text: str) -> Any:
    """A value for ``key`` from its command-line text (``"90"``, ``"direct,partial"``).

    Raises:
        ConfigError: an unknown key or text that is not of the key's type.

    >>> parse_value("cluster_kinds", "direct, partial")
    ['direct', 'partial']
    """
    field = _fields().get(key)
    if field is None:
        raise ConfigError(f"unknown setting {key!r}")
    kind = _kind(field)
    try:
        if kind == "kinds":
            return [part.strip() for part in text.split(",") if part.strip()]
        if kind == "int":
            return int(text)
        if kind == "bool":
            return {"true": True, "false": False}[text.strip().lower()]
        if kind == "str":
            return text
        return float(text)
    except (ValueError, KeyError):
        raise ConfigError(
            f"--{key.replace('_', '-')}: {shorten(text, quoted=True)} is not {allowed_range(key)}"
        ) from None


def format_settings(settings: Settings) -> str:
    """The effective settings as TOML, each line saying where its value came from.

    >>> print(format_settings(load_settings(search=False, flags={"link_score": 90})))
    ... # doctest: +ELLIPSIS
    # quotematch settings (no config file found)
    max_quote_chars = 2000  # default; a whole number of at least 1
    ...
    link_score = 90.0  # --link-score; a number from 0 to 100
    ...
    """
    where = f"from {settings.file}" if settings.file else "no config file found"
    lines = [f"# quotematch settings ({where})"]
    for name in _fields():
        value = getattr(settings.config, name)
        lines.append(f"{name} = {_toml(value)}  # {settings.origins[name]}; {allowed_range(name)}")
    return "\n".join(lines)


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    """The JSON form of ``quotematch config --format json``.

    >>> settings_to_dict(load_settings(search=False))["settings"]["link_score"]["value"]
    85.0
    """
    return {
        "file": str(settings.file) if settings.file else None,
        "settings": {
            name: {
                "value": _plain(getattr(settings.config, name)),
                "from": settings.origins[name],
                "allowed": allowed_range(name),
            }
            for name in _fields()
        },
    }


# --- implementation -------------------------------------------------------------------------


def _fields() -> dict[str, attrs.Attribute[Any]]:
    return {field.name: field for field in attrs.fields(Config)}


def _kind(field: attrs.Attribute[Any]) -> str:
    """``int``, ``float``, ``bool``, ``str`` or ``kinds``, from the field's annotation."""
    kind = field.type if isinstance(field.type, str) else getattr(field.type, "__name__", "")
    if kind in ("int", "float", "bool", "str"):
        return kind
    return "kinds"


def _checked(key: str, value: Any, where: str) -> Any:
    """``value`` for ``key`` if it has the key's type and range; ConfigError naming ``where``."""
    fields = _fields()
    if key not in fields:
        raise ConfigError(
            f"{where}: unknown key {shorten(key, quoted=True)}; the keys are " + ", ".join(fields)
        )
    kind = _kind(fields[key])
    shown = shorten(repr(value))
    wrong = ConfigError(f"{where}: {key} = {shown} is not {allowed_range(key)}")
    if kind == "kinds":
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise wrong
    elif kind in ("bool", "str"):
        if not isinstance(value, bool if kind == "bool" else str):
            raise wrong
    elif (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or (kind == "int" and not isinstance(value, int))
    ):
        raise wrong
    try:
        attrs.evolve(Config(), **{key: value})
    except ConfigError as exc:
        reason = (
            f": {exc}" if kind == "kinds" else f" is out of range; allowed: {allowed_range(key)}"
        )
        raise ConfigError(f"{where}: {key} = {shown}{reason}") from None
    return float(value) if kind == "float" else value


def _load_toml(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        try:
            import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]
        except ImportError:
            raise ConfigError(
                f'{path}: reading it on Python 3.10 needs tomli: pip install "quotematch[toml]"'
            ) from None
    try:
        with open(path, "rb") as handle:
            data: dict[str, Any] = tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    return data


def _has_tool_table(path: Path) -> bool:
    try:
        data = _load_toml(path)
    except ConfigError:
        return True  # report the broken file rather than pass over it
    tool = data.get("tool")
    return isinstance(tool, dict) and "quotematch" in tool


def _file_table(path: Path) -> dict[str, Any]:
    data = _load_toml(path)
    if path.name != PYPROJECT:
        return data
    table = data.get("tool", {}).get("quotematch", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.quotematch] must be a table of settings")
    return table


def _plain(value: Any) -> Any:
    if isinstance(value, frozenset):
        return sorted(value)
    return value


def _toml(value: Any) -> str:
    value = _plain(value)
    if isinstance(value, list):
        return "[" + ", ".join(f'"{v}"' for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)
