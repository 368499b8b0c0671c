"""Boilerplate in plain text, found as labelled spans (never cut: offsets must keep indexing the text).

Each rule is one small function over the text; `find_boilerplate` runs them all and merges the
spans. Labels say what was found, so later stages can choose: dates are still read from a crawler
line or an aggregator header, never from a banner, a footer or a photo caption.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from dyads.models import Span

Rule = Callable[[str], Iterator[Span]]

# The .gov banner is a fixed template (two variants of capitalisation, with or without the
# "Here's how you know" expansion that ends at "secure websites.").
GOV_BANNER = re.compile(
    r"An official website of the United States [Gg]overnment(?:\s*Here[’']s how you know)?"
    r"(?:.{0,600}?official, secure websites\.)?",
    re.S,
)
# Language names a site's language switcher shows, in their own language and in English.
LANGUAGES = ("English", "Français", "Deutsch", "Español", "Português", "Italiano", "Türkçe", "Русский", "العربية",
             "中文", "日本語", "한국어", "Japanese", "Chinese", "Korean", "Russian", "Arabic", "Spanish", "French",
             "German")
NAV_LINES = {
    "skip global navigation to main content", "skip breadcrumb navigation", "search form", "search",
    "printable banner", "u.s. department of state - great seal", "diplomacy in action",
    "jump to navigation jump to search", "from wikipedia, the free encyclopedia", "connect with us",
    "scroll to top", "scroll to top scroll to top", "top", "share", "print", "email", "menu", "home",
    "stay connected", "sign up", "subscribe", "transcript, e&oe", "• transcript, e&oe", "infobox",
    "for immediate release", "back to top", "related", "tweet", "facebook", "twitter", "linkedin",
    "share this page", "share this article", "suggest to a friend", "download as pdf", "visit the meeting page",
    "sign in", "follow us", "follow us on social media", "language selection", "print this page",
    "skip to content", "[edit]", "briefing room", "print version",
} | {name.lower() for name in LANGUAGES}   # a language switcher's entry alone on its line
NAV_PREFIXES = (
    "national archives this is historical material", "this is historical material “frozen in time”",
    "this is historical material \"frozen in time\"", "opt in to send and receive text messages",
    "we'll be in touch with the latest information", "we’ll be in touch with the latest information",
    "source: u.s department of state", "source: u.s. department of state", "attribution:",
    "category: world news", "skip to ", "you are here:", "read this release in", "(release id:",
    "report a problem", "the following links open in a new tab", "click here to share", "accept additional cookies",
    "reject additional cookies", "view cookies", "accept all cookies", "reject all cookies", "cookie settings",
)
# A line that opens a tail of links, comments or subscription text: everything after it is boilerplate.
TAIL_MARKERS = re.compile(
    r"^(?:###|# # #|-30-|continue reading|related articles?|related links|related content|related stories"
    r"|related|related news|other news|more coverage|content owned by\b.*|see also(?:\[edit\])?"
    r"|references(?:\[edit\])?|read more|read also"
    r"|tags:?|share this:?|you are subscribed to\b.*|latest news from\b.*|comments?|leave a reply"
    r"|u\.s\. department of state|stay connected|subscribe to\b.*|(?:media )?enquiries\b.*|media contacts?:?.*"
    r"|copyright\b.*|©.*|date modified:?.*|this page was last edited\b.*|text is available under\b.*)\s*$",
    re.I | re.M,
)
# Markers other than "###" only count near the end, where link lists and footers live.
TAIL_WINDOW = 600
CRAWLER_DATE = re.compile(r"\A\s?date \d{4}-\d{2}-\d{2}[ \t]*")
TABLE_DEBRIS = re.compile(r"^[ \t]*\|[|\s:-]*$|^[ \t]*\|?[ \t]*-{3,}[ \t]*(?:\|[ \t]*-{3,}[ \t]*)+\|?[ \t]*$", re.M)
# A photo caption: a line ending in the photo's credit, "(AP Photo/…)", "(DFA-OSPD photo)", "[YONHAP]"
CAPTION = re.compile(r"^.*(?:\((?:AP|AFP|Reuters|State Department|White House)[^)\n]*Photo[^)\n]*\)"
                     r"|\([\w .&/-]{1,30} [Pp]hoto\)|\[(?:YONHAP|NEWS1|NEWSIS|AP|AFP|REUTERS|XINHUA|EPA|KYODO|JOONGANG|"
                     r"JOINT PRESS CORPS|[A-Z]{2,12} PHOTO)\])[ \t]*$", re.M)
PHOTO_CREDIT = re.compile(r"^(?:(?:State Department|Official White House|U\.S\. Embassy) Photo"
                          r"|Photos? (?:courtesy of|by|credit)\b|Photos?:)[^\n]*$", re.M)
# A wire story's or release's end mark after its last sentence: "… support for the Philippines. -END-", "(END)"
END_MARK = re.compile(r"[ \t]*(?:-+[ \t]?END[ \t]?-+|\(END\)|-[ \t]?Ends?[ \t]?-)[ \t]*$", re.M)


# Page furniture inside content: a translation note, a line that is only a number or dashes, the number
# that opens a numbered paragraph, an encyclopedia's footnote marker (cut short at the end of a text too).
TRANSLATION_NOTE = re.compile(r"^[ \t]*(?:[*※][ \t]*)?[\[(]?(?:provisional|unofficial|tentative|informal)"
                              r"(?: english)? translation(?: only)?[\])]?[ \t.]*$", re.I | re.M)
NUMBER_LINE = re.compile(r"^[ \t]*(?:[-–—•*][ \t]*)*\(?\d{1,3}\)?[ \t]*$", re.M)
PARAGRAPH_NUMBER = re.compile(r"^[ \t]*(?:\(\d{1,3}\)|\d{1,3}[.)]|\(?[a-h]\)|\(?[ivx]{1,4}\))[ \t]+(?=[A-Z“\"])", re.M)
FOOTNOTE = re.compile(r"\[(?:\d{1,3}|[a-z]|citation needed|note \d{1,3}|edit)(?:\]|(?=[ \t]*$))", re.I | re.M)
# A news site's weather widget: a temperature line, the short line naming its city and the day's date ("82 F /
# New York / Tuesday, June 18, 2024"): where and when the reader is, not where and when the news happened.
WEATHER = re.compile(r"^[ \t]*-?\d{1,3}[ \t]*°?[ \t]*[FC][ \t]*\n(?:[ \t]*[A-Z][\w'’. ,-]{1,40}$)?"
                     r"(?:\n[ \t]*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, [A-Z][a-z]+ \d{1,2}, \d{4}[ \t]*$)?",
                     re.M)


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        yield pos, pos + len(body), body
        pos += len(line)


# An archive site's notice ("2017-2021 ARCHIVED CONTENT ... released online from January 20, 2017 to January
# 20, 2021 ... For current information, go to www.state.gov."): its dates are the archive's, not the page's.
ARCHIVE_NOTICE = re.compile(r"^(?:\d{4}-\d{4} )?ARCHIVED CONTENT[ \t]*\n(?:.{0,200}\n){0,8}?"
                            r"[^\n]*(?:go to www\.[\w.]+|NOT UPDATED[^\n]*)[ \t]*$", re.M)


# The banner's lines on their own, the .mil variant, and other governments' ("A Singapore Government Agency
# Website How to identify"), and a cookie notice's opening.
OTHER_BANNERS = re.compile(
    r"^(?:Official websites use \.(?:gov|mil)|A \.(?:gov|mil) website belongs to an official (?:government "
    r"organization|U\.S\. Department of Defense organization) in the United States\.|Secure \.(?:gov|mil) websites "
    r"use HTTPS|An official website of the United States [Gg]overnment(?: Here[’']s how you know)?"
    r"|A [A-Z][\w ]{2,40} Government Agency Website(?: How to identify)?|Cookies on [\w.]+"
    r"|We use (?:some )?(?:essential )?cookies\b[^\n]*)[ \t]*$", re.M)


def gov_banner(text: str) -> Iterator[Span]:
    for m in (*GOV_BANNER.finditer(text), *ARCHIVE_NOTICE.finditer(text)):
        yield Span(m.start(), m.end(), "banner")
    for m in OTHER_BANNERS.finditer(text):
        yield Span(m.start(), m.end(), "banner")


# A breadcrumb trail: "Home > Countries > Indonesia" on one line, or "Home" and the short lines under it.
BREADCRUMB = re.compile(r"^[ \t]*Home[ \t]*(?:[>»/|›][ \t]*[^\n]{1,60}?)+[ \t]*$"
                        r"|^[ \t]*Home[ \t]*\n(?:[ \t]*[A-Z][^.!?\n]{0,50}\n)+", re.M)


SOCIAL = (r"(?:Facebook|Twitter|X(?: \(Twitter\))?|LinkedIn|E-?mail|WhatsApp|Telegram|Reddit|Print|"
          r"Copy link(?: copied)?|YouTube|Instagram|Weibo|WeChat|Flipboard|Threads|Bluesky)")
LANGUAGE = f"(?:{'|'.join(LANGUAGES)})"
MENU_ITEM = r"[A-ZÀ-ÞĀ-Ž\u0400-\u04FF\u0600-\u06FF&][^\s.!?:;,|>/]*(?: [^\s.!?:;|>/]+){0,3}"   # "ABOUT US", "Türkçe"
# Whole lines of page furniture: a share bar ("Share: Facebook X LinkedIn Email"), a menu or language switcher
# (three or more short items apart by wide spaces or bars: "HOME   ABOUT US   DFA NEWS", "English | Français |
# Deutsch"), a breadcrumb trail ("Home Page > Press Releases", "Main  /  Press center  /  News"), a tags or
# categories line, a line of hashtags, an encyclopedia's hatnote, a wire story's contributor line, a separator
# ("***", "___", ". . .", "<…>"; end marks are END_MARK), a gallery's counter ("1 of 4") and a pager ("< Prev
# Next >").
FURNITURE_LINES = re.compile(
    rf"^[ \t]*(?:(?:Share(?: this(?: page| article)?)?:?|Follow us:?|(?:Share (?:on|by|via) )?{SOCIAL})"
    r"[ \t|,]*){2,}$"
    rf"|^[ \t]*{MENU_ITEM}(?:(?:[ \t]{{2,}}|[ \t]*\|[ \t]*){MENU_ITEM}){{2,}}[ \t]*$"
    r"|^[ \t]*[^\n>»›]{1,40}(?:[ \t]+[>»›][ \t]+[^\n>»›]{1,40})*[ \t]+[>»›][ \t]+[^\n>»›]{1,120}[ \t]*$(?<![.!?])"
    r"|^[ \t]*[^\n/]{1,30}(?:[ \t]+/[ \t]+[^\n/]{1,30}){2,}[ \t]*$(?<![.!?])"
    r"|^[ \t]*(?:Tags?|Categories|Category|Topics|Keywords)[ \t]*:[^\n]*$"
    r"|^[ \t]*(?:#\w+[ \t]*){2,}$"
    rf"|^[ \t]*{LANGUAGE}(?:[ \t]*[|/][ \t]*{LANGUAGE})+[ \t]*$"
    r"|^[ \t]*(?:Views?|Hits?|Visitor Counter)[ \t]*:[ \t]*[\d \u00a0,.]+$|^[ \t]*(?:\[[A-Z][\w ]{1,20}\][ \t]*){2,}$"
    r"|^[ \t]*[\"“][^\"”\n]{1,80}[\"”] redirects here\b[^\n]*$|^[ \t]*For other uses, see\b[^\n]*$"
    r"|^[^\n]{0,120}\bcontributed to this (?:report|story)\.?[ \t]*$"
    r"|^[ \t]*(?:\*{3,}|_{3,}|(?:\.[ \t]*){3,}|<…>|<\.\.\.>|\d{1,2} of \d{1,2}"
    r"|<[ \t]*Prev(?:ious)?[ \t]+Next[ \t]*>)[ \t]*$",
    re.M)


# A site's menu down the page: four or more lines in a row of one to three words each, no sentence among them
# ("World / Business / Markets / Sustainability / Legal / More").
VERTICAL_MENU = re.compile(r"(?:^[ \t]*[A-Z][\w&'’-]*(?: [\w&'’-]+){0,2}[ \t]*\n){4,}", re.M)


def nav_lines(text: str) -> Iterator[Span]:
    for start, end, line in _lines(text):
        key = line.strip().lower()
        if key and (key.rstrip(":") in NAV_LINES or key.startswith(NAV_PREFIXES)):   # "Share:", "Share this page:"
            yield Span(start, end, "nav")
    for m in BREADCRUMB.finditer(text[:1500]):
        yield Span(m.start(), m.end(), "nav")
    for m in FURNITURE_LINES.finditer(text):
        yield Span(m.start(), m.end(), "nav")
    for m in VERTICAL_MENU.finditer(text[:2000]):
        yield Span(m.start(), m.end(), "nav")


# Aggregator and forum headers: not content, but they carry the posting date, so they get their own label.
HEADER_PREFIXES = ("author topic:", "0 members and", "« on:", "• posts:", "posts:", "• tbr contributor", "online ")


def aggregator_header(text: str) -> Iterator[Span]:
    for start, end, line in _lines(text[:1500]):
        if line.strip().lower().startswith(HEADER_PREFIXES):
            yield Span(start, end, "header")


def tail(text: str) -> Iterator[Span]:
    """From a marker on: anywhere for an end mark ("###") or an encyclopedia's closing section ("See also[edit]"),
    else only near the end."""
    for m in TAIL_MARKERS.finditer(text):
        marker = m.group(0).strip()
        if marker in ("###", "# # #", "-30-") or marker.endswith("[edit]") or len(text) - m.start() <= TAIL_WINDOW:
            yield Span(m.start(), len(text), "footer")
            return


def crawler_date(text: str) -> Iterator[Span]:
    m = CRAWLER_DATE.match(text)
    if m:
        yield Span(m.start(), m.end(), "crawler")


def table_debris(text: str) -> Iterator[Span]:
    for m in TABLE_DEBRIS.finditer(text):
        if m.group(0).strip():
            yield Span(m.start(), m.end(), "table")


def photo_captions(text: str) -> Iterator[Span]:
    for m in CAPTION.finditer(text):
        yield Span(m.start(), m.end(), "caption")
    for m in PHOTO_CREDIT.finditer(text):
        # the credit line closes a caption paragraph that may wrap over several lines
        para_start = text.rfind("\n\n", 0, m.start())
        yield Span(para_start + 2 if para_start >= 0 else 0, m.end(), "caption")


def furniture(text: str) -> Iterator[Span]:
    """Notes and numbering that are not sentences: nothing in them is a mention, a figure or an event."""
    for regex, label in ((TRANSLATION_NOTE, "note"), (NUMBER_LINE, "numbering"), (PARAGRAPH_NUMBER, "numbering"),
                         (FOOTNOTE, "footnote"), (WEATHER, "widget"), (END_MARK, "numbering")):
        for m in regex.finditer(text):
            if m.group(0).strip():
                yield Span(m.start(), m.end(), label)


RULES: tuple[Rule, ...] = (gov_banner, nav_lines, aggregator_header, tail, crawler_date, table_debris, photo_captions,
                           furniture)


def find_boilerplate(text: str) -> list[Span]:
    """All boilerplate spans, sorted and merged where they overlap (the first label wins)."""
    spans = sorted((s for rule in RULES for s in rule(text)), key=lambda s: (s.start, -s.end))
    merged: list[Span] = []
    for span in spans:
        if span.end <= span.start:
            continue
        if merged and span.start <= merged[-1].end:
            last = merged[-1]
            if span.end > last.end:
                merged[-1] = Span(last.start, span.end, last.label)
        else:
            merged.append(span)
    return merged
