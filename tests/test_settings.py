from pathlib import Path

import pytest

from fvmdocs.errors import ConfigError
from fvmdocs.settings import Settings, load_settings


def test_defaults_when_nothing_is_given() -> None:
    settings = load_settings(environ={})
    assert settings == Settings(home=Path("."))
    assert settings.db_path == Path("corpus/fvmdocs.sqlite3")
    assert "fvmdocs/" in settings.user_agent


def test_toml_then_environment_then_flags(tmp_path: Path) -> None:
    config = tmp_path / "fvmdocs.toml"
    config.write_text("[fvmdocs]\ndelay = 2.5\ntimeout = 7\nmax-pages = 50\n", encoding="utf-8")
    env = {"FVMDOCS_TIMEOUT": "9", "FVMDOCS_MAX_PAGES": "60"}
    settings = load_settings(config_file=config, environ=env, max_pages=70)
    assert (settings.delay, settings.timeout, settings.max_pages) == (2.5, 9.0, 70)


def test_config_file_found_in_home(tmp_path: Path) -> None:
    (tmp_path / "fvmdocs.toml").write_text("delay = 0.25\n", encoding="utf-8")
    assert load_settings(environ={}, home=tmp_path).delay == 0.25


def test_home_from_environment(tmp_path: Path) -> None:
    settings = load_settings(environ={"FVMDOCS_HOME": str(tmp_path)})
    assert settings.corpus_dir == tmp_path / "corpus"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("delay = 'soon'\n", "delay"),
        ("colour = true\n", "unknown setting"),
        ("delay = \n", "not valid TOML"),
    ],
)
def test_bad_settings_file(tmp_path: Path, text: str, message: str) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_settings(config_file=config, environ={})


def test_bad_environment_value() -> None:
    with pytest.raises(ConfigError, match="max_pages"):
        load_settings(environ={"FVMDOCS_MAX_PAGES": "many"})


def test_settings_are_frozen() -> None:
    with pytest.raises(AttributeError):
        load_settings(environ={}).delay = 3  # type: ignore[misc]
