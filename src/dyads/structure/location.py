"""Where the primary event happened (devset README 3.3), in this order: a dateline block in the header (not
the publisher's letterhead, not the title repeated); a dated dateline line; on a government's own page its
foreign ministry named as the venue, or its dash dateline ("NEW DELHI – …"); a city named with its country in
the title ("… Moves to Brussels, Belgium") or an occasion held there ("Commemorations in Belgium"); a cue in the
opening text ("welcome to Belgium", "met ... today in Hanoi", "here in Jakarta", "heads to Pretoria"); a news
agency's own dateline ("SEOUL, March 6 (Yonhap) --"); for spoken words, else the venue the title names
("Remarks to VOKA Antwerp", "Press conference, Adelaide"), else, for remarks, the host country of the embassy
whose site published them. Places of other events (an upcoming summit, an earlier meeting)
and newspaper datelines of reposts do not count. Places are known from `actors/data/places.csv` and the
GeoNames cities of `cities.csv`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from urllib.parse import urlsplit

from dyads.actors import kb
from dyads.models import Location
from dyads.structure.dates import ABBR_DOT, DAY_NAME, sign_off
from dyads.structure.turns import news_outlets

PLACE = r"(?P<p>[A-Z][\w'’.-]*(?:,? (?:of |de |d['’]|the )?[A-Z][\w'’.-]*){0,4})"
DATELINE = re.compile(r"^[ \t]*(?P<p>[A-Z][\w'’. -]{1,40}?(?:,[ \t]*[A-Z][\w'’. -]{1,30}?)?)[ \t]*"
                      r"(?:,[ \t]*\d{1,2} [A-Z][a-z]+ \d{4}:?)?[ \t]*$", re.M)
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DATE = rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{4}}|{MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}} {MONTH} \d{{4}})"
SEP = r"[ \t]*[-–—|][ \t]*"
# a release's dateline with its date: "July 14, 2020 - Ottawa, Ontario - Global Affairs Canada", "Bruxelles,
# 24/02/2015 - 14:09", "Washington, January 31, 2023: President Biden ...", "Tashkent, 14 April 2025 – President …"
DATED_LINE = re.compile(
    rf"^[ \t]*(?:{DATE}{SEP})?(?P<p>[A-Z][\w'’. -]{{1,40}}?(?:,[ \t]*[A-Z][\w'’. -]{{1,30}}?)?)"
    rf"(?:(?:,[ \t]*|{SEP}){DATE}(?:{SEP}\d{{1,2}}:\d{{2}})?[ \t]*(?::|,|$|[–—][ \t]+[A-Z])|{SEP}[A-Z][^\n]{{0,60}}$)",
    re.M)
WELCOME = r"\b[Ww]elcome (?:you |all of you |everyone |everybody )?(?:back )?(?:here )?to (?:the )?"
CUES = [
    re.compile(rf"{WELCOME}{PLACE}"),
    re.compile(rf"\b(?:here|back|arrival|arrive|arrived|be|today|[Ww]hile) in (?:the )?{PLACE}"),
    re.compile(rf"\bin (?:the state of )?{PLACE}\)? today\b"),
    re.compile(rf"\b(?:travell?ed|flew|heads|headed) to (?:the )?{PLACE}"),   # "Blinken heads to South Africa"
    re.compile(rf"\b(?:arrives|landed|lands) in (?:the )?{PLACE}"),
    re.compile(rf"\b(?:is|are|was|were) (?:currently )?visiting (?:the )?{PLACE}"),   # "who is visiting Jakarta"
    # a visit made, not one a briefing is about ("on the Prime Minister's visit to Japan") or another's ("during
    # President Putin's visit to Pyongyang"): "made an Official Visit to Singapore"
    re.compile(rf"\b(?:made|paid|making|paying|concluded|completed)\b[^.\n]{{0,40}}?\b[Vv]isit to "
               rf"(?:the )?{PLACE}"),
    re.compile(rf"\bwelcomed\b(?:[^.\n]|{ABBR_DOT}){{0,120}}?\bto (?:the )?{PLACE}"),   # "welcomed … to the Pentagon"
    re.compile(rf"\b(?:met|meets|meeting|held|holds|hosted|hosts|welcomed|spoke|convened|gathered|visited|[Vv]isit)\b"
               rf"(?:[^.\n]|{ABBR_DOT}){{0,200}}?\b(?:in|at) (?:the )?{PLACE}"),
]
# "in October 2021", "last year" after the place: an earlier event, not this one.
EARLIER = re.compile(r"\A,? (?:in|on) (?:(?:January|February|March|April|May|June|July|August|September|October|"
                     r"November|December)\b|\d{4})|\A,? when\b"
                     rf"|\A,? last (?:year|month|week|{DAY_NAME})")
FUTURE = re.compile(r"\b(?:upcoming|next|will|plans?|planned|to be held|forthcoming|later this|previews?|previewing)\b",
                    re.I)
# ... or of an earlier one, named before the place: "Building on their June 13 meeting in Geneva".
BEFORE = re.compile(r"\b(?:[Bb]uilding on|previous|earlier|prior|last)\b[^.\n]{0,40}\b(?:meeting|visit|talks|summit)\b"
                    r"|\bfirst meeting\b|\breturned (?:\w+ )?from\b")
YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
# A publisher's letterhead: "The White House / Office of the Press Secretary", "Republic of the Philippines /
# Department of Foreign Affairs" names who speaks, not where.
LETTERHEAD = re.compile(r"\A\s*(?:Office of|Press Office|For Immediate Release|Department of|Ministry (?:of|for)|"
                        r"(?:The )?Presidency\b|Prime Minister['’]s Office)")
# A release's own dateline opening its first paragraph: "NEW DELHI – United States Trade Representative ...",
# "Aberdeen, Scotland – ..." (on a government's site; a news site's "WASHINGTON (Reuters) -" is a repost's).
DASH_DATELINE = re.compile(r"^[ \t]*(?P<p>[A-Z][\w'’. ]{1,30}?(?:,[ \t]*[A-Z][\w'’. ]{1,30}?)?)[ \t]+[–—][ \t]+[A-Z]",
                           re.M)
# The dateline opening a news story under its agency's byline: "TOKYO - Japan lodged …"
STORY_DATELINE = re.compile(r"^[ \t]*(?P<p>[A-Z][\w'’. ]{1,30}?)[ \t]+(?:-|–|—|--)[ \t]+[A-Z]", re.M)
# The publishing government's own foreign ministry as the venue: a briefing's "Wednesday, May 31, 2023, 3:00
# p.m. Ministry of Foreign Affairs" line, or an envoy "summoned … to the Ministry of Foreign Affairs".
MINISTRY = re.compile(rf"(?:^[^\n]{{0,20}}{DATE}[^\n]{{0,25}}?"
                      rf"|\b(?:summoned|called in)\b(?:[^.\n]|{ABBR_DOT}){{0,160}}?\b(?:to|at) the )"
                      r"(?P<p>Ministry of Foreign Affairs|Foreign Ministry|Foreign Office)\b", re.M)
# How far into the content the opening cues are looked for: the devset's primary events are all
# stated in the first ~1,500 characters; later mentions are mostly other events.
OPENING = 2500


@cache
def agency_report() -> re.Pattern[str]:
    """A news agency's own report (the agencies of `data/news_outlets.txt`): its dateline ("SEOUL, March 6
    (Yonhap) --", place in group `p`), its byline line ("KYODO NEWS - Aug 22, 2023") or its credit line
    ("Reporting by …")."""
    agencies = "|".join(re.escape(o) for o in sorted(news_outlets(), key=len, reverse=True))
    return re.compile(rf"^(?P<p>[A-Z][A-Za-z .'-]{{1,40}}?)(?:, [A-Z][a-z]{{2,9}}\.? \d{{1,2}})? "
                      rf"\((?i:{agencies})\) *(?:-|–|—|--)"
                      rf"|^(?i:{agencies})(?: NEWS)?[ \t]*[-–—|][ \t]*(?:[A-Z][a-z]{{2,8}}\.? \d|\d)|^Reporting by\b",
                      re.M)


def find_location(masked: str, header_end: int, title: str | None = None, publisher: str | None = None,
                  year: str | None = None) -> Location | None:
    """`publisher`: the government whose own page this is (its dash datelines count, its foreign ministry is
    in its country); `year`: the document's, so that a cue in a sentence dated another year ("On May 29, 2022,
    I arrived in Kyiv") is an earlier event. A news agency's own report is no repost: when no cue places the
    event, its dateline does ("SEOUL, March 6 (Yonhap) --", "TOKYO - …" under a "KYODO NEWS" byline)."""
    # whole lines before the first turn's (a dateline may open the turn's own line: "Washington, DC - X: …"), never
    # a line cut short ("Both" cut to "Bo", Sierra Leone)
    header = masked[:masked.rfind("\n", 0, header_end or 600) + 1]
    for m in DATELINE.finditer(header):
        loc = _resolve(m.group("p"), m.start("p"))
        # the whole line is the place ("Seoul, Republic of Korea"), not a masthead that starts with one ("Korea
        # JoongAng Daily")
        whole = loc and re.fullmatch(rf"{re.escape(loc.text)}(?:,[^\n]*)?", m.group("p").strip())
        if whole and not m.group("p").isupper() and not LETTERHEAD.match(header[m.end():]) \
                and not _title_line(title, m.group("p")):
            return loc
    for m in DATED_LINE.finditer(masked, 0, OPENING):
        dated = re.search(DATE, m.group(0))
        loc = _resolve(m.group("p"), m.start("p")) if dated else None
        if loc and not m.group("p").isupper() and not _title_line(title, m.group("p")):
            return loc
    if (signed := sign_off(masked)) and (loc := _resolve(*signed[:2])):   # "… / New Delhi / September 19, 2023"
        return loc
    if publisher in kb.countries() and (m := MINISTRY.search(masked, 0, OPENING)):
        return Location(text=m.group("p"), city=None, country=publisher, start=m.start("p"))
    if publisher:
        for m in DASH_DATELINE.finditer(masked, 0, OPENING):
            if (loc := _resolve(m.group("p"), m.start("p"))) and not _title_line(title, m.group("p")):
                return loc
    if loc := title_pair(title):
        return loc
    best: Location | None = None
    for cue in CUES:
        for m in cue.finditer(masked, 0, OPENING):
            sentence_start = max(masked.rfind(". ", 0, m.start()), masked.rfind("\n", 0, m.start()))
            before = masked[sentence_start + 1:m.end()]
            if FUTURE.search(before) or BEFORE.search(before) or EARLIER.match(masked[m.end():m.end() + 20]):
                continue
            if year and any(y != year for y in YEAR_IN.findall(before)):
                continue
            loc = _resolve(m.group("p"), m.start("p"))
            if loc and (best is None or loc.start < best.start):
                best = loc
                break
    if best is None and (m := agency_report().search(masked, 0, OPENING)):
        place = m if m.group("p") else STORY_DATELINE.search(masked, m.end(), OPENING)
        best = _resolve(place.group("p"), place.start("p")) if place else None
    return best


# Where a speech's title names the venue: "Remarks at …", "Remarks to VOKA Antwerp", "Battle of the Bulge
# 75th Anniversary, Bastogne" ("in" is left out: "on the situation in Israel" names a topic).
TITLE_CUE = re.compile(r"(?:\b(?:at|to)\b|,)\s+(?:the\s+)?")
TITLE_REACH = 5   # words after the cue in which a city is looked for ("to VOKA Antwerp")
TRIP = re.compile(r"\b(?:visit|trip|travel|tour|journey)\s*$", re.I)


def title_location(title: str | None) -> Location | None:
    """The place right after a title's cue (a country or city), or a city a few words on; no offset, the
    title is not part of the text. Not in a title announcing a trip ("Upcoming Travel to Belgium")."""
    if FUTURE.search(title or ""):
        return None
    for m in TITLE_CUE.finditer(title or ""):
        if TRIP.search(title[:m.start()]):   # "… on Prime Minister's visit to Japan": the trip's, not the venue
            continue
        words = [w.strip(",.:;()[]") for w in title[m.end():].split()[:TITLE_REACH]]
        for i in range(len(words)):
            for n in range(min(4, len(words) - i), 0, -1):
                phrase = " ".join(words[i:i + n])
                found = phrase[:1].isupper() and kb.place(phrase)
                named = i > 1 and words[i - 1] == "of" and words[i - 2][:1].isupper()   # "University of Chicago"
                if found and (i == 0 or found[0]) and not named:
                    return Location(text=phrase, city=found[0], country=found[1])
    return None


# "… Moves to Brussels, Belgium": a title naming a city with its country states the place (3 of 3 such titles in
# the training and development sets).
NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
TITLE_PAIR = re.compile(rf"(?P<city>{NAME}), (?P<country>{NAME})")


# "U.S. Memorial Day Commemorations in Belgium", "Press Roundtable in Tokyo": an occasion held in a place; a bare
# "in" is not enough ("… the situation in Venezuela" names a topic).
TITLE_OCCASION = re.compile(
    r"\b(?:[Mm]eetings?|[Cc]ommemorations?|[Cc]eremon(?:y|ies)|[Rr]oundtable|[Cc]onference|[Rr]emarks|[Vv]isit|"
    r"[Rr]eception|[Cc]elebrations?|[Tt]alks|[Ss]ummit|[Ff]orum|[Dd]ialogue|[Ww]elcomed|[Ss]igning) in (?:the )?"
    r"(?P<p>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})")


def title_pair(title: str | None) -> Location | None:
    """A city named with its country, or an occasion held in a place, in a title that does not announce a
    trip."""
    if FUTURE.search(title or ""):
        return None
    for m in TITLE_PAIR.finditer(title or ""):
        city, country = kb.place(m.group("city")), kb.place(m.group("country"))
        if city and city[0] and country and country[0] is None and city[1] == country[1]:
            return Location(text=m.group(0), city=city[0], country=city[1])
    if (m := TITLE_OCCASION.search(title or "")) and (loc := _resolve(m.group("p"), 0)):
        return replace(loc, start=None)   # the title is not part of the text: no offset
    return None


def mission_location(url: str | None) -> Location | None:
    """An embassy site's host country ("be.usembassy.gov" → BEL): its ambassador speaks there (the training
    set's embassy remarks: 19 of 23)."""
    host = kb.mission_host(url)
    return Location(text=urlsplit(url or "").hostname or "", city=None, country=host) if host else None


def _title_line(title: str | None, line: str) -> bool:
    """The title repeated at the top of the text ("Belgium - Country Commercial Guide"): no dateline."""
    return bool(title) and title.startswith(line)


def _resolve(phrase: str, start: int) -> Location | None:
    """The longest leading part of the phrase that is a known place; a following country refines it."""
    parts = [p.strip() for p in re.split(r",\s*", phrase) if p.strip()]
    words = parts[0].split() if parts else []
    for n in range(len(words), 0, -1):
        head = " ".join(words[:n])
        found = kb.place(head) or (kb.place(f"{head}, {parts[1]}") if len(parts) > 1 else None)
        if found:
            city, country = found
            if n == len(words) and len(parts) > 1 and (second := kb.place(parts[1])) and second[0] is None:
                country = second[1]
                return Location(text=f"{head}, {parts[1]}", city=city or head, country=country, start=start)
            return Location(text=head, city=city, country=country, start=start)
    return None
