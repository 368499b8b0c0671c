"""Who each label is: name, role, role_type and country, from the document's own evidence first
(the label, the title, "Egyptian Foreign Minister Sameh Shoukry", "Prime Minister Rishi Sunak of the
United Kingdom", "welcome to Belgium" said by the host) and the office-holder table second.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from dyads.actors import kb
from dyads.models import Location, Speaker
from dyads.structure.turns import (
    GENERIC_LABELS,
    NAME_HONORIFIC,
    QUESTIONER,
    QUESTIONERS,
    ROLE_WORDS,
    SPOKESPERSON_LABELS,
    a_name,
    core_label,
    count_turns,
    is_outlet_label,
    outlet,
)

TITLE_WORDS = [  # longest first; (words, role_type)
    ("MINISTER OF FOREIGN AFFAIRS", "foreign_minister"), ("MINISTER FOR FOREIGN AFFAIRS", "foreign_minister"),
    ("EXTERNAL AFFAIRS MINISTER", "foreign_minister"), ("DEPUTY PRIME MINISTER", "official"),
    ("FOREIGN SECRETARY", "foreign_minister"), ("FOREIGN MINISTER", "foreign_minister"),
    ("SECRETARY OF STATE", "foreign_minister"), ("SECRETARY OF DEFENSE", "official"),
    ("DEPUTY SECRETARY", "official"), ("ASSISTANT SECRETARY", "official"), ("UNDER SECRETARY", "official"),
    ("HIGH REPRESENTATIVE", "foreign_minister"), ("SECRETARY GENERAL", "official"),
    ("PRIME MINISTER", "official"), ("VICE PRESIDENT", "official"), ("PRESIDENT", "official"),
    ("CHANCELLOR", "official"), ("AMBASSADOR", "official"), ("CHARGE D'AFFAIRES", "official"),
    ("SECRETARY", "foreign_minister"),
    ("MINISTER", "official"), ("SENATOR", "official"), ("KING", "official"), ("QUEEN", "official"),
    ("SPOKESPERSON", "spokesperson"), ("SENIOR ADMINISTRATION OFFICIAL", "official"),
    ("SENIOR STATE DEPARTMENT OFFICIAL", "official"), ("MR", "spokesperson"), ("MS", "spokesperson"),
    ("MRS", "spokesperson"), ("DR", "official"), ("H.E.", "official"),
]
JOURNALIST_LABELS = QUESTIONERS | {"AUDIENCE", "AUDIENCE MEMBER", "PARTICIPANT"}
NAME_WORD = r"[A-Z][\w'’.-]*"
TITLE_TOKENS = {"secretary", "minister", "foreign", "prime", "president", "deputy", "state", "of", "for",
                "affairs", "affaires", "defense", "defence",
                "external", "u.s.", "us", "ambassador", "spokesperson", "the", "and", "general",
                "chancellor", "vice", "assistant", "under", "senior", "official", "high", "representative"}


def resolve_speakers(labels: list[str], text: str, masked: str, title: str | None, location: Location | None,
                     doc_date: date | None, turn_texts: dict[str, str], publisher: str | None = None) -> list[Speaker]:
    """`publisher`: the government whose own site this is; an official whose state nothing else names
    ("Official Spokesperson:", "Foreign Secretary, Shri Vikram Misri:" on mea.gov.in) is its own."""
    evidence = f"{title or ''}\n{masked}"
    speakers = [_resolve(label, text, evidence, title, location, doc_date, turn_texts.get(label, ""), publisher)
                for label in labels]
    for speaker in speakers:
        if speaker.country is None and speaker.organization is None and speaker.role_type not in (
                "journalist", "moderator", "other") and publisher in kb.countries():
            speaker.country = publisher
    for speaker in speakers:  # "Foreign Minister:" after "Penny Wong, Foreign Minister:" is the same person
        fuller = next((s for s in speakers if s.label != speaker.label and "," in s.label
                       and s.label.split(",", 1)[1].strip() == speaker.label), None)
        if fuller and speaker.name is None:
            speaker.name, speaker.country, speaker.aliases = fuller.name, fuller.country, fuller.aliases
            speaker.role, speaker.role_type = fuller.role, fuller.role_type
    return speakers


def _resolve(label: str, text: str, evidence: str, title: str | None, location: Location | None,
             doc_date: date | None, own_words: str, publisher: str | None) -> Speaker:
    speaker = Speaker(label=label, turns=count_turns(label, text))
    if asked := QUESTIONER.fullmatch(label):   # "Q (Reuters)": a journalist of that outlet
        speaker.role_type, speaker.role = "journalist", asked.group("outlet").strip()
        return speaker
    label = core_label(label)   # "… Embaló (retranslated)": the person is the label without the note
    upper = re.sub(r"\s+", " ", label).upper().rstrip(".")
    if is_outlet_label(label):  # "NHK, Morita" or "Ukai, TV Tokyo": the outlet is the role; `organization`
        first, second = (part.strip() for part in label.split(","))  # stays for actors (EU, NATO)
        speaker.role_type = "journalist"
        speaker.name, speaker.role = (second, first) if outlet(first) else (first, second)
        return speaker
    if upper in JOURNALIST_LABELS or outlet(label):
        speaker.role_type = "journalist"
        speaker.name = _journalist_name(title, evidence)
        return speaker
    if upper == "MODERATOR":
        speaker.role_type = "moderator"
        speaker.country = location.country if location else None  # the host side runs the event
        return speaker
    if upper in SPOKESPERSON_LABELS:   # "Spokesperson:": the publisher's (resolve_speakers), not a bystander
        speaker.role, speaker.role_type = label.strip().title(), "spokesperson"
        return speaker
    if upper in GENERIC_LABELS:
        return speaker
    name_part, role_part = (label.split(",", 1) + [""])[:2]
    if role_part and ROLE_WORDS.search(name_part) and a_name(role_part.strip()):   # "Foreign Secretary, Shri …"
        name_part, role_part = NAME_HONORIFIC.sub("", role_part.strip()), name_part
    first, _, rest = name_part.partition(" ")
    org = kb.organization_alias(first)
    if org and rest and org.code in kb.multilateral():   # "NATO Secretary General": an office of the organisation
        speaker.organization, speaker.role, speaker.role_type = org.code, rest.strip(), "official"
        return speaker
    title_words, role_type, name_words = _split_title(name_part)
    # "LLOYD J. AUSTIN III": the surname is the last word that is not a suffix, which stays with the name
    surname = next((w for w in reversed(name_words) if not kb.is_name_suffix(w)), None)
    suffix = name_words[name_words.index(surname) + 1:] if surname else []
    speaker.role_type = role_type
    speaker.role = role_part.strip() or (title_words.title() if title_words else None)
    if role_part and re.search(r"foreign affairs|external affairs|foreign minister", role_part, re.I):
        speaker.role_type = "foreign_minister"
    if surname is None:
        return speaker
    speaker.name = (_fullest_name(surname, evidence) or " ".join(
        w.title() if w.isupper() else w for w in name_words[:len(name_words) - len(suffix)]))
    if suffix and not speaker.name.endswith(suffix[-1]):
        speaker.name = " ".join([speaker.name, *suffix])
    # "Foreign Minister Fuad Hussein" is no Hishammuddin Hussein: the given name next to the surname must agree
    # (a name read off the text can carry its title, "OSCE Chairman-in-Office Bujar Osmani")
    holders = [h for h in kb.find_office_holders(surname, doc_date, role_type)
               if kb.given_names_agree(" ".join(kb.name_tokens(speaker.name)[-2:]), h)]
    if title_words in ("", "MR", "MS"):   # "MR BROWN:" names no office: a holder in office that day (undated: in full)
        holders = [h for h in holders if (h.in_office(doc_date) if doc_date else kb.is_full_name(speaker.name, h))]
    # "Penny Wong": her row of the table decides, whoever else named Wong the text mentions
    named = next((h for h in holders if len(speaker.name.split()) > 1 and kb.is_full_name(speaker.name, h)), None)
    speaker.country = (_country_in(label) or (named.country if named else None)
                       or _country_near(surname, evidence)
                       or _host_country(own_words, location))
    holder = next((h for h in holders if speaker.country in (None, h.country)), None)
    if holder:
        if speaker.country is None:
            speaker.country = holder.country
        speaker.aliases = [holder.name, *holder.aliases]
        speaker.role = speaker.role if role_part else holder.role
        if holder.role_type in ("foreign_minister", "spokesperson"):
            speaker.role_type = holder.role_type
        if len(holder.name.split()) > len((speaker.name or "").split()):
            speaker.name = holder.name
    elif speaker.country is None and upper.startswith(("SECRETARY ", "MR ", "MR. ", "MS ", "MS. ")):
        # U.S. transcripts label the Secretary of State and the spokesperson this way; on another government's
        # own site ("Ms. ONO Hikariko, Press Secretary:" on mofa.go.jp) the official is that government's
        speaker.country = publisher if publisher in kb.countries() else "USA"
    if speaker.country in ("EU", "NATO", "UN"):
        speaker.organization, speaker.country = speaker.country, None
    if speaker.role_type == "spokesperson" and not re.search(r"spokes|press secretary|briefing", evidence, re.I):
        speaker.role_type = "official"
    return speaker


def _split_title(name_part: str) -> tuple[str, str, list[str]]:
    words = name_part.split()
    upper = " ".join(w.upper().rstrip(".") for w in words).replace("’", "'").replace("É", "E")
    for title, role_type in TITLE_WORDS:
        if upper == title or upper.startswith(title + " "):
            n = len(title.split())
            rest = words[n:]
            # "President of Guinea-Bissau Umaro Sissoco Embaló": the state belongs to the title, not the name
            if len(rest) > 2 and rest[0].lower() == "of" and (k := _country_words(rest[1:])):
                return " ".join([title, *(w.upper() for w in rest[:k + 1])]), role_type, rest[k + 1:]
            return title, role_type, rest
    return "", "official", words


def _country_words(words: list[str]) -> int:
    """How many leading words name a state ("Chile", "United Kingdom", "Guinea-Bissau"), the longest first."""
    return next((k for k in range(min(4, len(words) - 1), 0, -1) if kb.country_alias(" ".join(words[:k]))), 0)


def _fullest_name(surname: str, evidence: str) -> str | None:
    """The longest 'Given Names Surname' written in the title or text ('Antony J. Blinken')."""
    key = kb.fold(surname)
    best: str | None = None
    for m in re.finditer(rf"{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,5}}", evidence):
        words = m.group(0).split()
        for i, w in enumerate(words):
            if kb.fold(kb.strip_possessive(w)) != key:
                continue
            given = words[:i]
            while given and given[0].lower().rstrip(".") in TITLE_TOKENS | kb.HONORIFICS:
                given = given[1:]
            while given and (given[0].lower().rstrip(".") in TITLE_TOKENS or not given[0][0].isupper()):
                given = given[1:]
            given = given[_country_words(given):]   # "President of Chile Gabriel Rojas": Chile is the title's
            honorific = [k for k, g in enumerate(given) if g.lower().rstrip(".") in kb.HONORIFICS]
            given = given[honorific[-1] + 1:] if honorific else given  # "… Nonproliferation Dr. Christopher Ford"
            if not given or any(g.lower().rstrip(".") in TITLE_TOKENS for g in given) or kb.country_alias(given[-1]):
                continue
            written = kb.strip_possessive(w.rstrip(".,"))
            candidate = " ".join([*given, written])
            if w.isupper():  # "JULIE BISHOP", "Guido WESTERWELLE": a name, written in title case
                candidate = " ".join(x if x[:1].isupper() and not x.isupper() else x.title() for x in [*given, written])
            if best is None or len(candidate.split()) > len(best.split()):
                best = candidate
    return best


def _country_in(label: str) -> str | None:
    """'Dr S. Jaishankar, India’s External Affairs Minister' names its country."""
    for m in re.finditer(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*", label):
        for token in _runs(m.group(0).split(), 3):   # "India’s External Affairs Minister"
            alias = kb.country_alias(re.sub(r"[’']s$", "", token))
            if alias and alias.kind in ("name", "demonym", "abbreviation") and not token.isupper():
                return alias.code
    return None


def _runs(words: list[str], longest: int | None = None) -> Iterator[str]:
    """Every run of consecutive words (up to `longest`), from each start the longest first: where in a label or
    title the state's name is."""
    for i in range(len(words)):
        for j in range(min(len(words), i + (longest or len(words))), i, -1):
            yield " ".join(words[i:j])


def _country_near(surname: str, evidence: str) -> str | None:
    """'Egyptian Foreign Minister Sameh Shoukry', 'Rishi Sunak of the United Kingdom',
    'Nigeria’s President ... Buhari'."""
    key = kb.fold(surname)
    for m in re.finditer(rf"{NAME_WORD}", evidence):
        if kb.fold(kb.strip_possessive(m.group(0))) != key:
            continue
        before = evidence[max(0, m.start() - 120):m.start()]
        before = re.split(r"[\n,;:!?()]|(?<![A-Z])\.\s", before)[-1]  # the name's own phrase only
        # walk back over capitalised words and 'of/for/and' joining a title until a country word
        tokens = re.findall(r"[\w'’.-]+", before)
        for j in range(len(tokens) - 1, -1, -1):
            tok = tokens[j]
            if not (tok[0].isupper() or tok in ("of", "for", "the")):
                break
            for cand in (" ".join(tokens[k:j + 1]) for k in range(max(0, j - 3), j + 1)):
                alias = kb.country_alias(re.sub(r"[’']s$", "", cand))
                if alias and alias.kind in ("name", "demonym", "abbreviation"):
                    return alias.code
        # "the Prime Minister of Estonia, Kaarel Tamm": the state is named before the comma
        of = re.search(r"\b(?:of|for)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+"
                       r"(?:[A-Z][\w'’.-]*\s+){0,3}$", evidence[max(0, m.start() - 120):m.start()])
        if of and (alias := kb.country_alias(of.group(1))) and alias.kind == "name":
            return alias.code
        # "Fuad Hussein, Deputy Prime Minister and Minister of Foreign Affairs of Iraq": the title after the name
        title = re.match(r",\s+([A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|the))*)",
                         evidence[m.end():m.end() + 100])
        for of in re.finditer(r"\b(?:of|for)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})",
                              title.group(1) if title else ""):
            for token in _runs(of.group(1).split()):   # "Foreign Affairs of Iraq"
                alias = kb.country_alias(token)
                if alias and alias.kind == "name":
                    return alias.code
        after = evidence[m.end():m.end() + 60]
        of = re.match(r",?\s+(?:of|from)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,4})", after)
        if of:
            words = of.group(1).split()
            for n in range(len(words), 0, -1):
                alias = kb.country_alias(" ".join(words[:n]))
                if alias and alias.kind == "name":
                    return alias.code
    return None


def _host_country(own_words: str, location: Location | None) -> str | None:
    """A speaker who says 'welcome to Belgium' or 'here in my country' is the host."""
    m = re.search(r"\bwelcome (?:you )?(?:back )?to ([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?)", own_words)
    if m:
        alias = kb.country_alias(m.group(1))
        if alias and alias.kind == "name":
            return alias.code
        where = kb.place(m.group(1))
        if where:
            return where[1]
    if location and re.search(r"\b(?:my country|welcome to|welcome back to)\b", own_words, re.I):
        return location.country
    return None


def _journalist_name(title: str | None, evidence: str) -> str | None:
    """'Interview With Andrew Yates of Bott Radio Network' names the questioner."""
    for source in (title or "", evidence[:1500]):
        m = re.search(rf"\b(?:[Ii]nterview [Ww]ith|[Ww]ith|This is)\s+({NAME_WORD}(?:\s+{NAME_WORD}){{1,3}})\s+"
                      r"(?:of|from|at)\b", source)
        if m and not kb.country_alias(m.group(1)) and not re.search(r"Secretary|Minister|President", m.group(1)):
            return m.group(1)
    return None
