"""One frozen settings object: defaults, then a TOML file, then FVMDOCS_* variables, then flags.

Built once by the CLI and passed explicitly to every stage; nothing reads global config.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from fvmdocs import __version__
from fvmdocs.errors import ConfigError

PROJECT_URL = "https://github.com/fvmdocs/fvmdocs"
CONFIG_NAME = "fvmdocs.toml"


@dataclass(frozen=True)
class Settings:
    """Everything a run may tune; paths are resolved against ``home``."""

    home: Path = Path(".")
    max_page_bytes: int = 10 * 1024 * 1024
    lock_timeout: float = 10.0
    user_agent: str = f"fvmdocs/{__version__} (+{PROJECT_URL})"
    delay: float = 1.0
    timeout: float = 20.0
    retries: int = 3
    max_pages: int = 10_000
    max_depth: int = 10
    max_redirects: int = 10
    profile: str | None = None
    quiet: bool = False

    @property
    def corpus_dir(self) -> Path:
        return self.home / "corpus"

    @property
    def index_dir(self) -> Path:
        return self.home / "index"

    @property
    def db_path(self) -> Path:
        return self.corpus_dir / "fvmdocs.sqlite3"

    @property
    def warc_dir(self) -> Path:
        return self.corpus_dir / "warc"


_FIELD_TYPES: dict[str, type] = {
    "home": Path,
    "max_page_bytes": int,
    "lock_timeout": float,
    "user_agent": str,
    "delay": float,
    "timeout": float,
    "retries": int,
    "max_pages": int,
    "max_depth": int,
    "max_redirects": int,
    "profile": str,
    "quiet": bool,
}


def _coerce(name: str, value: Any) -> Any:
    kind = _FIELD_TYPES[name]
    try:
        if kind is bool and isinstance(value, str):
            return value.strip().lower() in {"1", "true", "yes", "on"}
        return kind(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name!r}: cannot read {value!r} as {kind.__name__}") from exc


def _from_mapping(values: Mapping[str, Any], origin: str) -> dict[str, Any]:
    known = {f.name for f in fields(Settings)}
    result: dict[str, Any] = {}
    for key, value in values.items():
        name = key.replace("-", "_")
        if name not in known:
            raise ConfigError(f"{origin}: unknown setting {key!r}")
        result[name] = _coerce(name, value)
    return result


def _from_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read settings file {path}: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"settings file {path} is not valid TOML: {exc}") from exc
    table = data.get("fvmdocs", data)
    return _from_mapping(table, str(path))


def _from_env(environ: Mapping[str, str]) -> dict[str, Any]:
    values = {
        key[len("FVMDOCS_") :].lower(): value
        for key, value in environ.items()
        if key.startswith("FVMDOCS_") and key != "FVMDOCS_CONFIG"
    }
    return _from_mapping(values, "environment")


def load_settings(
    *,
    config_file: Path | None = None,
    environ: Mapping[str, str] | None = None,
    **overrides: Any,
) -> Settings:
    """Build settings: defaults < TOML file < FVMDOCS_* environment < explicit overrides.

    The TOML file is ``config_file``, else ``$FVMDOCS_CONFIG``, else ``HOME/fvmdocs.toml``
    when it exists.
    """
    env = dict(os.environ if environ is None else environ)
    given = {k: v for k, v in overrides.items() if v is not None}
    env_values = _from_env(env)
    home = Path(given.get("home") or env_values.get("home") or Path("."))
    if config_file is None and env.get("FVMDOCS_CONFIG"):
        config_file = Path(env["FVMDOCS_CONFIG"])
    if config_file is None and (home / CONFIG_NAME).is_file():
        config_file = home / CONFIG_NAME
    settings = Settings()
    if config_file is not None:
        settings = replace(settings, **_from_toml(config_file))
    settings = replace(settings, **env_values)
    settings = replace(settings, **_from_mapping(given, "command line"))
    return replace(settings, home=Path(settings.home).expanduser())
