"""Speaker turns: find the labels that open turns ("SECRETARY BLINKEN:", "QUESTION:",
"Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs:", labels inside flattened one-line text) and
cut the text into turns.

Counting follows the devset rule exactly: a turn is an occurrence of `LABEL\\s*:` not preceded by a
letter. Finding which strings are labels is the hard part and is done on the masked text, so a
banner or a forum header ("Author Topic:") never becomes a speaker.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from dyads.actors import kb
from dyads.models import Turn

WORD = r"[^\W\d_][\w.'’\-]*"
# What follows a label's colon: white space, or at a line start the turn's first capital ("Morita:North Korea…")
AFTER = r"(?=\s|[^\W\d_](?<=[A-Z“\"‘'(]))"
# A note on how the words reached the page, kept in the label as written: "… Umaro Sissoco Embaló (retranslated):"
LABEL_NOTE = (r"[ \t]+\((?i:re-?translated|translated|interpreted|interpretation|as interpreted|via (?:an )?"
              r"interpreter|through (?:an )?interpreter)\)")
# A label of one to seven words at a line start: "MR PRICE", "FOREIGN MINISTER ÇAVUŞOĞLU", "Julie Bishop".
LINE_LABEL = re.compile(rf"^[ \t•*>-]*(?P<label>{WORD}(?:[ \t]+{WORD}){{0,6}}(?:{LABEL_NOTE})?)[ \t]*:{AFTER}",
                        re.M)
# A questioner named with the outlet in brackets: "Q (Reuters):", "QUESTION (ERR News):"
QUESTIONER = re.compile(r"(?:Q|QUESTION|Question|REPORTER|Reporter|JOURNALIST|Journalist)[ \t]*\((?P<outlet>[^()\n:]"
                        r"{1,40})\)")
QUESTIONER_LABEL = re.compile(rf"^[ \t]*(?P<label>{QUESTIONER.pattern})[ \t]*:{AFTER}", re.M)
# The same inside flattened text: after the end of a sentence.
INLINE_LABEL = re.compile(rf"(?<=[.?!”\"’)\]—–-])[ \t]+(?P<label>{WORD}(?:[ \t]+{WORD}){{0,6}})[ \t]*:(?=\s)")
# A statement's dateline, then its speaker and the quotation: "Washington, DC - Secretary of State Michael R. Pompeo:
# “On behalf of …”" (once in the text, but no headline: the colon opens the quoted words)
DATELINE_LABEL = re.compile(rf"^[ \t]*[A-Z][\w.'’ ]{{1,30}}(?:,[ \t]*[A-Z][\w.]{{1,20}})?[ \t]+[-–—][ \t]+"
                            rf"(?P<label>{WORD}(?:[ \t]+{WORD}){{0,6}})[ \t]*:[ \t]*(?=[“\"])", re.M)
# "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs:" / "Dr S. Jaishankar, India’s External Affairs Minister:"
# and a questioner's "NHK, Morita:" / "Ukai, TV Tokyo:"
NAME_ROLE_LABEL = re.compile(rf"^[ \t]*(?P<label>[^\W\d_][^\n:,]{{1,60}},[^\n:]{{2,80}}?)[ \t]*:{AFTER}", re.M)
ROLE_WORDS = re.compile(
    r"\b(?:Minister|Secretary|President|Ambassador|Spokesperson|Spokesman|Representative|Chancellor|"
    r"Premier|Governor|Director|Commissioner|Chairman|Chair|King|Queen|Prince|Senator|Moderator|Official|Officer|"
    r"Mayor|Envoy|Coordinator|Administrator|General|Admiral|Spokesperson|Leader|Speaker|Chargé|Charge)\b", re.I)
QUESTIONERS = {"QUESTION", "Q", "REPORTER", "JOURNALIST"}   # labels of whoever asks a briefing's questions
SPOKESPERSON_LABELS = {"SPOKESPERSON", "DEPUTY SPOKESPERSON", "SPOKESMAN", "SPOKESWOMAN"}   # the publisher's
GENERIC_LABELS = {"QUESTION", "Q", "REPORTER", "MODERATOR", "INTERPRETER", "STAFF", "PARTICIPANT",
                  "AUDIENCE MEMBER", "JOURNALIST", "OPERATOR", "AUDIENCE", "ANSWER", "A"} | SPOKESPERSON_LABELS
TITLE_START = re.compile(
    r"^(?:Mr\.?|Ms\.?|Mrs\.?|Dr\.?|H\.E\.|Secretary|Foreign Minister|Minister|Prime Minister|President|"
    r"Ambassador|Spokesperson|Deputy|Under Secretary|Assistant Secretary|Chancellor|Senator)\b")
HONORIFIC = re.compile(r"^(?:MR|MS|MRS|DR|H\.E)\b\.?")
# A surname written after a title elsewhere in the text: "JULIE BISHOP:" once, and "Ms Bishop" in the text
TITLED_SURNAME = r"\b(?:Mr|Ms|Mrs|Dr|Minister|Secretary|President|Ambassador|Chancellor|Senator|Premier)\.?\s+{}\b"
# The end of an attribution clause, never a label: "A Foreign Office spokesperson said:"
ATTRIBUTION = re.compile(r"\b(?:said|says|stated|states|added|adds|told|noted|wrote|declared|announced)$", re.I)
INSTITUTION = re.compile(r"^(?:The )?(?:Office|Ministry|Department|Embassy|Government|Mission|Bureau)\b")
LOWER_NAME_WORDS = {"of", "for", "the", "and", "d’Affaires", "d'Affaires", "de", "van", "von", "der", "bin"}
FUNCTION_WORDS = {"AND", "OF", "THE", "FOR", "IN", "ON", "TO", "A", "AN", "WITH", "AT", "BY", "OUR", "NEW"}
# Upper-case words that open a line with a colon but are not speakers.
NOT_SPEAKERS = {
    "NOTE", "NOTES", "SOURCE", "SUBJECTS", "SUBJECT", "UPDATE", "PHOTO", "PHOTOS", "TAGS", "BEGIN TEXT",
    "END TEXT", "EDITOR'S NOTE", "EDITORS NOTE", "DATE", "TIME", "LOCATION", "WHERE", "WHEN", "WHAT", "RE",
    "TOPICS", "TOPIC", "AGENDA", "PARTICIPANTS", "ATTENDEES", "CC", "FROM", "TO", "BY", "PS", "P.S",
    "TEL", "FAX", "E-MAIL", "EMAIL", "WEBSITE", "URL", "SEE ALSO", "READ MORE", "MEDIA NOTE", "FACT SHEET",
    "ALSO", "AND", "BUT", "SO", "THE", "I", "WE", "OK", "OKAY", "YES", "NO", "EDT", "EST", "GMT", "UTC",
}
INTERPRETER_NOTE = re.compile(r"\A[ \t\u00a0]*\((?:via interpreter|as interpreted|through an interpreter|"
                              r"in [A-Z][a-z]+(?:,? via interpreter)?)\)", re.I)


def find_labels(masked: str) -> list[str]:
    """Labels that open turns, in order of first appearance."""
    candidates: dict[str, str] = {}  # label -> how it was found
    for m in LINE_LABEL.finditer(masked):
        candidates.setdefault(m.group("label").strip(), "line")
    for m in NAME_ROLE_LABEL.finditer(masked):
        label = m.group("label").strip()
        if _name_and_role(label):
            candidates.setdefault(label, "name_role")
    for m in QUESTIONER_LABEL.finditer(masked):
        candidates.setdefault(m.group("label").strip(), "name_role")
    for m in DATELINE_LABEL.finditer(masked):
        if ROLE_WORDS.search(m.group("label")):
            candidates.setdefault(m.group("label").strip(), "name_role")
    for m in INLINE_LABEL.finditer(masked):
        candidates.setdefault(m.group("label").strip(), "inline")
    counts = {label: count_turns(label, masked) for label in candidates}
    total = sum(counts.values())
    labels = [
        label for label, how in candidates.items()
        if how == "name_role" or _is_label(label, counts[label], total, masked, inline=how == "inline")
    ]
    if any(_collapsed(label) in QUESTIONERS for label in labels):
        # a briefing's answerer labelled by surname alone ("Question: … Kanaani: …"): one title-case word used as a
        # label twice or more, in a text whose questions are labelled
        labels += [label for label, how in candidates.items() if how == "line" and label not in labels
                   and re.fullmatch(r"[A-Z][a-z'’\-]+", label) and counts[label] >= 2
                   and _collapsed(label) not in NOT_SPEAKERS]
    return _drop_nested(labels)


def _collapsed(label: str) -> str:
    return re.sub(r"\s+", " ", core_label(label)).upper().rstrip(".")


def core_label(label: str) -> str:
    """The label without its note on translation: 'Umaro Sissoco Embaló (retranslated)' → '… Embaló'."""
    return re.sub(rf"{LABEL_NOTE}$", "", label)


def _is_label(label: str, count: int, total: int, text: str, inline: bool) -> bool:
    label = core_label(label)
    if any(ch.isdigit() for ch in label) or len(label) > 60:
        return False
    collapsed = _collapsed(label)
    if collapsed in NOT_SPEAKERS:
        return False
    if collapsed in GENERIC_LABELS or outlet(label):   # "CCTV:", "Reuters:": a questioner named by the outlet
        return True
    titled = bool(ROLE_WORDS.search(label) or HONORIFIC.match(collapsed))
    words = collapsed.split()
    # a bare name ("JULIE BISHOP", "Julie Bishop"), not a heading ("ROBUST SECURITY RELATIONSHIP"): a short
    # run of words without function words, used as a label twice or written as a name elsewhere
    short = len(words) <= 3 and not any(w in FUNCTION_WORDS for w in words)
    if label == label.upper():
        if sum(ch.isalpha() for ch in label) < 2:
            return False
        if titled:
            return True
        if not short:
            return False
        surname = re.escape(label.split()[-1].title())
        return (count >= 2 or re.search(re.escape(label.title()), text) is not None
                or re.search(TITLED_SURNAME.format(surname), text) is not None or _office_holder(label))
    if inline or not all(w[0].isupper() for w in label.split() if w not in LOWER_NAME_WORDS):
        return False
    # Title case ("Foreign Minister Wong", "South Korean Foreign Minister Kang Kyung-wha", "Julie Bishop"):
    # only in a document that really alternates speakers, since a single "Ambassador Cohen: A brief
    # reflection..." is a headline
    if INSTITUTION.match(label):  # "Office of the United States Trade Representative : Joint Release …"
        return False
    if TITLE_START.match(label) or (ROLE_WORDS.search(label) and not ATTRIBUTION.search(label)):
        return 2 <= len(words) <= 7 and (total >= 3 or count >= 2 or _relabelled(label, text))
    return short and len(words) >= 2 and (count >= 2 or _relabelled(label, text)) and total >= 3


def _office_holder(label: str) -> bool:
    """'JULIE BISHOP' is a name the office-holder table knows."""
    return any(kb.is_full_name(label, h) for h in kb.find_office_holders(label.split()[-1]))


def _relabelled(label: str, text: str) -> bool:
    """The same person labelled again in another form: 'Chargé d’Affaires Matt Lussenhop:' … 'Chargé
    d’Affaires Lussenhop:'."""
    surname = re.escape(label.split()[-1])
    return len(re.findall(rf"^[^\n:]*\b{surname}(?:{LABEL_NOTE})?[ \t]*:", text, re.M)) >= 2


def _name_and_role(label: str) -> bool:
    """'Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs', not a salutation or a caption."""
    if label.count(",") != 1 or ATTRIBUTION.search(label):
        return False
    name, role = (part.strip() for part in label.split(","))
    if ROLE_WORDS.search(name) and a_name(role):   # "Foreign Secretary, Shri Vikram Misri": the role first
        return True
    words = name.split()
    if not role or not role[0].isupper() or "Dear" in words or words[0] in ("A", "An", "The"):
        return False
    if is_outlet_label(label):
        return True
    return 2 <= len(words) <= 5 and all(w[0].isupper() for w in words) and bool(ROLE_WORDS.search(role))


NAME_HONORIFIC = re.compile(r"^(?:Shri|Smt\.?|Sri|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|H\.E\.?|Dato['’]?)\s+")


def a_name(text: str) -> bool:
    """'Shri Vikram Misri', 'Dr. Ana Soto': two to four capitalised words after an optional honorific."""
    words = NAME_HONORIFIC.sub("", text).split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not ROLE_WORDS.search(text)


def is_outlet_label(label: str) -> bool:
    """A questioner named with a news outlet, either way round: 'NHK, Morita', 'Ukai, TV Tokyo'."""
    parts = [part.strip() for part in label.split(",")]
    return (len(parts) == 2 and all(1 <= len(p.split()) <= 3 and p[0].isupper() for p in parts)
            and any(outlet(p) for p in parts))


def outlet(text: str) -> bool:
    return " ".join(text.split()).casefold() in news_outlets()


@cache
def news_outlets() -> frozenset[str]:
    """News agencies, broadcasters and papers whose reporters ask questions at ministry press conferences."""
    rows = (resources.files("dyads.structure") / "data" / "news_outlets.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().casefold() for line in rows.splitlines() if line.strip() and line[0] != "#")


def _drop_nested(labels: list[str]) -> list[str]:
    """'BLINKEN' is not a second speaker when 'SECRETARY BLINKEN' is a label; 'Foreign Minister' after
    'Penny Wong, Foreign Minister' is the same person's shorter label, which the annotation keeps."""
    def nested(a: str, b: str) -> bool:
        inside = a != b and re.search(rf"(?<![A-Za-z]){re.escape(a)}$", b) is not None
        return inside and not b[:-len(a)].rstrip().endswith(",")

    return [a for a in labels if not any(nested(a, b) for b in labels)]


def label_pattern(label: str) -> re.Pattern[str]:
    """The devset's turn rule for one label: `(?<![A-Za-z])LABEL\\s*:`."""
    return re.compile(r"(?<![A-Za-z])" + re.escape(label) + r"\s*:")


def count_turns(label: str, text: str) -> int:
    return len(label_pattern(label).findall(text))


def segment(text: str, masked: str, labels: list[str]) -> list[Turn]:
    """Cut the text into turns at each label occurrence outside boilerplate."""
    starts: dict[int, tuple[str, int]] = {}
    for label in labels:
        for m in label_pattern(label).finditer(masked):
            # keep the longest label at a position ("SECRETARY BLINKEN" over a nested "BLINKEN")
            if m.start() not in starts or len(label) > len(starts[m.start()][0]):
                starts[m.start()] = (label, m.end())
    positions = sorted(starts)
    content_end = len(masked.rstrip())
    turns = []
    for i, pos in enumerate(positions):
        label, after = starts[pos]
        end = positions[i + 1] if i + 1 < len(positions) else content_end
        note = INTERPRETER_NOTE.match(text[after:end])
        text_start = after + (note.end() if note else 0)
        while text_start < end and text[text_start] in " \t\u00a0":
            text_start += 1
        turns.append(Turn(label=label, start=pos, end=max(end, text_start), text_start=text_start,
                          interpreted=bool(note)))
    return turns
