"""Mentions: each alias span or person becomes an actor with a kind, a state and a confidence.

The rules users expect (devset README 3.5):
* a name, abbreviation, demonym or historical polity is the state ("Belgian" → BEL);
* a capital or seat of government counts only as a metonym for the government ("Moscow's aggression",
  "the Kremlin said"); after a place preposition ("met in Bucharest"), after "Embassy", or before
  ", Country" it is a place, stored but not a country mention;
* "Brussels" as an actor is the EU or NATO when the sentence is about them, else Belgium;
* "Washington, D.C." is a place; a bare "Washington" is the U.S. government unless used as a place;
* a person is an office-holder when the title before the name, or the full name, fits a holder in
  office on the document's date ("President Biden" in 2023 → person:joe-biden, USA). People do not make
  their state a country mention ("President Biden" alone does not mention USA).
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span

from dyads.actors import kb
from dyads.actors.matcher import AliasMatch, actor_matcher
from dyads.models import Mention

PLACE_PREPOSITIONS = {"in", "to", "from", "at", "near", "outside", "via", "visit", "visiting", "visited", "toward",
                      "towards", "into", "across", "around", "throughout", "embassy", "consulate", "mission", "of"}
STATE_KINDS = {"name": 0.95, "abbreviation": 0.9, "demonym": 0.9, "historical": 0.85}
# Title words before a name, and the office type they point to.
TITLES = {
    "president": "head_of_state", "king": "head_of_state", "queen": "head_of_state", "emperor": "head_of_state",
    "prime": "head_of_government", "premier": "head_of_government", "chancellor": "head_of_government",
    "minister": "foreign_minister", "secretary": "foreign_minister", "eam": "foreign_minister",
    "representative": "foreign_minister", "spokesperson": "spokesperson", "spokesman": "spokesperson",
}


def resolve(sdoc: Doc, doc_date: date | None) -> list[Mention]:
    from dyads.nlp import load_nlp

    matcher = actor_matcher(load_nlp())
    persons = [e for e in sdoc.ents if e.label_ == "PERSON"]
    person_tokens = {i for e in persons for i in range(e.start, e.end)}
    mentions = []
    for m in matcher(sdoc):
        if m.kind not in ("name",) and any(i in person_tokens for i in range(m.span.start, m.span.end)) \
                and not m.is_org:
            continue  # "Chad Smith", "Georgia Meloni": part of a person's name
        mention = _alias_mention(m)
        if mention:
            mentions.append(mention)
    taken = {i for mn in mentions for i in range(mn.start, mn.end)}
    for ent in persons:
        if ent.start_char in taken:
            continue
        mention = person_mention(ent, doc_date)
        if mention:
            mentions.append(mention)
    return sorted(mentions, key=lambda mn: mn.start)


def _alias_mention(m: AliasMatch) -> Mention | None:
    span = m.span
    if m.is_org:
        return Mention(span.start_char, span.end_char, span.text, m.code, "organization", None, 0.95, "org-alias")
    if m.kind in STATE_KINDS:
        return Mention(span.start_char, span.end_char, span.text, m.code, "state", m.code, STATE_KINDS[m.kind],
                       m.kind)
    # metonyms: capitals, seats of government, buildings
    if _used_as_place(span):
        return Mention(span.start_char, span.end_char, span.text, m.code, "place", m.code, 0.8, "place")
    if span.text == "Brussels":
        sentence = span.sent.text
        for org in ("NATO", "EU"):
            if re.search(rf"\b{org}\b|\bEuropean Union\b" if org == "EU" else rf"\b{org}\b", sentence):
                return Mention(span.start_char, span.end_char, span.text, org, "organization", None, 0.6,
                               "brussels-context")
    return Mention(span.start_char, span.end_char, span.text, m.code, "state", m.code, 0.7, "metonym")


def _used_as_place(span: Span) -> bool:
    doc = span.doc
    if "," in span.text or "." in span.text:
        return True  # "Washington, D.C."
    if span.root.dep_ in ("compound", "nmod", "amod") and span.root.head.pos_ in ("NOUN", "PROPN"):
        return True  # "the Brussels attack", "the Paris agreement": a place naming something
    before = [t for t in doc[max(0, span.start - 3):span.start] if not t.is_space]
    if before and before[-1].lower_ == "the":
        before = before[:-1]
    if before and before[-1].lower_ in PLACE_PREPOSITIONS:
        return True
    after = [t for t in doc[span.end:span.end + 3] if not t.is_space]
    if after and after[0].text == ",":
        following = kb.country_alias(after[1].text) if len(after) > 1 else None
        if following and following.kind == "name":
            return True  # "Brussels, Belgium"
    # a dateline or caption line of its own: "Brussels" / "Moscow, 12 May"
    text = doc.text
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    return line == span.text or (len(line) <= 60 and line.startswith(span.text + ","))


def person_mention(ent: Span, doc_date: date | None) -> Mention | None:
    """An office-holder, if the title before the name or the full name says so."""
    words = ent.text.split()
    if not words:
        return None
    surname = kb.strip_possessive(words[-1])
    before = [t.lower_ for t in ent.doc[max(0, ent.start - 5):ent.start] if not t.is_space]
    role_type = next((TITLES[w] for w in reversed(before) if w in TITLES), None)
    holders = kb.find_office_holders(surname, doc_date, role_type)
    if not holders:
        return None
    best = holders[0]
    full = kb.fold(ent.text) in {kb.fold(n) for n in (best.name, *best.aliases)}
    in_office = doc_date is not None and best.in_office(doc_date)
    if not (full or role_type or in_office):
        return None
    confidence = 0.9 if (full and in_office) else 0.8 if (role_type and in_office) else 0.6
    country = None if best.country in ("EU", "NATO", "UN", "AU") else best.country
    return Mention(ent.start_char, ent.end_char, ent.text, person_id(best.name), "person", country, confidence,
                   "office-holder")


def person_id(name: str) -> str:
    return "person:" + re.sub(r"[^a-z0-9]+", "-", kb.fold(name)).strip("-")


HEADLINE_WORDS = {"And", "With", "At", "To", "On", "In", "Of", "For", "Before", "After", "During", "Following",
                  "Call", "Calls", "Meeting", "Meets", "Met", "Travels", "Remarks", "Statement", "Interview", "Joint",
                  "Press", "Visit", "Visits", "Says", "Speaks", "Hosts", "Welcomes", "Delivers", "Discusses"}
TITLE_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|bin|al|de|del|van|von))*")


def title_mentions(title: str | None, doc_date: date | None) -> list[Mention]:
    """States, organisations and office-holders named in a title (offsets index the title).

    Titles are short and almost always name officials, so a tokenizer pass, the alias matcher and the
    office-holder table suffice: no model run."""
    if not title:
        return []
    from dyads.nlp import load_nlp

    nlp = load_nlp()
    tdoc = nlp.make_doc(title)
    out = [mn for m in actor_matcher(nlp)(tdoc) if m.kind != "metonym" and (mn := _alias_mention(m))]
    taken = {i for mn in out for i in range(mn.start, mn.end)}
    for m in TITLE_NAME.finditer(title):
        words = m.group(0).split()
        for i in range(len(words), 0, -1):
            surname = kb.strip_possessive(words[i - 1])
            if m.start() in taken or len(surname) < 3:
                continue
            following = words[i] if i < len(words) else ""
            if following and following not in HEADLINE_WORDS and not words[i - 1].endswith(("’s", "'s")):
                continue  # "Secretary Lee Satterfield": Lee is a given name here
            before = title[:m.start()].lower().split()[-3:] + [w.lower() for w in words[:i - 1]]
            role_type = next((TITLES[w] for w in reversed(before) if w in TITLES), None)
            holders = kb.find_office_holders(surname, doc_date, role_type)
            if holders and (role_type or (doc_date and holders[0].in_office(doc_date))):
                h = holders[0]
                country = None if h.country in ("EU", "NATO", "UN", "AU") else h.country
                out.append(Mention(m.start(), m.end(), m.group(0), person_id(h.name), "person", country, 0.7,
                                   "office-holder"))
                break
    return out
