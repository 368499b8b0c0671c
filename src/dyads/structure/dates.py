"""The document's date: the primary event's date when stated in full, else the document's date line.

Rules (devset README 3.2): dates in photo captions, banners and footers do not count; a crawler line
(` date 2024-01-31`) or an aggregator stamp (`06/14/2021`) does; a day and month with no year anywhere
in the text gives nothing; encyclopedic articles have no single date. Candidates are found with regular
expressions and parsed by dateparser (`languages=["en"]`, see DESIGN.md for why).

Order of trust: (1) the sentence stating the primary event "on" a day; (2) the first full date of the
header or text; (3) a full date in the title; (4) the input's metadata date (`published`), which also replaces a
first-in-text date a month or more older (a fact sheet's historical date). Dates in URLs are ignored, as
the annotation rules say: read as a last resort they cost 0.09 of date accuracy on the development set
and 0.11 on the training set (measured). A posting stamp with a clock time and no time zone gives way to
a written date line just after it (the stamp is often UTC, a day ahead).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

import dateparser

from dyads.models import DateValue

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
DAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
WEEKDAY = rf"(?:{DAY_NAME},?\s+)?"
# A full stop inside a sentence: after an initial or a title ("U.S.", "Mr.", "Dr.", "St.")
ABBR_DOT = r"(?:(?<=\b[A-Z])|(?<=\bMr)|(?<=\bMs)|(?<=\bDr)|(?<=\bSt))\."
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
FULL_MONTH = rf"(?i:{MONTH})"   # with its year, a month may be in capitals: "Posted On: 12 JUN 2023 8:15PM"
PATTERNS = [  # (regex, parts it carries, dateparser DATE_ORDER)
    (re.compile(rf"\b{WEEKDAY}(?P<m>{FULL_MONTH})\s+(?P<d>{DAY})(?:\s*[-–]\s*(?P<d2>{DAY}))?,?\s+(?P<y>{YEAR})\b"),
     "dmy", "MDY"),
    (re.compile(rf"\b{WEEKDAY}(?P<d>{DAY})(?:\s*[-–]\s*(?P<d2>{DAY}))?\s+(?P<m>{FULL_MONTH}),?\s+(?P<y>{YEAR})\b"),
     "dmy", "DMY"),
    (re.compile(rf"\b(?P<m>[0-3]?\d)/(?P<d>[0-3]?\d)/(?P<y>{YEAR})\b"), "dmy", "MDY"),
    (re.compile(rf"\b(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), "dmy", "YMD"),
    (re.compile(rf"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>{YEAR})\b"), "dmy", "DMY"),   # "13.07.2023 - Press release"
    (re.compile(rf"\b(?P<m>{MONTH})\s+(?P<d>{DAY})\b(?![,\s]*{YEAR})(?!\s*[-–:]\d)"), "dm", "MDY"),
    (re.compile(rf"\b(?P<d>{DAY})\s+(?P<m>{MONTH})\b(?![,\s]*{YEAR})"), "dm", "DMY"),
]
SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False, "SKIP_TOKENS": ["we"]}
# A sentence that states the primary event: "met ... on November 6, 2023", "On 21 January, we ... agreed".
EVENT_VERBS = re.compile(
    r"\b(?:met|meet|meeting|spoke|speaks|call|called|held|hold|hosted|welcomed|visited|agreed|signed|signing|"
    r"discussed|co-chaired|convened|conversation|talks|attended|attending)\b", re.I)
CALLED_FOR = re.compile(r"\bcall(?:ed|s)? for(?: on)?\s*$", re.I)
# A lead sentence whose event happened on the day of the document: "… met in Jakarta today on the margins of …"
TODAY_LEAD = re.compile(rf"{EVENT_VERBS.pattern}[^.\n]{{0,120}}\b(?:today|tonight|this (?:morning|afternoon|"
                        r"evening))\b", re.I)
# Labels of boilerplate a date is never read from (a crawler line or aggregator header still counts).
NOT_DATED = {"banner", "nav", "footer", "caption", "table", "widget"}


@dataclass
class Candidate:
    value: date
    parts: str          # "dmy" (full) or "dm" (no year)
    text: str
    start: int
    last_day: int | None = None   # a range's last day ("February 6–10, 2023": 10)

    def end(self, value: date) -> str | None:
        """The range's last day in the month and year of `value` (its first day)."""
        if self.last_day is None or self.last_day <= value.day:
            return None
        try:
            return value.replace(day=self.last_day).isoformat()
        except ValueError:
            return None


def find_candidates(text: str) -> list[Candidate]:
    found: dict[int, Candidate] = {}
    for regex, parts, order in PATTERNS:
        for m in regex.finditer(text):
            if any(c.start <= m.start() < c.start + len(c.text) for c in found.values()):
                continue
            value = _parse(m, parts, order)
            if value is not None:
                last = m.groupdict().get("d2")
                found[m.start()] = Candidate(value, parts, m.group(0), m.start(),
                                             int(re.match(r"\d+", last).group(0)) if last else None)
    return sorted(found.values(), key=lambda c: c.start)


WEEKDAY_BEFORE = re.compile(rf"\b({DAY_NAME}),?[ \t]*$")


def _day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _parse(m: re.Match[str], parts: str, order: str) -> date | None:
    y = m.groupdict().get("y") or "2000"  # a placeholder year for day-month forms: replaced later
    try:
        if m.group("m").isdigit():   # "24/02/2015" (a European page) where month-first cannot be
            first, second = int(m.group("m")), int(m.group("d"))
            readings = [d for a, b in ((first, second), (second, first)) if (d := _day(int(y), a, b))]
            # "Wednesday, 07/08/2024": the weekday says which reading is meant (7 August)
            said = WEEKDAY_BEFORE.search(m.string, max(0, m.start() - 14), m.start())
            named = [d for d in readings if said and d.strftime("%A").lower() == said.group(1).lower()]
            return (named or readings or [None])[0]
        day = re.match(r"\d+", m.group("d")).group(0)
        parsed = dateparser.parse(f"{day} {m.group('m')} {y}", languages=["en"],
                                  settings={**SETTINGS, "DATE_ORDER": "DMY"})
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed else None


# A posting time stamp without a time zone ("1/30/2025 12:10:02 AM"): often UTC, a day off the date line.
UTC_STAMP = re.compile(r"[ \t]+\d{1,2}:\d\d(?::\d\d)?(?:[ \t]*[AP]M)?[ \t]*(?:\n|$)")
STAMP_REACH = 300  # how far after such a stamp a written date line is looked for (characters)


def document_date(text: str, dated_text: str, header_end: int, is_article: bool,
                  published: str | None = None, title: str | None = None) -> DateValue | None:
    """`dated_text` is the text with non-dated boilerplate blanked; `header_end` ends the region
    (before the first speaker turn) where a transcript's date line can be."""
    titled = title_date(title)
    meta = titled or _metadata_date(published)
    if is_article:
        return meta
    candidates = find_candidates(dated_text)
    dated_by_title = None if titled else title_year(title)
    years = [c.value.year for c in candidates if c.parts == "dmy"]
    if not years:
        return meta  # "a day and month with no year anywhere in the text gives null"
    # 1. the primary event, stated with a day: "spoke ... on February 13", "On 21 January, we agreed" (not a
    # later sentence's, when the primary event came first and happened "today": then the date line dates it)
    today = TODAY_LEAD.search(dated_text)
    for c in candidates:
        if (c.start >= header_end + 1200 and header_end) or (today and c.start > today.end()):
            break
        sentence = _sentence_around(dated_text, c.start, c.start + len(c.text))
        before = dated_text[max(0, c.start - 6):c.start]
        # the deed stated before its date, or after a date that opens the sentence: "spoke ... on February 13", "On
        # September 12, officials met" (not "detained … on 3 January and have now been held", nor "the talks they
        # have called for on 15 August")
        lead = sentence[:max(0, sentence.find(c.text))]
        opens = not re.sub(r"\b(?:[Oo]n|from)\s*$", "", lead).strip()   # "On September 12, officials met …"
        stated = EVENT_VERBS.search(sentence if opens else lead) and not CALLED_FOR.search(lead)
        if re.search(r"\b(?:[Oo]n|from)\s+$", before) and stated:
            value = c.value if c.parts == "dmy" else _with_year(c.value, _nearest_year(candidates, c))
            return DateValue(value.isoformat(), "day", c.text, c.start, c.end(value))
    # 2. a statement signed off with its place and date on its last lines ("… sovereignty. / Islamabad / 25 October
    # 2024"), else the first full date of the header (transcripts) or of the text (other documents)
    if (signed := sign_off(dated_text)) and not header_end:
        _, _, c = signed
        return DateValue(c.value.isoformat(), "day", c.text, c.start, c.end(c.value))
    full = [c for c in candidates if c.parts == "dmy" and (not header_end or c.start < header_end)]
    for k, c in enumerate(full):
        if _utc_stamp(c, dated_text) and any(not x.text[0].isdigit() and x.start - c.start < STAMP_REACH
                                             for x in full[k + 1:]):
            continue
        if meta and not header_end and c.value.isoformat() < _month_before(meta.value):
            return _stated(meta, full, dated_text)
        if dated_by_title and c.value.year < int(dated_by_title.value) - 1:
            continue   # a speech's story of 1944 under the title "… – Memorial Day 2022"
        return DateValue(c.value.isoformat(), "day", c.text, c.start, c.end(c.value))
    return _stated(dated_by_title, full, dated_text) if dated_by_title and not meta else meta


SIGNATORY_PLACE = re.compile(r"[A-Z][\w'’. -]{1,40}")


def sign_off(text: str) -> tuple[str, int, Candidate] | None:
    """A statement signed off with its place and its full date on its last lines ("… from their soil. / New
    Delhi / September 19, 2023"): the place's text and offset, and the date (its offset in `text`)."""
    body = text.rstrip()
    date_start = body.rfind("\n") + 1
    line = body[date_start:]
    dates = [c for c in find_candidates(line) if c.parts == "dmy" and c.text == line.strip()]
    above = body[:date_start].rstrip()
    place_start = above.rfind("\n") + 1
    place = above[place_start:].strip()
    if not dates or not SIGNATORY_PLACE.fullmatch(place):
        return None
    return place, place_start + above[place_start:].index(place), replace(dates[0], start=date_start + dates[0].start)


def _stated(meta: DateValue, full: list[Candidate], text: str) -> DateValue:
    """The metadata date where the text states it too ("Sept. 21, 2017" below an older crawler line; a
    "Date: 2024-03" line), so that it has its evidence; else the metadata date alone."""
    for c in full:
        if c.value.isoformat() == meta.value:
            return DateValue(meta.value, meta.precision, c.text, c.start)
    if meta.precision != "day" and (m := re.search(rf"(?<![\d-]){meta.value}(?![\d-])", text)):
        return DateValue(meta.value, meta.precision, m.group(0), m.start())
    return meta


def _utc_stamp(c: Candidate, text: str) -> bool:
    return c.text[0].isdigit() and UTC_STAMP.match(text, c.start + len(c.text)) is not None


def title_date(title: str | None) -> DateValue | None:
    """A full date stated in the title ("Press Release 13 July 2023"); its evidence is the title's words."""
    full = [c for c in find_candidates(title or "") if c.parts == "dmy"]
    return DateValue(full[0].value.isoformat(), "day", full[0].text) if full else None


def title_year(title: str | None) -> DateValue | None:
    """The one year a title names ("Ambassador Adler at Ardennes American Cemetery – Memorial Day 2022"; asked
    only of a title without a full date): the document is of that year, so a full date in the text years
    before it is a story told."""
    years = re.findall(rf"\b{YEAR}\b", title or "")
    return DateValue(years[0], "year", years[0]) if len(set(years)) == 1 else None


def _metadata_date(published: str | None) -> DateValue | None:
    """An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) from the input's metadata; its evidence text is empty."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:[T ].*)?", (published or "").strip())
    if not m:
        return None
    try:
        date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return None
    value = "-".join(p for p in m.groups() if p)
    return DateValue(value, ("year", "month", "day")[value.count("-")], "")


def _month_before(iso: str) -> str:
    y, m, *_ = (iso + "-01-01").split("-")
    return f"{int(y) - 1}-12" if m == "01" else f"{y}-{int(m) - 1:02d}"


def _nearest_year(candidates: list[Candidate], c: Candidate) -> int:
    full = [x for x in candidates if x.parts == "dmy"]
    return min(full, key=lambda x: abs(x.start - c.start)).value.year


def _with_year(value: date, year: int) -> date:
    try:
        return value.replace(year=year)
    except ValueError:  # 29 February
        return value.replace(year=year, day=28)


# A sentence's end: a full stop, not one of "4:05 p.m.", "Mr.", "U.S." ("commencing at 4:05 p.m. … held a meeting").
SENTENCE_END = re.compile(rf"(?!(?<=\b[ap]\.m)\.)(?!{ABBR_DOT})\.[ \t]|\n")


def _sentence_around(text: str, start: int, end: int) -> str:
    reach = max(0, start - 2000)
    left = max((m.end() for m in SENTENCE_END.finditer(text, reach, start)), default=reach)
    right = next((m.start() for m in SENTENCE_END.finditer(text, end)), len(text))
    return text[left:right]
