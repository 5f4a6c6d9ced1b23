"""Boilerplate known by its words: the headings of other pages' lists ("Läs även", "Relaterade
nyheter") and the small boxes whose text alone marks them (the unsupported-browser banner, skip links,
cookie notices, share and print lines, credits, a mailing's footer), each with the largest size such a
box may have. ``boilerplate`` drops them from the tree; the cleaner's last pass drops such blocks."""

from __future__ import annotations

import re

DROP_HEADINGS = frozenset(
    h.casefold() for h in (
        "Tidigare nyhetsbrev", "Äldre nyhetsbrev", "Fler nyhetsbrev", "Tidigare utskick",  # a mailing's archive
        "Senaste nytt", "Läs även", "Läs också", "Läs mer", "Se även", "Relaterade nyheter", "Relaterat",
        "Relaterade artiklar", "Mer om ämnet", "Fler nyheter", "Mest läst", "Mest lästa",
        "Populärt", "Kontakt", "Kontakta oss", "Kontaktperson", "Kontaktpersoner", "Dela sidan",
        "Dela", "Dela artikeln", "Kommentarer", "Kommentera", "Nyhetsbrev", "Taggar", "Ämnen",
        "Kategorier",  # a blog's or a hub's category widget (Hubzilla's "div.widget" in its side region)
        "Prenumerera på vårt nyhetsbrev", "Annons", "Dokument", "Relaterade dokument", "Bilagor",
        "Ladda ner", "Fler pressmeddelanden", "Fler artiklar", "Fler inlägg", "Tidigare inlägg", "Senaste nyheterna",
        "Senaste nyheter", "Äldre nyheter", "Äldre inlägg", "Äldre artiklar",
        "Relaterade inlägg", "Liknande inlägg",  # a WordPress theme's related posts (The7's "div.single-related-posts")
        # an English theme's post footer after the text: Jalpc's (Jekyll) "h5" "Tags:" over the tag buttons and "Stats:"
        # over the comment and view counts, and "h2" "Comments:" over the comment thread
        "Tags", "Stats", "Comments",
    )
)  # fmt: skip

# Text that marks a small box as boilerplate wherever it sits, and how large that box may be.
TEXT_RULES: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"teknik som (?:troligen )?inte stöds|webbplatsen använder teknik|"
                r"din webbläsare (?:stöds inte|är föråldrad)|byter till en modern webbläsare",
                re.I), 500),
    (re.compile(r"^\s*(?:gå|hoppa) (?:direkt )?till (?:huvud)?innehåll|^\s*till huvudinnehåll|"
                r"^\s*skip to (?:main )?content", re.I), 80),
    # The same link named for the text it skips to, the whole line: LibreOffice's "Hoppa till texten", Tripod's
    # "Hoppa till nyheten".
    (re.compile(r"^\s*(?:gå|hoppa) (?:direkt )?till (?:texten|artikeln|nyheten|sidans text)\s*$", re.I), 40),
    (re.compile(r"vi använder (?:kakor|cookies)|använder (?:sig av )?(?:kakor|cookies)|"
                r"godkänn (?:alla )?(?:kakor|cookies)|kakor \(cookies\)", re.I), 800),
    (re.compile(r"^\s*dela (?:sidan|artikeln|på \w+|via \w+)|^\s*(?:dela|share)\s*:?\s*$", re.I), 300),
    (re.compile(r"^\s*(?:läs (?:även|också|mer)|se även)\s*:", re.I), 300),
    (re.compile(r"^\s*tipsa (?:en vän|en kollega|någon)", re.I), 200),
    # A text-to-speech widget: "Lyssna på artikeln 4 min", "Läs upp texten".
    (re.compile(r"^\s*(?:lyssna på (?:artikeln|texten|sidan|nyheten)|läs upp(?: texten| artikeln| sidan)?)"
                r"(?:\s*[·:–-]?\s*\d+\s*min(?:uter)?)?\s*$", re.I), 80),
    # A broadcaster's clip: "Hör inslaget från sändningen 2:48", "Lyssna på intervjun 4:10", "Se inslaget 1:52".
    (re.compile(r"^\s*(?:hör|lyssna på|se) (?:hela )?(?:inslaget|intervjun|klippet|reportaget|samtalet|videon)\b"
                r"[^.!?]{0,40}?(?:\d{1,2}:\d\d)?\s*$", re.I), 80),
    # A decision's file data: "Diarienummer 1187-2025", "Läs beslutet (pdf)".
    (re.compile(r"^\s*(?:diarienummer|dnr\.?)\s*:?\s*[\w/-]+\s*$", re.I), 60),
    (re.compile(r"^\s*läs (?:hela )?(?:beslutet|rapporten|domen|yttrandet|granskningen|protokollet)\s*\((?:pdf|word)\)\s*$", re.I), 60),
    # A like box: "23 gillar detta", "9 gillningar"; a blog's notes: "X gillade detta", "Y reblogged this
    # from Z", "anna likes this" (where the user's name is a link of its own, the rule reads the rest).
    (re.compile(r"^\s*\d+\s+(?:personer\s+)?gillar\s+(?:detta|det här|inlägget)\s*$", re.I), 40),
    (re.compile(r"^\s*\d+\s+(?:gillningar|gilla-markeringar|reaktioner|likes?)\s*$", re.I), 40),
    (re.compile(r"^\s*\S+\s+gillade\s+(?:detta|det här|inlägget)\s*$", re.I), 120),
    (re.compile(r"^\s*(?:\S+\s+)?(?:likes\s+this|reblogged\s+this(?:\s+from)?(?:\s+\S+)?)\s*$", re.I), 120),
    # A byline's connecting word left alone in a paragraph of its own, the author's name in a box beside it
    # (Twenty Twenty-Four's "p.has-contrast-2-color" "av" between "—" and "div.wp-block-post-author-name"), and the
    # category's "i" before its box (Twenty Twenty-Three's post meta: "Publicerad" date "i" category "av" author).
    (re.compile(r"^\s*(?:av|by|i|in|skrivet av|publicerad av|postat av)\s*:?\s*$", re.I), 20),
    # A print link ("Skriv ut") and a publishing platform's line ("Published in X · 4 min read").
    (re.compile(r"^\s*skriv\s+ut(?:\s+(?:sidan|artikeln|nyheten))?\s*$", re.I), 30),
    (re.compile(r"^\s*published\s+in\b|^\s*\d+\s+min\s+read\s*$", re.I), 120),
    # A reading time beside the date ("25 november 2021 · 4 min läsning"), or a player's length left alone once
    # its button is gone ("Lyssna på artikeln" "4 min"), or in an English theme's words in a box of its own (Halve-Z's
    # "div.post-ext-info" "4 minutes reading time"); a forum's buttons and profile lines.
    (re.compile(r"^\s*[·•]?\s*\d+\s*min(?:uter|uters)?(?:\s+(?:läsning|lästid))?\s*$"
                r"|^\s*\d+\s*minutes?\s+reading\s+time\s*$", re.I), 60),
    (re.compile(r"^\s*(?:skriv svar|svara|citera|svara med citat)\s*$", re.I), 20),
    (re.compile(r"^\s*(?:inlägg|blev medlem|medlem sedan|registrerad)\s*:(?:\s*\S|\s*$)", re.I), 60),
    # A back link ("Tillbaka", "« Tillbaka till nyheter", "← Alla nyheter", Angelfire's "<< Tillbaka till nyheterna").
    (re.compile(r"^\s*(?:[«‹←]|<<?)\s*(?:alla|fler|till)\s[\wåäö ]{1,30}$", re.I), 40),
    (re.compile(r"^\s*(?:(?:[«‹←]|<<?)\s*)?(?:gå\s)?tillbaka(?:\s(?:till\s)?[\wåäö ]{1,30})?\s*$", re.I), 40),  # "Gå tillbaka"
    # Post navigation and review stamps: "Föregående: Jourernas dag 2025", "Nästa artikel: …",
    # "Senast granskad: 7 maj 2026".
    (re.compile(r"^\s*(?:föregående|nästa)(?:\s(?:artikel|inlägg|nyhet|sida))?\s*:\s*\S", re.I), 120),
    (re.compile(r"^\s*(?:senast granskad|granskad senast|faktagranskad)\s*:?\s*\d", re.I), 60),
    # A page-owner line: "Sidansvarig: Kommunikationsenheten · Sidan uppdaterades: 2017-10-13".
    (re.compile(r"^\s*(?:sidansvarig|sidans? ägare|innehållsansvarig|ansvarig för sidan)\s*:", re.I), 200),
    # Credit lines and bylines: "Foto: Anna Berg", "Text och foto: …", "Av Anna Berg".
    (re.compile(r"^\s*(?:foto|bild|fotograf|text|text och foto|illustration|grafik|reporter|skribent)"
                r"\s*:\s*\S", re.I), 80),
    # An author line with its label: CMS Made Simple's "Skrivet av: kansliet".
    (re.compile(r"^\s*(?:skrivet|skriven|postat|postad|publicerad|publicerat|inskickad)\s+av\s*:\s*\S", re.I), 80),
    # Without a label's colon, a name of capitalised words or an initial: Mambo's "Skrivet av Kjell A." (span.small).
    (re.compile(r"^\s*(?:[Aa]v|[Ss]krive[nt] av|[Pp]ublicerad av)\s+[A-ZÅÄÖ][\w-]+(?:\s+(?:[A-ZÅÄÖ][\w-]+|[A-ZÅÄÖ]\.))+\s*$"), 60),
    (re.compile(r"prenumerera på (?:vårt|våra) nyhetsbrev|anmäl dig till (?:vårt )?nyhetsbrev",
                re.I), 600),
    # A story's links, each a link of its own: PHP-Nuke's "Utskriftsvänlig sida | Skicka till en vän".
    (re.compile(r"^\s*(?:utskriftsvänlig(?:\s+(?:sida|version))?|skicka\s+(?:sidan\s+)?till\s+en\s+vän)\s*$", re.I), 60),
    # A newsletter's pitch: "Vill du få nästa nummer direkt i inkorgen? Prenumerera gratis." (beehiiv).
    (re.compile(r"^\s*vill du (?:få|ha|läsa)\b[^.!?]{0,80}\?\s*(?:prenumerera|anmäl dig|registrera dig)\b", re.I), 160),
    # A mail's sign-off: Buttondown's "Tack för att du läser! Svara gärna …", MailerLite's "Hälsningar,"
    # above the sender (its own line after a <br>).
    (re.compile(r"^\s*tack för att du (?:läser|läste|har läst|prenumererar)\b", re.I), 160),
    (re.compile(r"^\s*(?:med\s+)?(?:vänliga?\s+|bästa\s+|varma\s+)?hälsning(?:ar)?\s*,?\s*$", re.I), 100),
    # A mailing's footer, why the reader gets it, with the sender's postal address and unsubscribe links in the
    # same cell or box: "Du får det här mejlet eftersom du är medlem i …" (Brevo, MailerLite, Mailchimp).
    (re.compile(r"^\s*(?:du (?:får|fick|har fått) (?:det här|detta|denna|den här) (?:mejl|mail|e-?post|e-?mail|nyhetsbrev|utskick)"
                r"|(?:det här|detta) (?:mejl|mail|e-?post|e-?mail|nyhetsbrev|utskick)\w* (?:har )?skickats till\b"
                r"|you (?:are receiving|received|receive) this (?:e-?mail|newsletter)\b)", re.I), 400),
    # Its one sentence that says so of a letter ("Du får det här brevet eftersom du är medlem i …", TinyLetter's
    # last line), or the list ("Du prenumererar på Föreningens nyhetsbrev."): a letter's own reason to the
    # reader ("Du får det här brevet eftersom ditt barn …") stays.
    (re.compile(r"^\s*du (?:får|fick|har fått) (?:det här|detta|denna|den här) (?:nyhets|medlems|månads|vecko)?brev(?:et)? "
                r"(?:eftersom|för att|då) du (?:är (?:medlem|prenumerant|kund|registrerad|anmäld)|prenumererar|"
                r"har (?:anmält|registrerat|prenumererat|valt))\b[^.!?]*[.!]?\s*$"
                r"|^\s*du prenumererar (?:nu )?på\b[^.!?]*[.!]?\s*$", re.I), 200),
    # A wiki's or a community's licence line: Fandom's "Gemenskapens innehåll är tillgängligt under CC-BY-SA om
    # inget annat anges." (div.license-description, the licence a link of its own), "Om inget annat anges är
    # innehållet licensierat under CC BY-SA 4.0."; a blog post's in its tail: "Posten är publicerad under
    # licensen CC BY 4.0 …", "Inlägget är licensierat under CC BY 4.0 …"; a sentence about a licence
    # in the text ("… beslutade att allt innehåll ska vara tillgängligt under en öppen licens") stays.
    (re.compile(r"^\s*(?:om (?:inte|inget) annat anges,? (?:så )?(?:är|finns) )?(?:[\wåäö]+s |allt )?"
                r"(?:innehåll(?:et)?|text(?:en|erna)?|(?:det här |detta )?inlägget|(?:den här |denna )?posten) "
                r"(?:i [\wåäö ]{1,30}?)?(?:(?:är|finns) )?"
                r"(?:tillgänglig[t]?|licensierat?|publicerad?t?) under\s*:?\s*"
                r"(?:licensen\s*)?(?:$|cc[\s-]?by|creative commons|gfdl|gnu\b)", re.I), 160),
    # A paywall's pitch inside the article: "Gillar du lokal journalistik? Prenumerera från 1 krona …".
    (re.compile(r"^\s*gillar du [\wåäö ]{0,30}journalistik\?|prenumerera (?:från|för) \d+ (?:kr\b|krona|kronor)", re.I), 200),
    # An ad label left alone: "- Annons -", "Annons".
    (re.compile(r"^\s*[-–]?\s*annons\s*[-–]?\s*$", re.I), 20),
    # A documentation site's feedback question and relative edit time: "Var det här till hjälp?",
    # "Senast uppdaterad för 2 dagar sedan".
    (re.compile(r"^\s*(?:var (?:det här|den här sidan|sidan|denna sida|detta|artikeln|nyheten|informationen) (?:till )?(?:hjälp|användbar[t]?)|was this (?:page |article )?helpful)\s*\??\s*$", re.I), 60),
    (re.compile(r"^\s*(?:senast\s+)?(?:uppdaterad|ändrad|redigerad)\s+(?:för\s+)?\d+\s+(?:sekunder|minuter|timmar|dagar|veckor|månader|år)\s+sedan\s*$", re.I), 60),
    # A category label alone ("Kategori: Påverkansarbete", also with the label in a span of its own).
    (re.compile(r"^\s*(?:kategori|kategorier|ämnesområde)\s*:(?:\s*[\wåäöÅÄÖ ,&/-]{1,40})?\s*$", re.I), 60),
    # A podcast's or creator's call for donations: Buzzsprout's "Stöd podden" / "Bli supporter".
    (re.compile(r"^\s*(?:stöd (?:podden|podcasten|oss|vårt arbete)|bli (?:supporter|månadsgivare|stödmedlem|patron)|"
                r"support (?:the|our) (?:show|podcast))\s*[!.]?\s*$", re.I), 40),
    # A site's footer line: its organisation number beside the address (Microsoft Word's "Jaktvårdskretsen i Mark
    # · Box 112, 511 21 Kinna · Org.nr 802400-1234"), or the site builder's credit (Homestead's "Skapad med
    # Homestead", a link of its own, with the address before it in the same box).
    (re.compile(r"\borg(?:anisations)?\.?\s*-?\s*(?:nr|nummer)\.?\s*:?\s*\d{6}-?\d{4}\b", re.I), 160),
    (re.compile(r"^\s*(?:[Ss]kapad|[Ss]kapat|[Bb]yggd|[Pp]owered)\s+(?:med|av|by)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s*$"), 160),
    # A blog post's filing line with no link left in it: WordPress's "Detta inlägg publicerades i Nyheter. Bokmärk
    # permalänken.", "… Bookmark the permalink." (with its links, ``filing`` knows it by them).
    (re.compile(r"\b(?:bokmärk permalänken|bookmark the permalink)\s*\.?\s*$", re.I), 200),
    # A forum post's permalink (Moodle's "Permanent länk").
    (re.compile(r"^\s*(?:permanent\s+länk|permalänk|permalink)\s*$", re.I), 30),
)  # fmt: skip


# The title of a table of contents, all the text of its box where a script draws the list in the browser: Matery's
# "div.toc-title" "TOC" ("目录" in its Chinese) over an empty "div#toc-content".
CONTENTS_TITLE = re.compile(r"^(?:toc|table of contents|contents|innehåll|innehållsförteckning|目录|文章目录)\s*:?$", re.I)


def is_boilerplate_text(text: str) -> bool:
    """Whether a short text is boilerplate by its words alone ("4 personer gillar detta")."""
    return any(pattern.search(text) and len(text) <= limit for pattern, limit in TEXT_RULES)
