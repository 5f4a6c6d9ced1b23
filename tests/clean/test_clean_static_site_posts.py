"""Static-site generators' posts, each theme's chrome read or dropped by its markup and a look-alike in the text kept:
Zola + zerm's "span.post-date" in Zola's "%Y.%m.%d" ("2021.03.12"), the post's only date; Hexo + Freemind's date
after a clock icon in the meta column beside the article, and its lead box "div.alert.description" over the text; Hugo + Call me Sam's bare date and word-count line
("Tue Feb 04, 2020 · 342 words") atop the text's box, over the tags and the bold lead; Hexo + Vexo's QR code box to
share the post ("div.qrcode" of a canvas and its hard-coded line) at the end of the article; WordPress + Ribbon
Lite's author box "div.postauthor" ("Om skribenten", the name, a line) under the related posts; Hugo + Fuji's
headline "h4#post-title" (no "h1") over its meta line and the bold lead; Hugo + Console's bare date and two "br"
between the "h1" and the bold lead."""

from __future__ import annotations

import pytest

from fvmdocs.clean import clean_page
from fvmdocs.models import Document, RawPage


def _cleaned(url: str, html: str) -> Document:
    """A whole page of a theme's markup, cleaned as served from ``url``."""
    return clean_page(RawPage(url=url, body=html.encode(), source="t"))


def _blocks(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in doc.blocks]


# Zola with zerm: "div.container > header.header" holds the logo text and the menu; "div.content > article.post"
# holds a "header" of "h1.post-title" with its permalink and "div.post-meta" of "span.post-date" (Zola's
# "%Y.%m.%d"), an empty "span.post-author", the category in braces and the tags after "#", then the text's bare "p"s
# and "h2"s. No meta date, no JSON-LD, no "time" element.
_ZM_URL = "https://www.hjartfelsforeningen-fyrbodal.se/remissvaret-om-hjartjournalen-ar-inskickat/"
_ZM_SITE = "Hjärtfelsföreningen Fyrbodal"
_ZM_HEADLINE = "Remissvaret om hjärtjournalen är inskickat"
_ZM_LEAD = ("Föreningen har skickat sitt remissvar om den nya hjärtjournalen till NU-sjukvården, och svaret tar upp "
            "hur barnens hjärtfel ska kodas.")  # fmt: skip
_ZM_P1 = "Styrelsen skrev svaret under två kvällsmöten i november."
_ZM_H2 = "Nästa möte i Trollhättan"
_ZM_P2 = "Medlemmarna träffas i Trollhättan den 14 januari, och anmälan görs till sekreteraren."
_ZM_BLOCKS = [("title", _ZM_HEADLINE), ("lead", _ZM_LEAD), ("paragraph", _ZM_P1), ("heading", _ZM_H2), ("paragraph", _ZM_P2)]


def _zerm(day: str = "2020.12.03", text: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="sv">
<head><title>{_ZM_HEADLINE} - {_ZM_SITE}</title><meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta property="og:title" content="{_ZM_HEADLINE}" />
<meta property="og:url" content="{_ZM_URL}" />
<link rel="stylesheet" href="/style.css"></head>
<body><div class="container center"><header class="header">
  <div class="header__inner"><div class="header__logo"><a href="/"><div class="logo">{_ZM_SITE}</div></a></div>
  <div class="menu-trigger">menu</div></div>
  <nav class="menu"><ul class="menu__inner menu__inner--desktop"><li><a href="/om-oss/">Om oss</a></li>
  <li><a href="/nyheter/">Nyheter</a></li></ul></nav>
</header>
<div class="content"><article class="post">
  <header>
    <h1 class="post-title"><a href="{_ZM_URL}">{_ZM_HEADLINE}</a></h1>
    <div class="post-meta">
      <span class="post-date">{day}</span>
      <span class="post-author"></span>
      :: {{<a href="/categories/nyheter/">nyheter</a>}}
      ::
      #<a href="/tags/remiss/">remiss</a>
    </div>
  </header><p><strong>{_ZM_LEAD}</strong></p>
<p>{_ZM_P1}</p>
<h2 id="nasta-mote">{_ZM_H2}</h2>
<p>{_ZM_P2}</p>{text}
</article></div><footer class="footer"><div class="footer__inner"></div></footer></div>
</body>
</html>"""  # noqa: E501


@pytest.mark.parametrize(("day", "published"), [("2020.12.03", "2020-12-03"), ("2020.1.9", "2020-01-09")])
def test_zerms_dotted_post_date_dates_the_post(day: str, published: str) -> None:
    doc = _cleaned(_ZM_URL, _zerm(day))
    assert doc.published == published
    assert _blocks(doc) == _ZM_BLOCKS


def test_a_dotted_number_in_the_text_dates_no_post() -> None:
    # a year-first dotted number in running text is no date line: only a date-classed element of the date alone is read
    version = "<p>Journalen uppgraderas till version 2021.03.12 under vintern.</p>"
    doc = _cleaned(_ZM_URL, _zerm(day="", text=version))
    assert doc.published is None
    assert _blocks(doc)[-1] == ("paragraph", "Journalen uppgraderas till version 2021.03.12 under vintern.")


# Hexo with Freemind (Bootstrap 3): "nav#main-nav" of the site's name and menu; "div.content" holds "div.page-header >
# h1.title", then "div.row.post" of "div.col-md-9" (the lead box "div.alert.alert-success.description" of an info icon
# and the post's description as a "p", then the text, then the pagination) and "div#post_meta.col-md-3" of
# "div.meta-widget"s: the date after a clock icon, the categories and the tags after theirs. No meta date, no
# JSON-LD, no "time" element, no "lang" on "html".
_FM_URL = "https://www.paddlarna-orust.se/2019/05/06/kajakerna-besiktas-fore-sasongen/"
_FM_SITE = "Paddlarna på Orust"
_FM_HEADLINE = "Kajakerna besiktas före säsongen"
_FM_LEAD = ("Klubbens alla kajaker ska besiktas innan säsongen börjar, och styrelsen har bokat en besiktningsman "
            "till slutet av maj.")  # fmt: skip
_FM_P1 = "Medlemmar som vill få sin egen kajak besiktad samtidigt kan anmäla det till materialförvaltaren."
_FM_H2 = "Paddelkurs i juni"
_FM_P2 = "Nybörjarkursen startar den 8 juni vid klubbstugan i Henån, och det finns tolv platser."
_FM_BLOCKS = [("title", _FM_HEADLINE), ("lead", _FM_LEAD), ("paragraph", _FM_P1), ("heading", _FM_H2), ("paragraph", _FM_P2)]
_FM_DATE = """<div class="meta-widget">
    <i class="fa fa-clock-o"></i>
    2019-05-06
    </div>"""


def _freemind(date: str = _FM_DATE, description: str = _FM_LEAD) -> str:
    box = (f'<div class="alert alert-success description">\n\t\t\t<i class="fa fa-info-circle"></i> <p>{description}</p>'
           "\n\t\t </div> <!-- alert -->") if description else ""  # fmt: skip
    return f"""<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>{_FM_HEADLINE} | {_FM_SITE}</title>
<meta name="description" content="{_FM_LEAD}"></head>
<body>
  <nav id="main-nav" class="navbar navbar-default navbar-fixed-top" role="navigation"><div class="container">
    <a class="navbar-brand" href="/">{_FM_SITE}</a>
    <div class="collapse navbar-collapse nav-menu"><ul class="nav navbar-nav">
      <li><a href="/archives" title="Alla inlägg"><i class="fa fa-archive"></i>Arkiv</a></li>
      <li><a href="/om" title="Om klubben"><i class="fa fa-user"></i>Om klubben</a></li>
    </ul></div>
  </div></nav>
<div class="clearfix"></div>
  <div class="container">
      <div class="content">
        <div class="page-header ">
            <h1 class="title ">  {_FM_HEADLINE}</h1>
        </div>
<div class="row post">
    <div class="col-md-9">
    <div class="mypage">
         {box}
      <p>{_FM_P1}</p>
<h2 id="Paddelkurs-i-juni"><a href="#Paddelkurs-i-juni" class="headerlink" title="{_FM_H2}"></a>{_FM_H2}</h2>
<p>{_FM_P2}</p>
    </div>
    <div><center><div class="pagination"><ul class="pagination">
        <li class="prev"><a href="/2019/04/20/arsmotet/" class="alignleft prev"><i class="fa fa-arrow-circle-o-left"></i>Prev</a></li>
        <li><a href="/archives"><i class="fa fa-archive"></i>Archive</a></li>
           <li class="next disabled"><a>Next<i class="fa fa-arrow-circle-o-right"></i></a></li>
</ul></div></center></div>
    </div> <!-- col-md-9/col-md-12 -->
        <div class="col-md-3" id="post_meta">
    {date}
    <div class="meta-widget">
    <a data-toggle="collapse" data-target="#categorys"><i class="fa fa-folder"></i></a>
    <ul id="categorys" class="tag_box list-unstyled collapse in"><li><a href="/categories/Nyheter/">Nyheter<span>9</span></a></li></ul>
    </div>
    <div class="meta-widget">
    <a data-toggle="collapse" data-target="#tags"><i class="fa fa-tags"></i></a>
    <ul id="tags" class="tag_box list-unstyled collapse in"><li><a href="/tags/kajak/">kajak<span>3</span></a></li></ul>
    </div>
    <hr>
</div><!-- col-md-3 -->
</div><!-- row -->
    </div>
  </div>
  <div class="container-narrow"><footer><p>&copy; 2019 {_FM_SITE} with help from <a href="http://hexo.io/">Hexo</a>.</p></footer></div>
</body>
</html>"""  # noqa: E501


@pytest.mark.parametrize(
    "date",
    [_FM_DATE, _FM_DATE.replace("fa-clock-o", "fa-calendar"), '<div class="meta-widget"><i class="fa fa-clock-o"></i> 6 maj 2019</div>'],
)
def test_freeminds_date_after_a_clock_icon_in_the_meta_column_dates_the_post(date: str) -> None:
    doc = _cleaned(_FM_URL, _freemind(date=date))
    assert doc.published == "2019-05-06"
    assert _blocks(doc) == _FM_BLOCKS


def test_a_date_after_another_icon_dates_no_post() -> None:
    # a folder icon before a date is no date stamp (an archive's month, a category named by its day)
    doc = _cleaned(_FM_URL, _freemind(date=_FM_DATE.replace("fa-clock-o", "fa-folder")))
    assert doc.published is None


def test_freeminds_description_box_is_the_lead() -> None:
    assert _blocks(_cleaned(_FM_URL, _freemind()))[:2] == [("title", _FM_HEADLINE), ("lead", _FM_LEAD)]


def test_a_success_alert_with_an_instruction_in_the_text_is_no_lead() -> None:
    # a Bootstrap alert that is no description box stays a paragraph
    html = _freemind(description="").replace(
        f"<p>{_FM_P1}</p>", f'<div class="alert alert-success"><p>{_FM_P1}</p></div>'
    )
    assert _blocks(_cleaned(_FM_URL, html))[1] == ("paragraph", _FM_P1)


def test_a_description_box_further_down_the_text_is_no_lead() -> None:
    # a box classed "description" after the first paragraph describes something in the text, no lead
    box = f'<div class="description"><p>{_FM_P2}</p></div>'
    html = _freemind(description="").replace(f"<p>{_FM_P1}</p>", f"<p>{_FM_P1}</p>{box}", 1)
    assert ("lead", _FM_P2) not in _blocks(_cleaned(_FM_URL, html))


# Hugo with Call me Sam: "header.wrap > h1" outside "main"; "main.wrap > div.section#content" opens with the bare text
# of the date and the word count ("{{ .Date.Format "Mon Jan 02, 2006" }} &#183; {{ .WordCount }} words"), then
# "div.tag-container" of "span.tag" links, an "hr" and the text; "div.section.bottom-menu" of links under it.
_CS_URL = "https://www.bagskyttarna-lerum.se/posts/nya-skjutbanan-invigs-i-maj/"
_CS_HEADLINE = "Nya skjutbanan invigs i maj"
_CS_LEAD = ("Klubbens nya skjutbana vid Aspen invigs i maj, sedan kommunen har gett bygglov för vallen och "
            "skyddsnätet.")  # fmt: skip
_CS_P1 = "Banan har tolv tavlor på avstånd mellan tio och femtio meter."
_CS_P2 = "Medlemmarna bjuds in till en arbetsdag på banan lördagen den 25 april."
_CS_BLOCKS = [("title", _CS_HEADLINE), ("lead", _CS_LEAD), ("paragraph", _CS_P1), ("paragraph", _CS_P2)]


def _call_me_sam(line: str = "Wed Mar 11, 2020 &#183; 212 words") -> str:
    return f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>{_CS_HEADLINE} | Bågskyttarna Lerum</title>
<meta property="og:title" content="{_CS_HEADLINE}" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="2020-03-11T18:20:00+01:00" />
<meta property="article:modified_time" content="2020-03-11T18:20:00+01:00" /></head>
<body>
    <header class="wrap flex-container">
        <h1>{_CS_HEADLINE}</h1>
    </header>
    <main class="wrap">
<div class="section" id="content">
    {line}
    <div class="tag-container">
        <span class="tag"><a href="/tags/banan/">banan</a></span>
        <span class="tag"><a href="/tags/klubben/">klubben</a></span>
    </div>
    <hr/>
    <p><strong>{_CS_LEAD}</strong></p>
<p>{_CS_P1}</p>
<p>{_CS_P2}</p>
</div>
<div class="section bottom-menu">
<hr />
<p><a href="/posts">back</a> &#183; <a href="/posts/">nyheter</a> &#183; <a href="/om/">om klubben</a></p>
</div>
    </main>
</body>
</html>"""


@pytest.mark.parametrize(
    "line", ["Wed Mar 11, 2020 &#183; 212 words", "Wed Mar 11, 2020 &#183; 1,212 words", "11 mars 2020 &#183; 212 ord"]
)
def test_call_me_sams_date_and_word_count_line_goes_and_the_bold_paragraph_is_the_lead(line: str) -> None:
    doc = _cleaned(_CS_URL, _call_me_sam(line))
    assert _blocks(doc) == _CS_BLOCKS
    assert doc.published == "2020-03-11"


def test_a_sentence_with_a_date_and_a_word_count_stays() -> None:
    sentence = "Den 11 mars 2020 skickade klubben ett remissvar på 212 ord till kommunen."
    doc = _cleaned(_CS_URL, _call_me_sam(line="").replace(f"<p>{_CS_P2}</p>", f"<p>{_CS_P2}</p><p>{sentence}</p>"))
    assert _blocks(doc)[-1] == ("paragraph", sentence)


# Hexo with Vexo: "main.app-body > article#post-markdown" holds the headline "h2", "p.post-date", the text
# "section.markdown-content", "div.tags" and "div.qrcode" of the canvas a script draws the post's QR code on and the
# theme's hard-coded line under it ("扫描二维码，分享此文章", scan the QR code to share this post). No "lang" on "html".
_VX_URL = "https://www.simklubben-kungalv.se/2025/10/14/nya-tider-i-simhallen/"
_VX_HEADLINE = "Nya träningstider i simhallen från november"
_VX_LEAD = "Klubbens grupper får nya träningstider i Oasen från den 3 november, sedan kommunen har lagt om bassängschemat."
_VX_P1 = "Ungdomsgrupperna tränar tisdagar och torsdagar, och mastersgruppen flyttar till söndagar."
_VX_BLOCKS = [("title", _VX_HEADLINE), ("lead", _VX_LEAD), ("paragraph", _VX_P1)]


def _vexo(qrcode: str = "扫描二维码，分享此文章") -> str:
    return f"""<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>{_VX_HEADLINE} | Simklubben Kungälv</title></head>
<body>
  <div id="app">
    <header class="header"><div class="header-nav"><a href="/">Hem</a> <a href="/archives/">Arkiv</a></div></header>
    <main class="app-body">
      <article id="post-markdown">
  <h2>{_VX_HEADLINE}</h2>
  <p class="post-date">2025-10-14</p>
  <section class="markdown-content"><p><strong>{_VX_LEAD}</strong></p>
<p>{_VX_P1}</p></section>
    <div class="tags">
      <span>Tags:</span>
  <span class="tag"><a href="/tags/traning/">#träning</a></span>
    </div>
  <div class="qrcode">
    <canvas id="share-qrcode"></canvas>
    <p>{qrcode}</p>
  </div>
</article>
    </main>
    <footer class="app-footer"><p class="copyright">&copy; 2025 Simklubben Kungälv</p></footer>
  </div>
</body>
</html>"""


@pytest.mark.parametrize("line", ["扫描二维码，分享此文章", "Skanna QR-koden för att dela inlägget"])
def test_vexos_qr_code_box_goes(line: str) -> None:
    doc = _cleaned(_VX_URL, _vexo(line))
    assert _blocks(doc) == _VX_BLOCKS
    assert doc.published == "2025-10-14"


def test_a_paragraph_about_a_qr_code_in_the_text_stays() -> None:
    sentence = "Medlemmarna kan skanna QR-koden på anslagstavlan för att boka en bana."
    doc = _cleaned(_VX_URL, _vexo().replace(f"<p>{_VX_P1}</p>", f"<p>{_VX_P1}</p><p>{sentence}</p>"))
    assert _blocks(doc)[-1] == ("paragraph", sentence)


# WordPress with Ribbon Lite: "article.article > div.post > div.single_post" holds a "header" of "h1.title" and
# "div.post-info" (the date in "span.thetime"), the text "div#content.post-single-content", then "div.related-posts"
# (headed by "div.postauthor-top > h3"), the author box "div.postauthor" of an "h4" label, the avatar, the name as an
# "h5" and the author's description as a "p", then the comment form.
_RL_URL = "https://www.vastra-korforbundet.se/nya-noter-till-varkonserten/"
_RL_HEADLINE = "Nya noter till vårkonserten"
_RL_LEAD = "Förbundet köper in nya noter till vårkonserten i Uddevalla, sedan styrelsen har beviljat pengarna."
_RL_P1 = "Noterna delas ut på första repetitionen i februari."
_RL_BLOCKS = [("title", _RL_HEADLINE), ("lead", _RL_LEAD), ("paragraph", _RL_P1)]
_RL_AUTHOR = """<div class="postauthor">
    <h4>Om skribenten</h4>
    <img alt='' src='https://secure.gravatar.com/avatar/0?s=85&#038;d=mm&#038;r=g' class='avatar avatar-85 photo' height='85' width='85' />
    <h5>Styrelsen</h5>
    <p>Styrelsen svarar på frågor om körerna, konserterna och medlemskapet.</p>
</div>"""


def _ribbon_lite(author: str = _RL_AUTHOR, text_after: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="sv-SE">
<head><meta charset="UTF-8"><title>{_RL_HEADLINE} &#8211; Västra Körförbundet</title></head>
<body class="post-template-default single single-post">
<div class="main-container">
  <header id="site-header" role="banner"><div class="container clear"><div class="site-branding">
    <h2 id="logo" class="site-title" itemprop="headline"><a href="/">Västra Körförbundet</a></h2>
    <div class="site-description">Körer i Västra Götaland</div>
  </div></div></header>
<div id="page" class="single"><div class="content">
  <article class="article">
    <div id="post-88" class="post-88 post type-post status-publish format-standard hentry category-nyheter post">
      <div class="single_post">
        <header>
          <h1 class="title single-title">{_RL_HEADLINE}</h1>
          <div class="post-info"><span class="thetime date updated"><i class="ribbon-icon icon-calendar"></i> <span>3 februari, 2017</span></span></div>
        </header>
        <div id="content" class="post-single-content box mark-links">
          <p><strong>{_RL_LEAD}</strong></p>
<p>{_RL_P1}</p>{text_after}
        </div>
        <div class="related-posts"><div class="postauthor-top"><h3>Relaterade inlägg</h3></div>
          <article class="post excerpt"><a href="/arsmotet/" title="Årsmötet" id="featured-thumbnail"><header><h4 class="title front-view-title">Årsmötet</h4></header></a></article>
        </div>
        {author}
        <div id="commentsAdd"><div id="respond" class="box m-t-6"><div id="respond" class="comment-respond">
          <h4><span>Lämna ett svar</span></h4>
          <form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
            <p class="comment-form-comment"><label for="comment">Kommentar</label><textarea id="comment" name="comment"></textarea></p>
          </form>
        </div></div></div>
      </div>
    </div>
  </article>
</div></div>
</div>
</body>
</html>"""  # noqa: E501


@pytest.mark.parametrize(
    "author",
    [_RL_AUTHOR, _RL_AUTHOR.replace("Om skribenten", "Om författaren"), _RL_AUTHOR.replace('class="postauthor"', 'class="author-box"')],
)
def test_ribbon_lites_author_box_goes(author: str) -> None:
    doc = _cleaned(_RL_URL, _ribbon_lite(author))
    assert _blocks(doc) == _RL_BLOCKS
    assert doc.published == "2017-02-03"


def test_an_author_box_in_the_text_with_more_text_stays() -> None:
    # a box classed so that holds the article's own text (a longer text, several paragraphs) is no author box
    long = "".join(f"<p>{_RL_P1} Stycke {n} om repetitionerna och konserterna under våren i Uddevalla.</p>" for n in range(4))
    doc = _cleaned(_RL_URL, _ribbon_lite(author="", text_after=f'<div class="postauthor">{long}</div>'))
    assert len(_blocks(doc)) == 3 + 4


# Hugo with Fuji: "header" of the site's name "a.main-title" and "span.sub-title"; "main > div.container-lg >
# div.content > article" holds the headline as "h4#post-title > a" (the page has no "h1"), "div#post-meta" of the
# date and the tags each after an icon font's "i", the text "div.markdown-body#post-content" and the licence note
# "div.markdown-body#license"; the table of contents and the other widgets stand in the column beside it.
_FJ_URL = "https://www.seglarklubben-tjorn.se/posts/kappseglingen-flyttas-till-augusti/"
_FJ_HEADLINE = "Kappseglingen flyttas till augusti"
_FJ_LEAD = "Klubbens kappsegling runt Tjörn flyttas till augusti, sedan hamnen har bokats för ett annat evenemang i juni."
_FJ_P1 = "Anmälan öppnar den 1 maj och stänger två veckor före start."
_FJ_BLOCKS = [("title", _FJ_HEADLINE), ("lead", _FJ_LEAD), ("paragraph", _FJ_P1)]


def _fuji(lead: str = f"<p><strong>{_FJ_LEAD}</strong></p>") -> str:
    return f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>{_FJ_HEADLINE} | Seglarklubben Tjörn</title>
<meta property="og:title" content="{_FJ_HEADLINE}" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="2023-04-12T09:30:00+02:00" />
<meta property="article:modified_time" content="2023-04-12T09:30:00+02:00" /></head>
<body data-theme="auto">
    <header>
    <div class="container-lg clearfix"><div class="col-12 link-primary">
        <a class="main-title" href="https://www.seglarklubben-tjorn.se/">Seglarklubben Tjörn</a>
        <span class="sub-title">Kappsegling runt ön sedan 1948</span>
    </div></div>
</header>
    <main>
        <div class="container-lg clearfix">
            <div class="col-12 col-md-9 float-left content">
<article>
    <h4 id="post-title">
        <a href="{_FJ_URL}">{_FJ_HEADLINE}</a>
    </h4>
    <div id="post-meta">
        <span><i class="iconfont icon-today-sharp"></i>&nbsp;2023-04-12</span>
<span><i class="iconfont icon-pricetags-sharp"></i>&nbsp;<a href="/tags/kappsegling">kappsegling</a>&nbsp;</span>
    </div>
    <div class="markdown-body" id="post-content">
        {lead}
<p>{_FJ_P1}</p>
    </div>
</article>
<div class="markdown-body" id="license">
    <blockquote><p>Texten får återges med angivande av källa enligt <a rel="license" href="https://creativecommons.org/licenses/by/4.0/deed.sv">CC BY 4.0</a>.</p></blockquote>
</div>
            </div>
<div class="widget-toc link-alter"><h5>Innehåll</h5><nav id="TableOfContents"><ul><li><a href="#anmalan">Anmälan</a></li></ul></nav></div>
        </div>
    </main>
</body>
</html>"""  # noqa: E501


def test_fujis_h4_headline_heads_the_post_and_the_bold_paragraph_is_the_lead() -> None:
    doc = _cleaned(_FJ_URL, _fuji())
    assert _blocks(doc) == _FJ_BLOCKS
    assert doc.published == "2023-04-12"


def test_a_bold_paragraph_after_a_sentence_under_fujis_headline_is_no_lead() -> None:
    first = "<p>Styrelsen har gått igenom hamnens bokningar för sommaren.</p>"
    doc = _cleaned(_FJ_URL, _fuji(lead=f"{first}<p><strong>{_FJ_LEAD}</strong></p>"))
    assert ("paragraph", _FJ_LEAD) in _blocks(doc)


# Hugo with Console: "div.container > div.terminal-nav" of the prompt ("Site:~# posts/slug/") and the menu; then
# "div.container" holds the "h1", the bare date text ("{{ .Date.Format "2 Jan. 2006" }}") and two "br", the text's
# paragraphs and "div.footer". The head's "title" is the prompt's path.
_CN_URL = "https://www.bryggforeningen-grebbestad.se/posts/nya-bryggplatser-i-var/"
_CN_HEADLINE = "Nya bryggplatser fördelas i vår"
_CN_LEAD = "Föreningen fördelar de tolv nya bryggplatserna i hamnen i april, sedan kommunen har godkänt utbyggnaden."
_CN_P1 = "Medlemmar som står i kö får ett brev om platserna i mars."
_CN_BLOCKS = [("title", _CN_HEADLINE), ("lead", _CN_LEAD), ("paragraph", _CN_P1)]


def _console(date: str = "4 feb. 2026") -> str:
    return f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Bryggföreningen/posts/nya-bryggplatser-i-var/</title>
<meta property="og:title" content="{_CN_HEADLINE}" />
<meta property="article:published_time" content="2026-02-04T10:00:00+01:00" /></head>
<body class="terminal">
    <div class="container">
        <div class="terminal-nav">
          <header class="terminal-logo"><div class="logo terminal-prompt">
            <a href="/" class="no-style ">Bryggföreningen</a>:~# <a href="/posts">posts</a>/<a href="{_CN_URL}">nya-bryggplatser-i-var</a>/
          </div></header>
          <nav class="terminal-menu"><ul><li><a href="/posts/">nyheter/</a></li><li><a href="/om/">om/</a></li></ul></nav>
        </div>
    </div>
    <div class="container animated slideInUp" >
<h1>{_CN_HEADLINE}</h1>
{date}
<br/><br/>
<p><strong>{_CN_LEAD}</strong></p>
<p>{_CN_P1}</p>
        <div class="footer">Copyright <b>Bryggföreningen 2026</b>. All Rights Reserved.<br />Powered by <a href="https://gohugo.io/">Hugo</a></div>
    </div>
</body>
</html>"""  # noqa: E501


@pytest.mark.parametrize("date", ["4 feb. 2026", "2026-02-04"])
def test_consoles_bare_date_and_breaks_are_passed_and_the_bold_paragraph_is_the_lead(date: str) -> None:
    doc = _cleaned(_CN_URL, _console(date))
    assert _blocks(doc) == _CN_BLOCKS
    assert doc.published == "2026-02-04"
