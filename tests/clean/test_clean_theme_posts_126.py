"""Blog themes around a post, each read by its markup (set 126's report): Jekyll + Persephone, whose layout falls back
to ``lang="zh"`` where the site sets no locale; Jekyll + Tidyred, whose header under the headline dates the post with a
labelled ``<time>`` showing the date in its author's Korean format; Hexo + Shiro, whose post navigation is a link of the
next post's title and an arrow; Jekyll + Merida, whose tags are bare ``span``s in a row under the headline."""

from __future__ import annotations

import pytest

from fvmdocs.clean import clean_page
from fvmdocs.models import Document, RawPage
from fvmdocs.profile import builtin_profiles, profile_for


def _cleaned(url: str, html: str) -> Document:
    """A whole page of a theme's markup, cleaned as served from ``url`` with the profile the crawler would pick."""
    return clean_page(RawPage(url=url, body=html.encode(), source="t"), profile_for(url, builtin_profiles()))


def _blocks(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in doc.blocks]


# Jekyll + Persephone: "html[lang]" is "{{ page.locale | default: 'zh' }}", so "zh" where the site sets no locale; the
# logo and site's name as an "h1" in a link home, "main.post__wrapper" of the menu and "article.post": "header.post__header"
# of the headline "h1.post__title" and a bare "time" in "div.post__meta", then "div.post__content" (bold lead, paragraphs).
_PS_URL = "https://www.svetsarna-vast.se/2017/03/02/ogonskadorna-hos-svetsare-ska-med-i-journalen/"
_PS_HEADLINE = "Ögonskadorna hos svetsare ska med i den nya journalen"
_PS_LEAD = ("Ögonskador hos svetsare ska kunna följas i den journal som regionen ska köpa in. Föreningens styrelse ställde "
            "sig i tisdags bakom kravet.")  # fmt: skip
_PS_BODY = (
    "Under vintern har sex av föreningens medlemmar sökt vård för skador på ögonen efter arbete utan rätt skydd.",
    "Kravet har skrivits av föreningens skyddsombud, som har följt svetsarna på två verkstäder under en månad.",
)


def _persephone(lang: str) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in _PS_BODY)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{_PS_HEADLINE} | Svetsarna i Väst</title></head>
<body class="body-post"><a href="/" class="logo"><img src="/logo.png" class="logo_img"><h1>Svetsarna i Väst</h1></a>
<main class="post__wrapper"><nav class="top-nav"><a href="/" class="nav-link">Nyheter</a> <a href="/om/" class="nav-link">Om oss</a></nav>
<article class="post">
<header class="post__header"><h1 class="post__title">{_PS_HEADLINE}</h1><div class="post__meta"><time>2017-03-02 10:15</time></div></header>
<div class="post__content content"><p><strong>{_PS_LEAD}</strong></p>{paragraphs}</div>
</article></main>
<footer class="site-footer">© 2017 <a href="/">Svetsarna i Väst</a>. Theme <a href="https://github.com/erlzhang/jekyll-theme-persephone">Persephone</a></footer>
</body></html>"""


def test_persephone_default_chinese_gives_way_to_swedish_text() -> None:
    doc = _cleaned(_PS_URL, _persephone("zh"))
    assert doc.language == "sv"
    assert doc.published == "2017-03-02"
    assert _blocks(doc) == [("title", _PS_HEADLINE), ("lead", _PS_LEAD), *(("paragraph", text) for text in _PS_BODY)]


# Jekyll + Tidyred: "article.page" of item-prop metas and "div.page__inner-wrap": a "header" of the headline
# "h1.page__title" and "p.page__date" (a clock icon and "Updated:" in a "strong", then a "time" whose datetime dates the
# post and whose text is the date in the theme's Korean format), "section.page__content" (the bold lead, paragraphs)
# and "footer.page__meta" of the tags and share links.
_TR_URL = "https://www.celloensemblen.se/nyheter/ryggbesvaren-hos-cellister-ska-foljas-i-journalen/"
_TR_HEADLINE = "Ryggbesvären hos cellister ska följas i den nya journalen"
_TR_LEAD = "Ryggbesvär hos cellister ska kunna följas i regionens nya journal, beslutade ensemblens styrelse i måndags."
_TR_P1 = "Under hösten har åtta av ensemblens cellister sökt vård för besvär i ryggen efter långa repetitioner."


def _tidyred(date_line: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{_TR_HEADLINE} - Celloensemblen</title></head>
<body class="layout--post">
<header class="masthead"><nav class="site-nav"><a class="site-title" href="/">Celloensemblen</a></nav></header>
<main class="content-wrapper" id="content">
<article class="page" itemscope itemtype="https://schema.org/CreativeWork">
<meta itemprop="headline" content="{_TR_HEADLINE}"><meta itemprop="datePublished" content="May 2, 2019">
<div class="page__inner-wrap">
<header><h1 id="page-title" class="page__title" itemprop="headline">{_TR_HEADLINE}</h1>{date_line}</header>
<section class="page__content" itemprop="text"><p><strong>{_TR_LEAD}</strong></p><p>{_TR_P1}</p></section>
<footer class="page__meta"><p class="page__taxonomy"><strong>Tags: </strong><a href="/tags/#rygg" rel="tag">rygg</a></p></footer>
</div></article></main>
<footer class="mastfoot"><p>&copy; 2019 Celloensemblen. Powered by Jekyll &amp; Tidy red.</p></footer>
</body></html>"""


def _date_line(label: str, shown: str) -> str:
    return (f'<p class="page__date"><strong><i class="far fa-clock" aria-hidden="true"></i> {label}</strong> '
            f'<time datetime="2019-05-02T00:00:00+02:00">{shown}</time></p>')  # fmt: skip


@pytest.mark.parametrize(
    ("label", "shown"),
    [("Updated:", "2019년 05월 02일"), ("Updated:", "May 2, 2019"), ("Uppdaterad:", "2 maj 2019"), ("", "2019/05/02")],
)
def test_tidyred_labelled_time_under_the_headline_is_no_text_and_the_bold_paragraph_is_the_lead(label: str, shown: str) -> None:
    doc = _cleaned(_TR_URL, _tidyred(_date_line(label, shown)))
    assert doc.title == _TR_HEADLINE
    assert doc.published == "2019-05-02"
    assert _blocks(doc) == [("title", _TR_HEADLINE), ("lead", _TR_LEAD), ("paragraph", _TR_P1)]


def test_sentence_with_a_time_under_the_headline_stays() -> None:
    # words beside the time are no label: the header's line is the post's text
    line = 'Styrelsen samlas <time datetime="2019-05-20T18:00:00+02:00">20 maj</time> i Skövde.'
    doc = _cleaned(_TR_URL, _tidyred(f"<p>{line}</p>"))
    assert ("paragraph", "Styrelsen samlas 20 maj i Skövde.") in _blocks(doc)


# Hexo + Shiro: "header" of the site's name and subtitle, the menu in "nav", then "main > article": "header" of the
# headline "h1.page-title" and a meta row (the date's "time" in a link to the year's archive, the category link),
# "div.prose-shiro" (the bold lead, paragraphs), a row of "a.tag-pill" links, and "div.section-divider" of the post
# navigation: an empty "div" where there is no older post, and "a[title]" of the newer post's title in a "span" and
# "→" in an "aria-hidden" one (the older one's "←" before its title).
_SH_URL = "https://www.golvlaggarna-vast.se/2021/06/08/knabesvaren-hos-golvlaggare-ska-med-i-journalen/"
_SH_HEADLINE = "Knäbesvären hos golvläggare ska med i den nya journalen"
_SH_LEAD = "Knäbesvär hos golvläggare ska kunna följas i regionens nya journal, beslutade föreningens styrelse i fredags."
_SH_P1 = "Sedan 2019 har fjorton av föreningens medlemmar sökt vård för besvär i knäna efter långa dagar på golven."
_SH_NEXT = "Sommarmötet flyttas till Alingsås"
_SH_BACK = "Nya skydd för knäna provas i vår"


def _nav_link(title: str, arrow: str, href: str = "/2021/07/01/sommarmotet-flyttas/") -> str:
    parts = [f'<span class="line-clamp-1">{title}</span>', f'<span aria-hidden="true">{arrow}</span>']
    return f'<a href="{href}" class="group flex items-center gap-2" title="{title}">{"".join(parts if arrow == "→" else parts[::-1])}</a>'


def _shiro(navigation: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{_SH_HEADLINE} | Golvläggarna i Väst</title></head>
<body><div class="paper">
<header class="relative"><p class="site-title"><a href="/">Golvläggarna i Väst</a></p><p class="site-subtitle">För golvläggare i hela regionen</p></header>
<nav aria-label="Menu"><ul><li><a href="/">Hem</a></li><li><a href="/archives/">Nyheter</a></li></ul></nav>
<main class="section-divider"><article class="py-2">
<header class="text-center mb-8"><h1 class="page-title mb-4">{_SH_HEADLINE}</h1>
<div class="mb-4 flex"><div class="flex"><a href="/archives/2021/"><time datetime="2021-06-08">2021/06/08</time></a></div>
<span aria-hidden="true">•</span><div class="flex"><a class="link-muted" href="/categories/Arbetsmiljo/">Arbetsmiljö</a></div></div></header>
<div class="prose-shiro"><p><strong>{_SH_LEAD}</strong></p><p>{_SH_P1}</p></div>
<div class="mt-8 flex flex-wrap gap-2"><a href="/tags/knan/" class="tag-pill">knän</a> <a href="/tags/journal/" class="tag-pill">journal</a></div>
<div class="section-divider flex justify-between items-center">{navigation}</div>
</article></main>
<footer class="section-divider"><p>Elegant theme by <a href="https://github.com/Acris/hexo-theme-shiro">Shiro</a></p></footer>
</div></body></html>"""


@pytest.mark.parametrize(
    "navigation",
    [
        f"<div></div>{_nav_link(_SH_NEXT, '→')}",  # the blog's oldest post: no older one
        f"{_nav_link(_SH_BACK, '←', '/2021/03/02/nya-skydd/')}<div></div>",  # its newest
        f"{_nav_link(_SH_BACK, '←', '/2021/03/02/nya-skydd/')}{_nav_link(_SH_NEXT, '→')}",
    ],
)
def test_shiro_post_navigation_of_a_title_and_an_arrow_is_no_text(navigation: str) -> None:
    doc = _cleaned(_SH_URL, _shiro(navigation))
    assert doc.title == _SH_HEADLINE
    assert doc.published == "2021-06-08"
    assert _blocks(doc) == [("title", _SH_HEADLINE), ("lead", _SH_LEAD), ("paragraph", _SH_P1)]


def test_link_without_an_arrow_of_its_own_stays() -> None:
    # a link of the title alone is a link to read, no neighbour's: nothing marks its direction
    link = f'<a href="/2021/07/01/sommarmotet-flyttas/">{_SH_NEXT}</a>'
    assert _blocks(_cleaned(_SH_URL, _shiro(f"<div></div>{link}")))[-1] == ("paragraph", _SH_NEXT)


# Jekyll + Merida: a breadcrumb "nav" of the section and the post, then "article" of the post's meta box: the date
# ("span" of a "time" with its datetime), the headline "h1" and the tags as bare "span"s in a "div" (no links), then the
# text's "div" (the bold lead, paragraphs, "h2"s).
_MD_URL = "https://www.kompressionsteknik.se/news/stodstrumporna-levereras-via-lagret-i-boras/"
_MD_HEADLINE = "Stödstrumporna levereras via lagret i Borås under sommaren"
_MD_LEAD = "Stödstrumpor till avdelningarna i Alingsås levereras från lagret i Borås under sommaren, beslutade bolaget i går."
_MD_P1 = "Lagret i Alingsås stänger för ombyggnad den 1 juni och öppnar igen i slutet av augusti, enligt planen."


def _merida(tags: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{_MD_HEADLINE} | Kompressionsteknik</title></head>
<body class="font-main">
<nav class="sticky top-0"><ul><li><a href="/">Hem</a></li><li><a href="/news/">Nyheter</a></li></ul></nav>
<div class="main flex flex-col"><div class="prose min-w-full">
<nav class="flex items-center gap-2"><a href="/news/">News</a><span>/</span><span>{_MD_HEADLINE}</span></nav>
<article class="mx-auto w-full">
<div class="relative overflow-hidden py-3 border"><div class="absolute inset-0 -z-10 bg-gray-100"></div>
<div class="relative flex flex-col gap-4">
<span class="text-gray-800 text-sm"><time datetime="2023-05-16T00:00:00+02:00">May 16, 2023</time></span>
<h1 class="wrap-break-word text-left">{_MD_HEADLINE}</h1>
{tags}
</div></div>
<div class="px-1 md:px-4 pt-6 max-w-full border-x"><p><strong>{_MD_LEAD}</strong></p><p>{_MD_P1}</p></div>
</article></div></div>
<footer><p>&copy; 2023 <a href="/">Kompressionsteknik AB</a>. Powered by Jekyll &amp; Merida</p></footer>
</body></html>"""


def _tag_row(*names: str) -> str:
    spans = "".join(f'<span class="bg-gray-700 text-white px-2 py-1 rounded">\n{name}\n</span>' for name in names)
    return f'<div class="flex flex-wrap gap-1 sm:gap-2 text-sm">{spans}</div>'


@pytest.mark.parametrize("names", [("Leveranser", "Alingsås"), ("Leveranser",), ("Stödstrumpor", "Alingsås", "Region Väst")])
def test_merida_tag_spans_under_the_headline_are_no_text_and_the_bold_paragraph_is_the_lead(names: tuple[str, ...]) -> None:
    doc = _cleaned(_MD_URL, _merida(_tag_row(*names)))
    assert doc.title == _MD_HEADLINE
    assert doc.published == "2023-05-16"
    assert _blocks(doc) == [("title", _MD_HEADLINE), ("lead", _MD_LEAD), ("paragraph", _MD_P1)]


def test_subtitle_under_the_headline_stays() -> None:
    # a line of words in one span under the headline is the post's subtitle, no row of tags
    subtitle = "Lagret i Alingsås byggs om under sommaren och öppnar igen i augusti"
    doc = _cleaned(_MD_URL, _merida(f"<div><span>{subtitle}</span></div>"))
    assert subtitle in [text for _, text in _blocks(doc)]
