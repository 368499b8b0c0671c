"""doc_type from the title, the speaker turns and cues in the opening text (devset README 3.1)."""

from __future__ import annotations

import re

from dyads.models import Speaker

TITLE_RULES = [  # first match wins; checked against the title, then the opening lines
    ("article", re.compile(r"^\s*=?\s*[\w .'’()-]+\s*[–—-]\s*[\w .'’()-]+ relations\s*=?\s*$|\brelations\b.*"
                           r"(?:wikipedia|encyclop)", re.I | re.M)),
    ("transcript", re.compile(r"\bjoint press (?:conference|availability)\b|\bpress conference\b|"
                              r"\b(?:remarks|statements)\b.*\b(?:with|and)\b.*\b(?:Minister|President|Chancellor|"
                              r"Secretary|King|Chancellor)", re.I)),
    ("joint_statement", re.compile(r"\bjoint (?:statement|declaration|communiqu[eé])\b", re.I)),
    ("press_release", re.compile(r"\bpress (?:release|statement)\b|\bmedia note\b|\bfact sheet\b|"
                                 r"\btravels? to\b|\bstatement (?:by|from|on)\b|\bnational day\b|"
                                 r"^[A-Z][a-z]+, \d{1,2} [A-Z][a-z]+ \d{4}:", re.I | re.M)),
    ("readout", re.compile(r"\breadout\b|foreign ministers[’'] meeting|\bsummit meeting\b|"
                           r"[’']s (?:call|meeting|phone call) with\b", re.I)),
    ("remarks", re.compile(r"^(?:remarks|speech|address)\b|\bremarks (?:by|at)\b", re.I)),
    ("briefing", re.compile(r"\b(?:press|daily|background|special) briefing\b|\bbriefing with\b", re.I)),
    ("interview", re.compile(r"\binterview\b", re.I)),
]
READOUT_TEXT = re.compile(
    r"^(?:(?:U\.S\. )?Secretary|President|Prime Minister|Minister|The (?:Secretary|President))[^.\n]{0,120}"
    r"\b(?:met|spoke|held a (?:phone|telephone|video)? ?(?:call|conversation|meeting)|hosted|called)\b",
    re.I | re.M)
ARTICLE_TEXT = re.compile(r"^\s*=+ .+ =+\s*$|\bbilateral relations between\b|\[\d+\]", re.M)


def classify(title: str | None, text: str, speakers: list[Speaker]) -> str:
    opening = text[:1500]
    labels = {s.label.upper() for s in speakers}
    officials = [s for s in speakers if s.role_type not in ("journalist", "moderator", "other")]
    has_questions = any(lab in ("QUESTION", "Q", "REPORTER") for lab in labels)
    for doc_type, rule in TITLE_RULES:
        if title and rule.search(title):
            return _refine(doc_type, officials, has_questions)
    if ARTICLE_TEXT.search(opening) and not speakers and re.search(r"\brelations\b", opening, re.I):
        return "article"
    for doc_type, rule in TITLE_RULES[1:]:
        if rule.search(opening):
            return _refine(doc_type, officials, has_questions)
    if len(officials) >= 2:
        return "transcript"
    if has_questions and len(officials) == 1:
        return "briefing" if officials[0].role_type == "spokesperson" else "interview"
    if len(officials) == 1 or re.search(r"\bremarks\b|\bas prepared\b|\bspeech\b", opening, re.I):
        return "remarks"
    if READOUT_TEXT.search(opening):
        return "readout"
    if speakers:
        return "transcript"
    return "press_release" if re.search(r"\bpress\b|\bspokesperson\b|\btoday\b", opening, re.I) else "other"


def _refine(doc_type: str, officials: list[Speaker], has_questions: bool) -> str:
    """A title naming a meeting may head a transcript of the joint press appearance."""
    if doc_type in ("readout", "press_release", "remarks") and len(officials) >= 2:
        return "transcript"
    if doc_type == "press_release" and has_questions:
        return "briefing"
    return doc_type
