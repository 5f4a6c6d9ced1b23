from pathlib import Path

import pytest

from fvmdocs.errors import ConfigError
from fvmdocs.profile import (
    builtin_profile,
    builtin_profiles,
    load_profile,
    parse_profile,
    profile_for,
)


def test_builtin_vgregion_profile() -> None:
    profile = builtin_profile("vgregion")
    assert profile.hosts == ("vgregion.se",)
    assert profile.crawl.start_urls and profile.clean.content
    assert " - Västra Götalandsregionen" in profile.clean.title_suffixes


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.vgregion.se/ov/vgr-millennium/nyheter/x/", "vgregion"),
        ("https://vgregion.se/", "vgregion"),
        ("https://notvgregion.se/", None),
        ("https://www.vastkom.se/nyheter/", None),
        ("file:///tmp/page.html", None),
    ],
)
def test_profile_for_url(url: str, expected: str | None) -> None:
    found = profile_for(url, builtin_profiles())
    assert (found.name if found else None) == expected


def test_user_profile(tmp_path: Path) -> None:
    path = tmp_path / "site.toml"
    path.write_text(
        '[site]\nname = "vastkom"\nhosts = ["Vastkom.se"]\n'
        '[crawl]\nstart_urls = "https://www.vastkom.se/nyheter/"\n'
        '[clean]\ncontent = ["#page-content"]\n',
        encoding="utf-8",
    )
    profile = load_profile(path)
    assert profile.hosts == ("vastkom.se",)
    assert profile.crawl.start_urls == ("https://www.vastkom.se/nyheter/",)
    assert profile.clean.content == ("#page-content",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[site]\n", "needs a name"),
        ('[site]\nname = "x"\n[clean]\ncolour = ["a"]\n', "unknown keys"),
        ('[site]\nname = "x"\n[clean]\ncontent = 3\n', "list of strings"),
        ("[site\n", "not valid TOML"),
    ],
)
def test_bad_profiles(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_profile(text)


def test_unknown_builtin() -> None:
    with pytest.raises(ConfigError, match="no built-in profile"):
        builtin_profile("nowhere")


def test_vgregion_profile_keeps_a_fact_box_and_drops_a_side_column() -> None:
    from fvmdocs.clean import clean_page
    from fvmdocs.models import RawPage

    url = "https://www.vgregion.se/ov/vgr-millennium/nyheter/reservdatorer/"
    html = """<html lang="sv"><head><title>Reservdatorer</title></head><body><main><article>
    <h1>Reservdatorer på varje avdelning</h1>
    <p>Varje avdelning får en reservdator som visar en läsbar kopia av journalen om systemet ligger nere.</p>
    <aside class="factbox"><h2>Så känner du igen reservdatorn</h2><ul><li>Den är märkt med en gul etikett.</li></ul></aside>
    <p>Totalt installeras omkring 420 reservdatorer före starten, och de ska vara klara i oktober.</p>
    <aside class="sidebar"><h2>Mer om Millennium</h2><p>Här finns allt om programmet och dess tidplan.</p></aside>
    </article></main></body></html>"""
    page = clean_page(RawPage(url=url, body=html.encode(), source="t"), builtin_profile("vgregion"))
    texts = [b.text for b in page.blocks]
    assert "Den är märkt med en gul etikett." in texts
    assert not any("Här finns allt om programmet" in t for t in texts)
