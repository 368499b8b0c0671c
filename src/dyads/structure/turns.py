"""Speaker turns: find the labels that open turns ("SECRETARY BLINKEN:", "QUESTION:",
"Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs:", labels inside flattened one-line text) and
cut the text into turns.

Counting follows the devset rule exactly: a turn is an occurrence of `LABEL\\s*:` not preceded by a
letter. Finding which strings are labels is the hard part and is done on the masked text, so a
banner or a forum header ("Author Topic:") never becomes a speaker.
"""

from __future__ import annotations

import re

from dyads.models import Turn

WORD = r"[^\W\d_][\w.'’\-]*"
# An upper-case label of one to seven words at a line start: "MR PRICE", "FOREIGN MINISTER ÇAVUŞOĞLU".
LINE_LABEL = re.compile(rf"^[ \t•*>-]*(?P<label>{WORD}(?:[ \t]+{WORD}){{0,6}})[ \t]*:(?=\s)", re.M)
# The same inside flattened text: after the end of a sentence.
INLINE_LABEL = re.compile(rf"(?<=[.?!”\"’)\]—–-])[ \t]+(?P<label>{WORD}(?:[ \t]+{WORD}){{0,6}})[ \t]*:(?=\s)")
# "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs:" / "Dr S. Jaishankar, India’s External Affairs Minister:"
NAME_ROLE_LABEL = re.compile(r"^[ \t]*(?P<label>[^\W\d_][^\n:,]{2,60},[^\n:]{3,80}?)[ \t]*:(?=\s)", re.M)
ROLE_WORDS = re.compile(
    r"\b(?:Minister|Secretary|President|Ambassador|Spokesperson|Spokesman|Representative|Chancellor|"
    r"Premier|Governor|Director|Commissioner|Chairman|Chair|King|Queen|Prince|Senator|Moderator|Official|Officer|"
    r"Mayor|Envoy|Coordinator|Administrator|General|Admiral|Spokesperson|Leader|Speaker|Chargé|Charge)\b", re.I)
GENERIC_LABELS = {"QUESTION", "Q", "REPORTER", "MODERATOR", "INTERPRETER", "STAFF", "PARTICIPANT",
                  "AUDIENCE MEMBER", "JOURNALIST", "OPERATOR", "AUDIENCE", "ANSWER", "A"}
TITLE_START = re.compile(
    r"^(?:Mr\.?|Ms\.?|Mrs\.?|Dr\.?|H\.E\.|Secretary|Foreign Minister|Minister|Prime Minister|President|"
    r"Ambassador|Spokesperson|Deputy|Under Secretary|Assistant Secretary|Chancellor|Senator)\b")
HONORIFIC = re.compile(r"^(?:MR|MS|MRS|DR|H\.E)\b\.?")
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
    for m in INLINE_LABEL.finditer(masked):
        candidates.setdefault(m.group("label").strip(), "inline")
    counts = {label: count_turns(label, masked) for label in candidates}
    total = sum(counts.values())
    labels = [
        label for label, how in candidates.items()
        if how == "name_role" or _is_label(label, counts[label], total, masked, inline=how == "inline")
    ]
    return _drop_nested(labels)


def _is_label(label: str, count: int, total: int, text: str, inline: bool) -> bool:
    if any(ch.isdigit() for ch in label) or len(label) > 60:
        return False
    collapsed = re.sub(r"\s+", " ", label).upper().rstrip(".")
    if collapsed in NOT_SPEAKERS:
        return False
    if collapsed in GENERIC_LABELS:
        return True
    titled = bool(ROLE_WORDS.search(label) or HONORIFIC.match(collapsed))
    if label == label.upper():
        if sum(ch.isalpha() for ch in label) < 2:
            return False
        if titled:
            return True
        # a bare name ("JULIE BISHOP"), not a heading ("ROBUST SECURITY RELATIONSHIP"): a short run of
        # words without function words, used as a label twice or written as a name elsewhere
        words = collapsed.split()
        if len(words) > 3 or any(w in FUNCTION_WORDS for w in words):
            return False
        return count >= 2 or re.search(re.escape(label.title()), text) is not None
    if inline:
        return False
    # Title case ("Foreign Minister Wong"): only in a document that really alternates speakers, since a
    # single "Ambassador Cohen: A brief reflection..." is a headline
    words = label.split()
    return (bool(TITLE_START.match(label)) and 2 <= len(words) <= 5 and all(w[0].isupper() for w in words)
            and total >= 3)


def _name_and_role(label: str) -> bool:
    """'Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs', not a salutation or a caption."""
    if label.count(",") != 1:
        return False
    name, role = (part.strip() for part in label.split(","))
    words = name.split()
    return (2 <= len(words) <= 5 and all(w[0].isupper() for w in words) and bool(role) and role[0].isupper()
            and bool(ROLE_WORDS.search(role)) and "Dear" not in words)


def _drop_nested(labels: list[str]) -> list[str]:
    """'BLINKEN' is not a second speaker when 'SECRETARY BLINKEN' is a label."""
    return [a for a in labels if not any(a != b and re.search(rf"(?<![A-Za-z]){re.escape(a)}$", b) for b in labels)]


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
