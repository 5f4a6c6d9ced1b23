"""Static-site themes' chrome around a post, each dropped by its markup and a look-alike in the text kept: Next.js +
tailwind-nextjs-starter-blog's authors block (a ``dl`` labelled "Authors" of names with avatars) between the header
and the bold lead, Hugo + Stack's post title ``h2.article-title`` under the site's name ``h1.site-name`` in the left
sidebar, over the bold lead, Astro + Fuwari's title ``div`` (no ``h1``) over its meta row and the bold lead, and its
license card of "Author", "Published at" and "License" under the text, and its buttons to the neighbouring posts, and
Astro + Astroship's category label over the headline and its meta line of the author, a bullet, a ``toDateString()``
date and hashtags under it, Next.js + Vercel's blog-starter's author block of an avatar and a name, printed twice
(under the headline, and after the cover image for narrow screens) over the bold lead, and Astro + AstroWind's tags and
"Share:" line under the post."""

from __future__ import annotations

import functools

import pytest

from fvmdocs.clean import clean_page
from fvmdocs.models import Document, RawPage


def _cleaned(url: str, html: str) -> Document:
    """A whole page of a theme's markup, cleaned as served from ``url``."""
    return clean_page(RawPage(url=url, body=html.encode(), source="t"))


def _blocks(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in doc.blocks]


# Next.js with tailwind-nextjs-starter-blog: the post layout's "article > div" holds "header" (a "dl" of the date,
# "dt.sr-only" "Published on" and "dd > time[datetime]", then the "h1"), then a grid of the authors block (a "dl" whose
# "dt.sr-only" says "Authors" and whose "dd > ul > li" holds the avatar and a "dl" of "Name" and the name), the text
# "div.prose" and the post's footer (tags, previous and next article, a link back to the blog).
_TNB_URL = "https://pensionarsforeningen-kungalv.se/blog/nya-journalen-pa-vardcentralen"
_TNB_HEADLINE = "Nya journalen på vårdcentralen i Kungälv"
_TNB_LEAD = ("Vårdcentralen i Kungälv går över till Millennium den 12 april, och föreningen har fått svar på medlemmarnas "
             "frågor om receptförnyelsen.")  # fmt: skip
_TNB_P1 = "Under de första veckorna tar mottagningen emot färre patienter per dag, och telefontiderna blir kortare."
_TNB_P2 = "Styrelsen bjuder in till ett medlemsmöte om journalen i Folkets hus den 20 april klockan 14."


def _tnb_authors(name: str = "Styrelsen", label: str = "Authors") -> str:
    return f"""<dl class="pb-10 pt-6 xl:border-b xl:border-gray-200 xl:pt-11 xl:dark:border-gray-700"><dt class="sr-only">{label}</dt><dd><ul class="flex flex-wrap justify-center gap-4 sm:space-x-12 xl:block xl:space-x-0 xl:space-y-8"><li class="flex items-center space-x-2"><img alt="avatar" loading="lazy" width="38" height="38" decoding="async" class="h-10 w-10 rounded-full" src="/_next/image?url=%2Fstatic%2Fimages%2Favatar.png&amp;w=96&amp;q=75"/><dl class="whitespace-nowrap text-sm font-medium leading-5"><dt class="sr-only">Name</dt><dd class="text-gray-900 dark:text-gray-100">{name}</dd><dt class="sr-only">Twitter</dt><dd></dd></dl></li></ul></dd></dl>"""  # noqa: E501


def _tnb(authors: str = _tnb_authors()) -> str:
    return f"""<!DOCTYPE html><html lang="sv" class="__variable_dd5b2f scroll-smooth"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{_TNB_HEADLINE} | Pensionärsföreningen Kungälv</title><meta name="description" content="{_TNB_LEAD}"/><meta property="og:title" content="{_TNB_HEADLINE}"/><meta property="og:description" content="{_TNB_LEAD}"/><meta property="og:url" content="{_TNB_URL}"/><meta property="og:site_name" content="Pensionärsföreningen Kungälv"/><meta property="og:locale" content="sv_SE"/><meta property="og:type" content="article"/><meta property="article:published_time" content="2024-03-28T00:00:00.000Z"/><link rel="canonical" href="{_TNB_URL}"/></head><body class="bg-white pl-[calc(100vw-100%)] text-black antialiased dark:bg-gray-950 dark:text-white"><section class="mx-auto max-w-3xl px-4 sm:px-6 xl:max-w-5xl xl:px-0"><div class="flex h-screen flex-col justify-between font-sans"><header class="flex items-center justify-between py-10"><a aria-label="Pensionärsföreningen Kungälv" href="/"><div class="flex items-center justify-between"><div class="hidden h-6 text-2xl font-semibold sm:block">Pensionärsföreningen Kungälv</div></div></a><div class="flex items-center space-x-4 leading-5 sm:space-x-6"><a class="hidden font-medium text-gray-900 dark:text-gray-100 sm:block" href="/blog">Blogg</a><a class="hidden font-medium text-gray-900 dark:text-gray-100 sm:block" href="/about">Om oss</a></div></header><main class="mb-auto"><section class="mx-auto max-w-3xl px-4 sm:px-6 xl:max-w-5xl xl:px-0"><article><div class="xl:divide-y xl:divide-gray-200 xl:dark:divide-gray-700"><header class="pt-6 xl:pb-6"><div class="space-y-1 text-center"><dl class="space-y-10"><div><dt class="sr-only">Published on</dt><dd class="text-base font-medium leading-6 text-gray-500 dark:text-gray-400"><time dateTime="2024-03-28T00:00:00.000Z">torsdag 28 mars 2024</time></dd></div></dl><div><h1 class="text-3xl font-extrabold leading-9 tracking-tight text-gray-900 dark:text-gray-100 sm:text-4xl sm:leading-10 md:text-5xl md:leading-14">{_TNB_HEADLINE}</h1></div></div></header><div class="grid-rows-[auto_1fr] divide-y divide-gray-200 pb-8 dark:divide-gray-700 xl:grid xl:grid-cols-4 xl:gap-x-6 xl:divide-y-0">{authors}<div class="divide-y divide-gray-200 dark:divide-gray-700 xl:col-span-3 xl:row-span-2 xl:pb-0"><div class="prose max-w-none pb-8 pt-10 dark:prose-invert"><p><strong>{_TNB_LEAD}</strong></p>
<p>{_TNB_P1}</p>
<p>{_TNB_P2}</p></div></div><footer><div class="divide-gray-200 text-sm font-medium leading-5 dark:divide-gray-700 xl:col-start-1 xl:row-start-2 xl:divide-y"><div class="py-4 xl:py-8"><h2 class="text-xs uppercase tracking-wide text-gray-500 dark:text-gray-400">Tags</h2><div class="flex flex-wrap"><a class="mr-3 text-sm font-medium uppercase text-primary-500" href="/tags/journalen">journalen</a><a class="mr-3 text-sm font-medium uppercase text-primary-500" href="/tags/kungalv">kungälv</a></div></div><div class="flex justify-between py-4 xl:block xl:space-y-8 xl:py-8"><div><h2 class="text-xs uppercase tracking-wide text-gray-500 dark:text-gray-400">Previous Article</h2><div class="text-primary-500"><a href="/blog/arsmotet-2024">Årsmötet 2024</a></div></div></div></div><div class="pt-4 xl:pt-8"><a class="text-primary-500" aria-label="Back to the blog" href="/blog">← Back to the blog</a></div></footer></div></div></article></section></main><footer><div class="mt-16 flex flex-col items-center"><div class="mb-2 flex space-x-2 text-sm text-gray-500 dark:text-gray-400"><div>Pensionärsföreningen Kungälv</div><div> • </div><div>© 2024</div></div></div></footer></div></section></body></html>"""  # noqa: E501


_tnb_doc = functools.partial(_cleaned, _TNB_URL)


@pytest.mark.parametrize(
    "authors",
    [
        _tnb_authors(),
        _tnb_authors("Anna Berg"),
        _tnb_authors(label="Författare"),
        _tnb_authors().replace("<dt class=\"sr-only\">Twitter</dt><dd></dd>", ""),
        "",  # no authors block
    ],
)
def test_the_starter_blogs_authors_block_goes_and_the_bold_lead_is_the_lead(authors: str) -> None:
    doc = _tnb_doc(_tnb(authors))
    assert (doc.title, doc.published, doc.language) == (_TNB_HEADLINE, "2024-03-28", "sv")
    assert _blocks(doc) == [("title", _TNB_HEADLINE), ("lead", _TNB_LEAD), ("paragraph", _TNB_P1), ("paragraph", _TNB_P2)]


@pytest.mark.parametrize(
    "box",
    [
        # a definition list in the text, "Författare" a term with a sentence for its description
        "<dl><dt>Författare</dt><dd>Rapporten skrevs av föreningens arbetsgrupp under våren.</dd></dl>",
        # a list of names with no avatar is a list of people in the text
        "<dl><dt>Författare</dt><dd><ul><li>Anna Berg</li><li>Per Holm</li></ul></dd></dl>",
    ],
)
def test_a_definition_list_of_authors_in_the_text_stays(box: str) -> None:
    doc = _tnb_doc(_tnb().replace(f"<p>{_TNB_P2}</p>", f"<p>{_TNB_P2}</p>{box}"))
    texts = [text for _, text in _blocks(doc)]
    assert texts[:4] == [_TNB_HEADLINE, _TNB_LEAD, _TNB_P1, _TNB_P2]
    assert len(texts) > 4


# Hugo with Stack: the left sidebar "aside.left-sidebar" comes first, its "header" with the avatar and the site's name
# "h1.site-name" (a link home) over the description "h2.site-description", then the menu; the post's
# "article.main-article" opens with "header.article-header > div.article-details": the category tags
# "header.article-category", the title "div.article-title-wrapper > h2.article-title > a" and the time footer
# "footer.article-time" (the date and the reading time), then the text "section.article-content" and the footer's tags
# and licence line.
_STACK_URL = "https://hjartforeningen-boras.se/p/nya-journalen-och-hjartmottagningen/"
_STACK_HEADLINE = "Nya journalen och hjärtmottagningen"
_STACK_LEAD = ("Hjärtmottagningen på Södra Älvsborgs sjukhus går över till Millennium i maj, och föreningen har samlat det "
               "medlemmarna behöver veta inför sina besök.")  # fmt: skip
_STACK_P1 = "Under de två första veckorna kan väntetiderna bli längre, och provsvar kan dröja någon dag extra."
_STACK_P2 = "Har du frågor om dina recept kan du ringa mottagningen på förmiddagarna som vanligt."
_STACK_TITLE = f'<h2 class="article-title"><a href="/p/nya-journalen-och-hjartmottagningen/">{_STACK_HEADLINE}</a></h2>'
_STACK_CATEGORY = ('<header class="article-category"><a href="/categories/nyheter/" style="background-color:#2a9d8f;'
                   'color:#fff">Nyheter</a></header>')  # fmt: skip
_STACK_TIME = """<footer class="article-time">
    <div><svg xmlns="http://www.w3.org/2000/svg" class="icon icon-tabler icon-tabler-calendar-time" width="56" height="56" viewBox="0 0 24 24"><path d="M11.795 21h-6.795a2 2 0 0 1 -2 -2v-12a2 2 0 0 1 2 -2h12"/></svg>
        <time class="article-time--published">2024-04-15</time></div>
    <div><svg xmlns="http://www.w3.org/2000/svg" class="icon icon-tabler icon-tabler-clock" width="24" height="24" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9"/></svg>
        <time class="article-time--reading">3 minuter</time></div>
</footer>"""  # noqa: E501
_STACK_SITE_NAME = '<h1 class="site-name"><a href="/">Hjärtföreningen Borås</a></h1>'


def _stack(title: str = _STACK_TITLE, category: str = _STACK_CATEGORY, time: str = _STACK_TIME, site_name: str = _STACK_SITE_NAME) -> str:
    return f"""<!DOCTYPE html>
<html lang="sv" dir="ltr">
<head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="{_STACK_LEAD}">
<title>{_STACK_HEADLINE}</title>
<link rel="canonical" href="{_STACK_URL}">
<meta property="og:title" content="{_STACK_HEADLINE}">
<meta property="og:url" content="{_STACK_URL}">
<meta property="og:site_name" content="Hjärtföreningen Borås">
<meta property="og:type" content="article">
<meta property="article:section" content="Post">
<meta property="article:published_time" content="2024-04-15T00:00:00+00:00">
<meta property="article:modified_time" content="2024-04-15T00:00:00+00:00">
</head>
<body class="article-page">
<div class="container main-container flex on-phone--column extended">
<aside class="sidebar left-sidebar sticky">
    <button class="hamburger hamburger--spin" type="button" id="toggle-menu" aria-label="Växla meny"><span class="hamburger-box"><span class="hamburger-inner"></span></span></button>
    <header>
        <figure class="site-avatar"><a href="/"><img src="/img/avatar_hu0f.png" width="300" height="300" class="site-logo" loading="lazy" alt="Avatar"></a></figure>
        <div class="site-meta">
            {site_name}
            <h2 class="site-description">Patientföreningen för hjärt- och kärlsjuka i Borås med omnejd</h2>
        </div>
    </header>
    <ol class="menu" id="main-menu">
        <li><a href="/"><span>Hem</span></a></li>
        <li><a href="/om/"><span>Om föreningen</span></a></li>
        <li><a href="/arkiv/"><span>Arkiv</span></a></li>
    </ol>
</aside>
<main class="main full-width">
<article class="main-article">
    <header class="article-header">
        <div class="article-details">
            {category}
            <div class="article-title-wrapper">
                {title}
            </div>
            {time}
        </div>
    </header>
    <section class="article-content">
        <p><strong>{_STACK_LEAD}</strong></p>
<p>{_STACK_P1}</p>
<p>{_STACK_P2}</p>
    </section>
    <footer class="article-footer">
        <section class="article-tags"><a href="/tags/journalen/">Journalen</a></section>
        <section class="article-copyright"><span>Licensierad under CC BY-NC-SA 4.0</span></section>
    </footer>
</article>
<aside class="related-content--wrapper">
    <h2 class="section-title">Relaterat innehåll</h2>
    <div class="related-content"><div class="flex article-list--tile">
        <article><a href="/p/arsmote-2024/"><div class="article-details"><h2 class="article-title">Årsmöte 2024</h2></div></a></article>
    </div></div>
</aside>
<footer class="site-footer">
    <section class="copyright">&copy; 2024 Hjärtföreningen Borås</section>
    <section class="powerby">Byggd med <a href="https://gohugo.io/" target="_blank" rel="noopener">Hugo</a><br>Tema <b><a href="https://github.com/CaiJimmy/hugo-theme-stack" target="_blank" rel="noopener">Stack</a></b></section>
</footer>
</main>
</div>
</body>
</html>"""  # noqa: E501


_STACK_BLOCKS = [("title", _STACK_HEADLINE), ("lead", _STACK_LEAD), ("paragraph", _STACK_P1), ("paragraph", _STACK_P2)]
_stack_doc = functools.partial(_cleaned, _STACK_URL)


@pytest.mark.parametrize(
    ("title", "category", "time", "site_name"),
    [
        (_STACK_TITLE, _STACK_CATEGORY, _STACK_TIME, _STACK_SITE_NAME),
        (_STACK_TITLE, "", _STACK_TIME, _STACK_SITE_NAME),
        (_STACK_TITLE, _STACK_CATEGORY, "", _STACK_SITE_NAME),
        (_STACK_TITLE, _STACK_CATEGORY, _STACK_TIME, _STACK_SITE_NAME.replace("h1", "div")),
        (_STACK_TITLE.replace("h2", "h3"), _STACK_CATEGORY, _STACK_TIME, _STACK_SITE_NAME),
        (_STACK_TITLE.replace("h2", "h1"), _STACK_CATEGORY, _STACK_TIME, _STACK_SITE_NAME),
    ],
)
def test_stacks_post_title_h2_under_the_sidebars_site_name_heads_the_bold_lead(title: str, category: str, time: str, site_name: str) -> None:
    doc = _stack_doc(_stack(title, category, time, site_name))
    assert (doc.title, doc.published, doc.language) == (_STACK_HEADLINE, "2024-04-15", "sv")
    assert _blocks(doc) == _STACK_BLOCKS


# Astro with Fuwari: no "h1"; the post card "div#post-container.card-base" holds the word count and reading time row,
# the title "div[data-pagefind-meta=title]" in large, bold type, the meta row (icons, the date, the category's link, the
# tags' links with "/" between them), the text "div.markdown-content" and, after it, the license card
# "div.license-container": the title, the post's address, and label/value pairs "Author", "Published at", "License".
_FUWARI_URL = "https://domarklubben-vanersborg.se/posts/nya-regler-for-sommarcupen/"
_FUWARI_HEADLINE = "Nya regler för sommarcupen"
_FUWARI_LEAD = ("Domarkommittén har gått igenom reglerna inför sommarcupen, och från i år gäller kortare matcher för de "
                "yngsta lagen.")  # fmt: skip
_FUWARI_P1 = "Domarna ska anmäla sig till passen senast två veckor före cupen, och tillsättningen görs i början av juni."
_FUWARI_P2 = "Den som vill gå utbildningen för nya domare kan anmäla sig till kansliet under maj."
_FUWARI_ICON = '<svg width="1em" height="1em" class="text-xl" viewBox="0 0 24 24"><path fill="currentColor" d="M19 4h-1V3"/></svg>'
_FUWARI_COUNT = f"""<div class="flex flex-row text-black/30 dark:text-white/30 gap-5 mb-3 transition onload-animation"><div class="flex flex-row items-center"><div class="transition h-6 w-6 rounded-md bg-black/5 dark:bg-white/10 text-black/50 dark:text-white/50 flex items-center justify-center mr-2">{_FUWARI_ICON}</div><div class="text-sm">412 ord</div></div><div class="flex flex-row items-center"><div class="transition h-6 w-6 rounded-md bg-black/5 dark:bg-white/10 text-black/50 dark:text-white/50 flex items-center justify-center mr-2">{_FUWARI_ICON}</div><div class="text-sm">3 minuter</div></div></div>"""  # noqa: E501
_FUWARI_TITLE = f"""<div class="relative onload-animation"><div data-pagefind-body data-pagefind-weight="10" data-pagefind-meta="title" class="transition w-full block font-bold mb-3 text-3xl md:text-[2.25rem]/[2.75rem] text-black/90 dark:text-white/90 md:before:w-1 before:h-5 before:rounded-md before:bg-[var(--primary)] before:absolute before:top-[0.75rem] before:left-[-1.125rem]">{_FUWARI_HEADLINE}</div></div>"""  # noqa: E501
_FUWARI_META = f"""<div class="onload-animation"><div class="flex flex-wrap text-neutral-500 dark:text-neutral-400 items-center gap-4 gap-x-4 gap-y-2 mb-5"><div class="flex items-center"><div class="meta-icon">{_FUWARI_ICON}</div><span class="text-50 text-sm font-medium">2023-06-08</span></div><div class="flex items-center"><div class="meta-icon">{_FUWARI_ICON}</div><div class="flex flex-row flex-nowrap items-center"><a href="/archive/category/Nyheter/" aria-label="View all posts in the Nyheter category" class="link-lg transition text-50 text-sm font-medium hover:text-[var(--primary)] dark:hover:text-[var(--primary)] whitespace-nowrap">Nyheter</a></div></div><div class="items-center hidden md:flex"><div class="meta-icon">{_FUWARI_ICON}</div><div class="flex flex-row flex-nowrap items-center"><a href="/archive/tag/?tag=Domare" aria-label="View all posts with the Domare tag" class="link-lg transition text-50 text-sm font-medium whitespace-nowrap">Domare</a><div class="mx-1.5 text-[var(--meta-divider)] text-sm">/</div><a href="/archive/tag/?tag=Sommarcupen" aria-label="View all posts with the Sommarcupen tag" class="link-lg transition text-50 text-sm font-medium whitespace-nowrap">Sommarcupen</a></div></div></div><div class="border-[var(--line-divider)] border-dashed border-b-[1px] mb-5"></div></div>"""  # noqa: E501


def _fuwari_pair(label: str, value: str) -> str:
    return (f'<div><div class="transition text-black/30 dark:text-white/30 text-sm">{label}</div>'
            f'<div class="transition text-black/75 dark:text-white/75 whitespace-nowrap">{value}</div></div>')  # fmt: skip


def _fuwari_license(author: str = "Author", published: str = "Published at", license_label: str = "License",
                    license_name: str = "CC BY-NC-SA 4.0", classes: str = "license-container") -> str:  # fmt: skip
    licence = (f'<div><div class="transition text-black/30 dark:text-white/30 text-sm">{license_label}</div><a href="https://'
               f'creativecommons.org/licenses/by-nc-sa/4.0/" target="_blank" class="link text-[var(--primary)] line-clamp-2">'
               f"{license_name}</a></div>")  # fmt: skip
    return (f'<div class="relative transition overflow-hidden bg-[var(--license-block-bg)] py-5 px-6 mb-6 rounded-xl '
            f'{classes} onload-animation"><div class="transition font-bold text-black/75 dark:text-white/75">{_FUWARI_HEADLINE}'
            f'</div><a href="{_FUWARI_URL}" class="link text-[var(--primary)]">{_FUWARI_URL}</a><div class="flex gap-6 mt-2">'
            f'{_fuwari_pair(author, "Domarkommittén")}{_fuwari_pair(published, "2023-06-08")}{licence}</div>{_FUWARI_ICON}</div>')  # fmt: skip


def _fuwari(title: str = _FUWARI_TITLE, license_card: str = _fuwari_license(), count_first: bool = True) -> str:
    jsonld = ('{"@context":"https://schema.org","@type":"BlogPosting","headline":"' + _FUWARI_HEADLINE + '","datePublished":'
              '"2023-06-08T00:00:00.000Z","author":{"@type":"Person","name":"Domarkommittén"},"inLanguage":"sv"}')  # fmt: skip
    return f"""<!DOCTYPE html><html lang="sv" class="bg-[var(--page-bg)] transition text-[14px] md:text-[16px]" data-overlayscrollbars-initialize><head><title>{_FUWARI_HEADLINE} - Domarklubben Vänersborg</title><meta charset="UTF-8"><meta name="description" content="Nya regler inför sommarcupen"><meta name="author" content="Domarkommittén"><meta property="og:site_name" content="Domarklubben Vänersborg"><meta property="og:url" content="{_FUWARI_URL}"><meta property="og:title" content="{_FUWARI_HEADLINE}"><meta property="og:type" content="article"><meta name="viewport" content="width=device-width"><link rel="icon" href="/favicon/favicon-light-32.png" sizes="32x32"><script type="application/ld+json">{jsonld}</script></head><body class="min-h-screen transition lg:is-home" data-overlayscrollbars-initialize><div id="top-row" class="z-50 pointer-events-none relative transition-all duration-700 max-w-[var(--page-width)] px-0 md:px-4 mx-auto"><div id="navbar-wrapper" class="pointer-events-auto sticky top-0 transition-all"><div id="navbar" class="z-50 onload-animation"><div class="absolute h-8 left-0 right-0 -top-8 bg-[var(--card-bg)] transition"></div><div class="card-base !overflow-visible max-w-[var(--page-width)] h-[4.5rem] !rounded-t-none mx-auto flex items-center justify-between px-4"><a href="/" class="btn-plain scale-animation rounded-lg h-[3.25rem] px-5 font-bold active:scale-95"><div class="flex flex-row text-[var(--primary)] items-center text-md">{_FUWARI_ICON}Domarklubben Vänersborg</div></a><div class="hidden md:flex"><a aria-label="Hem" href="/" class="btn-plain scale-animation rounded-lg h-11 font-bold px-5 active:scale-95"><div class="flex items-center">Hem</div></a><a aria-label="Arkiv" href="/archive/" class="btn-plain scale-animation rounded-lg h-11 font-bold px-5 active:scale-95"><div class="flex items-center">Arkiv</div></a></div></div></div></div></div><div class="absolute w-full z-30 pointer-events-none" style="top: 5.5rem"><div class="relative max-w-[var(--page-width)] mx-auto pointer-events-auto"><div id="main-grid" class="transition duration-700 w-full left-0 right-0 grid grid-cols-[17.5rem_auto] grid-rows-[auto_1fr_auto] lg:grid-rows-[auto] mx-auto gap-4 px-0 md:px-4"><div id="sidebar" class="mb-4 row-start-2 row-end-3 col-span-2 lg:row-start-1 lg:row-end-2 lg:col-span-1 lg:max-w-[17.5rem] onload-animation"><div id="sidebar-sticky" class="transition-all duration-700 flex flex-col w-full gap-4 top-4 sticky top-4"><div class="pb-4 card-base onload-animation"><div class="flex items-center justify-between mb-2 mt-4"><div class="font-bold transition text-lg text-neutral-900 dark:text-neutral-100 relative ml-8">Kategorier</div></div><a href="/archive/category/Nyheter/" class="w-full h-10 rounded-lg bg-none btn-plain"><div class="flex items-center justify-between relative mr-2">Nyheter<div class="transition px-2 h-7 ml-4 min-w-[2rem] rounded-lg text-sm font-bold text-[var(--btn-content)] dark:text-[var(--deep-text)] bg-[oklch(0.95_0.025_var(--hue))] dark:bg-[var(--primary)] flex items-center justify-center">12</div></div></a></div></div></div><main id="swup-container" class="transition-swup-fade col-span-2 lg:col-span-1 overflow-hidden"><div id="content-wrapper" class="onload-animation"><div class="flex w-full rounded-[var(--radius-large)] overflow-hidden relative mb-4"><div id="post-container" class="card-base z-10 px-6 md:px-9 pt-6 pb-4 relative w-full ">{_FUWARI_COUNT if count_first else ""}{title}{_FUWARI_META}{"" if count_first else _FUWARI_COUNT}<div data-pagefind-body class="prose dark:prose-invert prose-base !max-w-none custom-md mb-6 markdown-content onload-animation"><p><strong>{_FUWARI_LEAD}</strong></p>
<p>{_FUWARI_P1}</p>
<p>{_FUWARI_P2}</p></div>{license_card}</div></div></div></main><div class="footer col-span-2 onload-animation hidden lg:block"><div class="transition border-t border-black/10 dark:border-white/15 my-10 border-dashed mx-32"></div><div class="transition border-dashed border-[oklch(85%_0.01_var(--hue))] dark:border-white/15 rounded-2xl mb-12 flex flex-col items-center justify-center px-6"><div class="transition text-50 text-sm text-center">&copy; 2024 Domarklubben Vänersborg. All Rights Reserved. / <a class="transition link text-[var(--primary)] font-medium" target="_blank" href="/rss.xml">RSS</a><br>Powered by <a class="transition link text-[var(--primary)] font-medium" target="_blank" href="https://astro.build">Astro</a> &amp; <a class="transition link text-[var(--primary)] font-medium" target="_blank" href="https://github.com/saicaca/fuwari">Fuwari</a></div></div></div></div></div></div></body></html>"""  # noqa: E501


_FUWARI_BLOCKS = [("title", _FUWARI_HEADLINE), ("lead", _FUWARI_LEAD), ("paragraph", _FUWARI_P1), ("paragraph", _FUWARI_P2)]
_fuwari_doc = functools.partial(_cleaned, _FUWARI_URL)


@pytest.mark.parametrize(
    ("title", "license_card", "count_first"),
    [
        (_FUWARI_TITLE, _fuwari_license(), True),
        (_FUWARI_TITLE, _fuwari_license(), False),  # the word count under the meta row
        (_FUWARI_TITLE, _fuwari_license(classes="license-box"), True),  # the card by its text, whatever its class
        (_FUWARI_TITLE, _fuwari_license("Författare", "Publicerad", "Licens"), True),  # the theme's Swedish labels
        (_FUWARI_TITLE, _fuwari_license(license_name="CC BY 4.0"), True),
        (_FUWARI_TITLE, "", True),
        (_FUWARI_TITLE.replace("<div data-pagefind-body", "<h1 data-pagefind-body").replace("</div></div>", "</h1></div>", 1),
         _fuwari_license(), True),  # fmt: skip
    ],
)
def test_fuwaris_title_div_heads_the_bold_lead_and_its_meta_and_license_card_go(title: str, license_card: str, count_first: bool) -> None:
    doc = _fuwari_doc(_fuwari(title, license_card, count_first))
    assert (doc.title, doc.published, doc.language) == (_FUWARI_HEADLINE, "2023-06-08", "sv")
    assert _blocks(doc) == _FUWARI_BLOCKS


@pytest.mark.parametrize(
    "box",
    [
        # the licence named in a sentence of the text
        "<p>Bilderna får användas fritt under licensen CC BY-NC-SA 4.0 om domarklubben anges som källa.</p>",
        # a table of the cup's officials: label/value pairs with no licence
        "<div><div><div>Författare</div><div>Domarkommittén</div></div><div><div>Publicerad</div><div>Maj 2023</div></div></div>",
    ],
)
def test_a_licence_sentence_and_label_value_pairs_without_a_licence_stay(box: str) -> None:
    doc = _fuwari_doc(_fuwari().replace(f"<p>{_FUWARI_P2}</p>", f"<p>{_FUWARI_P2}</p>{box}"))
    assert _blocks(doc)[:4] == _FUWARI_BLOCKS
    assert len(doc.blocks) > 4


# Astro with Astroship: the post's column "div.mx-auto.max-w-3xl" holds the category label "span.text-blue-400" over
# the "h1", and under it the meta line "div.flex" of spans joined without spaces: the author, a bullet, the
# "time[datetime]" as JavaScript's toDateString() writes it ("Tue Dec 10 2024"), and the tags "div" of "#tag" spans;
# then the text "div.prose" and a link back to the blog.
_ASTROSHIP_URL = "https://vardbestallning.se/blog/pausade-sjukhusbestallningar/"
_ASTROSHIP_HEADLINE = "Beställningar till sjukhuset pausas under jul"
_ASTROSHIP_LEAD = ("Från den 20 december tar vi inte emot nya beställningar till sjukhusets avdelningar, och pausen gäller "
                   "till och med trettondagen.")  # fmt: skip
_ASTROSHIP_P1 = "Under pausen gäller det här för avdelningarna:"
_ASTROSHIP_ITEMS = ["Akuta beställningar görs per telefon.", "Stående beställningar levereras som vanligt."]
_ASTROSHIP_P2 = "Har du frågor om din beställning kan du skriva till kundtjänst, som svarar inom två arbetsdagar."
_ASTROSHIP_LABEL = '<span class="text-blue-400 uppercase tracking-wider text-sm font-medium">Sjukhusbeställningar</span>'
_ASTROSHIP_TAGS = ('<div class="w-full md:w-auto flex flex-wrap gap-3"><span class="text-sm text-gray-500">#pausen</span>'
                   '<span class="text-sm text-gray-500">#sjukhuset</span><span class="text-sm text-gray-500">#beställning</span>'
                   "</div>")  # fmt: skip
_ASTROSHIP_AUTHOR = '<span class="text-gray-400">Kundtjänst</span><span class="text-gray-400">•</span>'
_ASTROSHIP_TIME = '<time class="text-gray-400" datetime="2024-12-10T00:00:00.000Z">Tue Dec 10 2024</time>'
_ASTROSHIP_META = (f'<div class="flex gap-2 mt-3 items-center flex-wrap md:flex-nowrap">{_ASTROSHIP_AUTHOR}{_ASTROSHIP_TIME}'
                   f'<span class="text-gray-400 hidden md:block">•</span>{_ASTROSHIP_TAGS}</div>')  # fmt: skip


def _astroship(label: str = _ASTROSHIP_LABEL, meta: str = _ASTROSHIP_META, text_after: str = "") -> str:
    items = "".join(f"<li>{item}</li>" for item in _ASTROSHIP_ITEMS)
    return f"""<!DOCTYPE html><html lang="sv"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width"><link rel="icon" type="image/svg+xml" href="/favicon.svg"><meta name="generator" content="Astro v4.16.18"><link rel="canonical" href="{_ASTROSHIP_URL}"><title>{_ASTROSHIP_HEADLINE} | Vårdbeställning Väst</title><meta name="description" content="{_ASTROSHIP_LEAD}"><meta property="og:title" content="{_ASTROSHIP_HEADLINE} | Vårdbeställning Väst"><meta property="og:type" content="website"><meta property="og:url" content="{_ASTROSHIP_URL}"></head><body><div class="max-w-screen-xl mx-auto px-5"><header class="flex flex-col lg:flex-row justify-between items-center my-5"><div class="flex w-full lg:w-auto items-center justify-between"><a href="/" class="text-lg"><span class="font-bold text-slate-800">Vårdbeställning</span><span class="text-slate-500">Väst</span></a></div><nav class="hidden w-full lg:w-auto mt-2 lg:flex lg:mt-0"><ul class="flex flex-col lg:flex-row lg:gap-3"><li><a href="/pricing" class="flex lg:px-3 py-2 items-center text-gray-600 hover:text-gray-900">Priser</a></li><li><a href="/blog" class="flex lg:px-3 py-2 items-center text-gray-600 hover:text-gray-900">Blogg</a></li></ul></nav></header></div><main><div class="max-w-screen-xl mx-auto px-5"><div class="mx-auto max-w-3xl mt-14">{label}<h1 class="text-4xl lg:text-5xl font-bold lg:tracking-tight mt-1 lg:leading-tight">{_ASTROSHIP_HEADLINE}</h1>{meta}</div><div class="mx-auto prose prose-lg mt-6 max-w-3xl"><p><strong>{_ASTROSHIP_LEAD}</strong></p>
<p>{_ASTROSHIP_P1}</p>
<ul>
{items}
</ul>
<p>{_ASTROSHIP_P2}</p>{text_after}</div><div class="text-center mt-8"><a href="/blog" class="bg-gray-100 px-5 py-3 rounded-md hover:bg-gray-200 transition">← Tillbaka till bloggen</a></div></div></main><footer class="my-20"><p class="text-center text-sm text-slate-500">Copyright © 2024 Vårdbeställning Väst. All rights reserved.</p></footer></body></html>"""  # noqa: E501


_ASTROSHIP_BLOCKS = [
    ("title", _ASTROSHIP_HEADLINE),
    ("lead", _ASTROSHIP_LEAD),
    ("paragraph", _ASTROSHIP_P1),
    *(("list_item", item) for item in _ASTROSHIP_ITEMS),
    ("paragraph", _ASTROSHIP_P2),
]
_astroship_doc = functools.partial(_cleaned, _ASTROSHIP_URL)


@pytest.mark.parametrize(
    ("label", "meta"),
    [
        (_ASTROSHIP_LABEL, _ASTROSHIP_META),
        ("", _ASTROSHIP_META),
        (_ASTROSHIP_LABEL, ""),
        (_ASTROSHIP_LABEL, _ASTROSHIP_META.replace(_ASTROSHIP_AUTHOR, "")),  # the date and the tags
        (_ASTROSHIP_LABEL, _ASTROSHIP_META.replace(_ASTROSHIP_TAGS, "")),  # the author and the date
        (_ASTROSHIP_LABEL, _ASTROSHIP_META.replace('<span class="text-gray-400">•</span>', "")),  # no bullet
        (_ASTROSHIP_LABEL, f'<div class="flex gap-2 mt-3 items-center">{_ASTROSHIP_TIME}</div>'),  # the date alone
        (_ASTROSHIP_LABEL, _ASTROSHIP_META.replace("Tue Dec 10 2024", "Tue Dec 03 2024").replace("12-10T", "12-03T")),
    ],
)
def test_astroships_label_meta_line_and_hashtags_go_over_the_bold_lead(label: str, meta: str) -> None:
    doc = _astroship_doc(_astroship(label, meta))
    published = ("2024-12-03" if "12-03T" in meta else "2024-12-10") if meta else None
    assert (doc.title, doc.published, doc.language) == (_ASTROSHIP_HEADLINE, published, "sv")
    assert _blocks(doc) == _ASTROSHIP_BLOCKS


@pytest.mark.parametrize(
    "line",
    [
        "Följ oss gärna på Instagram under #vårdbeställning, där vi visar hur leveranserna går till.",
        "#vårdbeställning är vår tagg på Instagram.",
        "Kundtjänst",
        "Tue Dec 10 2024 var sista dagen för beställningar före jul.",
    ],
)
def test_text_with_a_hashtag_a_short_line_and_a_date_in_a_sentence_stay(line: str) -> None:
    doc = _astroship_doc(_astroship(text_after=f"<p>{line}</p>"))
    assert _blocks(doc) == [*_ASTROSHIP_BLOCKS, ("paragraph", line)]


@pytest.mark.parametrize("line", ["#pausen #sjukhuset", "#pausen, #sjukhuset, #beställning", "<span>#jul</span><span>#pausen</span>"])
def test_a_line_of_hashtags_under_the_text_goes(line: str) -> None:
    doc = _astroship_doc(_astroship(text_after=f"<p>{line}</p>"))
    assert _blocks(doc) == _ASTROSHIP_BLOCKS



def test_a_longer_line_in_a_span_above_the_headline_stays() -> None:
    line = "Gäller alla avdelningar på sjukhuset i Skövde"
    doc = _astroship_doc(_astroship(label=f"<span>{line}</span>"))
    assert _blocks(doc)[:3] == [("title", _ASTROSHIP_HEADLINE), ("paragraph", line), ("lead", _ASTROSHIP_LEAD)]


# Next.js with Vercel's blog-starter: "article.mb-32" holds the "h1", the author block for wide screens
# "div.hidden.md:block" (the avatar "img.rounded-full" and the name "div.text-xl.font-bold"), the cover image, then
# "div.max-w-2xl" of the author block again for narrow screens ("div.block.md:hidden") and the date "div" of a
# "time[dateTime]", then the text "div.max-w-2xl > div.markdown"; no date in the head.
_BS_URL = "https://vardbestallning.se/posts/nya-oppettider"
_BS_HEADLINE = "Nya öppettider för kundtjänsten"
_BS_LEAD = ("Under införandet av det nya beställningssystemet har kundtjänsten kortare öppettider, från den 9 december "
            "till och med den 20 december.")  # fmt: skip
_BS_P1 = "Telefonen är öppen vardagar klockan 9–12, och frågor via e-post besvaras inom två arbetsdagar."
_BS_P2 = "Akuta beställningar till sjukhusens avdelningar görs som vanligt via jourtelefonen."
_BS_BLOCKS = [("title", _BS_HEADLINE), ("lead", _BS_LEAD), ("paragraph", _BS_P1), ("paragraph", _BS_P2)]


def _bs_avatar(name: str = "Kundtjänst", img: str = 'class="w-12 h-12 rounded-full mr-4" alt="{name}"') -> str:
    return (f'<div class="flex items-center"><img src="/assets/blog/authors/kundtjanst.png" {img.format(name=name)}/>'
            f'<div class="text-xl font-bold">{name}</div></div>')  # fmt: skip


def _blog_starter(wide: str = _bs_avatar(), narrow: str = _bs_avatar(), text_after: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="sv"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/8b7c5e1d2a3f4b6c.css" data-precedence="next"/><title>{_BS_HEADLINE} | Vårdbeställning Väst</title><meta name="description" content="Kundtjänsten har nya öppettider under införandet."/><meta property="og:image" content="/assets/blog/oppettider/cover.jpg"/></head><body class="__className_d65c78 dark:bg-slate-900 dark:text-slate-400"><div class="bg-neutral-50 border-b bg-neutral-50 border-neutral-200 dark:bg-slate-800"><div class="container mx-auto px-5"><div class="py-2 text-center text-sm">Källkoden till den här bloggen finns på <a href="https://github.com/vardbestallning/blogg" class="underline hover:text-blue-600 duration-200 transition-colors">GitHub</a>.</div></div></div><div class="min-h-screen"><main><div class="container mx-auto px-5"><h2 class="text-2xl md:text-4xl font-bold tracking-tight md:tracking-tighter leading-tight mb-20 mt-8 flex items-center"><a class="hover:underline" href="/">Blogg</a>.</h2><article class="mb-32"><h1 class="text-5xl md:text-7xl lg:text-8xl font-bold tracking-tighter leading-tight md:leading-none mb-12 text-center md:text-left">{_BS_HEADLINE}</h1><div class="hidden md:block md:mb-12">{wide}</div><div class="mb-8 md:mb-16 sm:mx-0"><div class="sm:mx-0"><img alt="Omslagsbild för {_BS_HEADLINE}" loading="lazy" width="1300" height="630" decoding="async" class="shadow-sm w-full" src="/assets/blog/oppettider/cover.jpg"/></div></div><div class="max-w-2xl mx-auto"><div class="block md:hidden mb-6">{narrow}</div><div class="mb-6 text-lg"><time dateTime="2024-12-05T05:35:07.322Z">December	5, 2024</time></div></div><div class="max-w-2xl mx-auto"><div class="markdown-styles_markdown__x9Qa2"><p><strong>{_BS_LEAD}</strong></p>
<p>{_BS_P1}</p>
<p>{_BS_P2}</p>{text_after}
</div></div></article></div></main></div><footer class="bg-neutral-50 border-t border-neutral-200 dark:bg-slate-800"><div class="container mx-auto px-5"><div class="py-28 flex flex-col lg:flex-row items-center"><h3 class="text-4xl lg:text-[2.5rem] font-bold tracking-tighter leading-tight text-center lg:text-left mb-10 lg:mb-0 lg:pr-4 lg:w-1/2">Statiskt genererad med Next.js.</h3><div class="flex flex-col lg:flex-row justify-center items-center lg:pl-4 lg:w-1/2"><a href="https://nextjs.org/docs/app/building-your-application/routing/pages-and-layouts" class="mx-3 bg-black hover:bg-white hover:text-black border border-black text-white font-bold py-3 px-12 lg:px-8 duration-200 transition-colors mb-6 lg:mb-0">Läs dokumentationen</a><a href="https://github.com/vercel/next.js/tree/canary/examples/blog-starter" class="mx-3 font-bold hover:underline">Visa på GitHub</a></div></div></div></footer></body></html>"""  # noqa: E501


_bs_doc = functools.partial(_cleaned, _BS_URL)


@pytest.mark.parametrize(
    ("wide", "narrow"),
    [
        (_bs_avatar(), _bs_avatar()),
        ("", _bs_avatar()),  # the narrow screens' block alone
        (_bs_avatar("Anna Berg"), _bs_avatar("Anna Berg")),
        (_bs_avatar(), _bs_avatar(img='class="w-12 h-12 rounded-full mr-4" alt=""')),  # the avatar by its round shape
        (_bs_avatar(), _bs_avatar(img='class="w-12 h-12 mr-4" alt="{name}"')),  # by its alt text, the name beside it
        (_bs_avatar(), _bs_avatar(img='class="w-12 h-12 mr-4" alt="Porträtt"')),  # by its place under the authors
        ("", ""),
    ],
)
def test_the_blog_starters_two_author_blocks_go_and_the_bold_lead_is_the_lead(wide: str, narrow: str) -> None:
    doc = _bs_doc(_blog_starter(wide, narrow))
    assert (doc.title, doc.published, doc.language) == (_BS_HEADLINE, "2024-12-05", "sv")
    assert _blocks(doc) == _BS_BLOCKS


@pytest.mark.parametrize(
    "box",
    [
        # a picture with its caption in the text, after the lead
        '<div class="flex items-center"><img src="/assets/blog/authors/kundtjanst.png" class="rounded-full" alt="Kundtjänst"/>'
        "<div>Kundtjänst</div></div>",
        # a photo with a place's name under it
        '<div><img src="/assets/blog/oppettider/skovde.jpg" alt="Skövde"/><div>Skövde</div></div>',
    ],
)
def test_a_picture_and_a_name_in_the_text_stay(box: str) -> None:
    doc = _bs_doc(_blog_starter(text_after=box))
    assert _blocks(doc)[:4] == _BS_BLOCKS
    assert len(doc.blocks) == 5


def test_a_photo_and_its_caption_between_the_headline_and_the_text_stay() -> None:
    # no avatar: a wide photo of no one, its caption a place
    photo = '<div><img src="/assets/blog/oppettider/skovde.jpg" class="w-full" alt="Sjukhuset"/><div>Skaraborgs Sjukhus Skövde</div></div>'
    doc = _bs_doc(_blog_starter(wide="", narrow=photo))
    assert [text for _, text in _blocks(doc)][:2] == [_BS_HEADLINE, "Skaraborgs Sjukhus Skövde"]


# Fuwari's buttons to the neighbouring posts, after the post card: "div.flex > a > div.btn-card" of a chevron icon and the
# title; a post with one neighbour keeps the other "a" empty with href="#".
def _fuwari_button(slug: str, title: str) -> str:
    if not slug:
        return '<a href="#" class="w-full font-bold overflow-hidden active:scale-95 pointer-events-none"></a>'
    return (f'<a href="/posts/{slug}/" class="w-full font-bold overflow-hidden active:scale-95"><div class="btn-card '
            f'rounded-2xl w-full h-[3.75rem] max-w-full px-4 flex items-center !justify-start gap-4">{_FUWARI_ICON}<div '
            f'class="overflow-hidden transition overflow-ellipsis whitespace-nowrap max-w-[calc(100%_-_3rem)]">{title}</div>'
            "</div></a>")  # fmt: skip


@pytest.mark.parametrize(
    ("newer", "older"),
    [(("arsmote-2023", "Årsmötet 2023"), ("nya-domare", "Nya domare till hösten")), (("", ""), ("nya-domare", "Nya domare")),
     (("arsmote-2023", "Årsmötet 2023"), ("", ""))],
)  # fmt: skip
def test_fuwaris_buttons_to_the_neighbouring_posts_stay_out(newer: tuple[str, str], older: tuple[str, str]) -> None:
    buttons = f'<div class="flex flex-col md:flex-row justify-between mb-4 gap-4 overflow-hidden w-full">{_fuwari_button(*newer)}{_fuwari_button(*older)}</div>'  # noqa: E501
    html = _fuwari().replace("</div></div></div></main>", f"</div></div>{buttons}</div></main>")
    assert _blocks(_fuwari_doc(html)) == _FUWARI_BLOCKS


# Astro with AstroWind: under the text "div.prose" of the single post, a row of the tags' list ("ul > li > a" to
# "/tag/…") and the share line "div > span" "Share:" with a button per network (an icon each, gone with the buttons).
_AW_URL = "https://vardcentralen-lerum.se/nyheter/nya-journalen-i-lerum/"
_AW_HEADLINE = "Nya journalen kommer till Lerum i mars"
_AW_LEAD = "Vårdcentralen i Lerum går över till Millennium den 4 mars, och under de första veckorna tar vi emot färre patienter."
_AW_P1 = "Personalen har gått utbildningen under hösten och vi räknar med att vara tillbaka i full takt efter påsk."
_AW_SHARE = ('<div class="mt-5 sm:mt-1 align-middle text-gray-500"><span class="align-super font-bold text-slate-500">Share:</span>'
             + "".join(f'<button class="ml-2" title="{name} Share" data-aw-social-share="{name.lower()}" data-aw-url="{_AW_URL}">'
                       f'<svg class="w-6 h-6" data-icon="tabler:brand-{name.lower()}"><path d="M4 4l11.733 16"/></svg></button>'
                       for name in ("Twitter", "Facebook", "Linkedin", "Whatsapp"))
             + "</div>")  # fmt: skip


def _aw_tags(*names: str) -> str:
    items = "".join(f'<li class="bg-gray-100 inline-block mr-2 mb-2 py-0.5 px-2 lowercase font-medium"><a href="/tag/{name}" '
                    f'class="text-muted hover:text-primary">{name}</a></li>' for name in names)  # fmt: skip
    return f'<ul class="mr-5 rtl:mr-0 rtl:ml-5">{items}</ul>'


def _astrowind(tail: str, text_after: str = "") -> str:
    return f"""<!DOCTYPE html><html class="2xl:text-[20px]" dir="ltr" lang="sv"><head><meta charset="UTF-8"><title>{_AW_HEADLINE} — Vårdcentralen Lerum</title><meta property="og:title" content="{_AW_HEADLINE}"><meta property="og:site_name" content="Vårdcentralen Lerum"></head><body class="antialiased"><main><section class="py-8 sm:py-16 lg:py-20 mx-auto"><article><header><div class="flex justify-between flex-col sm:flex-row max-w-3xl mx-auto mt-0 mb-2 px-4 sm:px-6 sm:items-center"><p><time datetime="2024-12-11T00:00:00.000Z" class="inline-block">11 dec. 2024</time></p></div><h1 class="px-4 sm:px-6 max-w-3xl mx-auto text-4xl md:text-5xl font-bold">{_AW_HEADLINE}</h1><p class="max-w-3xl mx-auto mt-4 mb-8 px-4 sm:px-6 text-xl md:text-2xl text-muted">{_AW_LEAD}</p></header><div class="mx-auto px-6 sm:px-6 max-w-3xl prose prose-md lg:prose-xl mt-8"><p>{_AW_P1}</p>{text_after}</div><div class="mx-auto px-6 sm:px-6 max-w-3xl mt-8 flex justify-between flex-col sm:flex-row">{tail}</div></article></section></main></body></html>"""  # noqa: E501


@pytest.mark.parametrize("tail", [_aw_tags("millennium") + _AW_SHARE, _aw_tags("millennium", "lerum") + _AW_SHARE, _AW_SHARE])
def test_astrowinds_tags_and_share_line_under_the_post_go(tail: str) -> None:
    doc = _cleaned(_AW_URL, _astrowind(tail))
    assert (doc.title, doc.published) == (_AW_HEADLINE, "2024-12-11")
    assert _blocks(doc) == [("title", _AW_HEADLINE), ("lead", _AW_LEAD), ("paragraph", _AW_P1)]


def test_a_sentence_on_sharing_stays() -> None:
    line = "Share: så heter appen där du delar dina provsvar med mottagningen."
    doc = _cleaned(_AW_URL, _astrowind(_AW_SHARE, f"<p>{line}</p>"))
    assert _blocks(doc)[-1] == ("paragraph", line)
