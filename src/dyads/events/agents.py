"""Who acts, who speaks and whom an act is aimed at in a clause: the actors its words name (the syntactically
closest first), its subject (through passives, participles and the clauses it hangs on), the pronouns read back
through the document's memory (`remember`: "he", "they", "the two sides"), whose words a quotation or a reported
clause is, where a trigger's target is named (`object_tokens`), a noun's own doers ("Russian strikes",
`noun_actors`) and the document's other party. Read by the rules (`coder.py` and the modules it reads) and by the
candidates' actor options alike."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from dyads.actors import kb
from dyads.events.context import Context, Discourse
from dyads.events.lexicon import word_sets
from dyads.events.syntax import (
    LIGHT_VERBS,
    REPORTING,
    carrier,
    clause_verb,
    depth_of,
    infinitive,
    objects,
    once,
    sentence_text,
)
from dyads.models import Event, Mention
from dyads.nlp import vocatives

JOINT_SUBJECTS = re.compile(r"\b(?:both|two|they|the (?:\w+ )?(?:leaders|ministers|sides|countries|delegations))\b",
                            re.I)
PAIR_WORDS = {"both", "two"}   # "both governments", "the two sides": the two parties, not anyone


def _placed(tok: Token) -> bool:
    """The token names where a verb's act happened ("fought against German troops in Italy": Italy is the place,
    Germany the target; training, held-back and unseen pages: one annotated reading each, none lost), unless the verb
    acts on what its "in" names ("intervened in Mexico")."""
    return once(tok.doc, ("placed", tok.i), lambda: any(
        a.dep_ == "prep" and a.lower_ in PLACE_PREPS and a.head.pos_ in ("VERB", "AUX")
        and not (a.lower_ == "in" and a.head.lemma_.lower() in ACTING_IN) for a in tok.ancestors))


PLACE_PREPS = frozenset({"in", "at", "inside", "near", "across", "throughout", "within"})
ACTING_IN = word_sets()["acting_in"]


STATIVE_PASSIVES = word_sets()["stative_passives"]


def agentless(verb: Token) -> bool:
    """A passive verb that names no doer ("the ambassador was summoned", "a protest was lodged")."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def subject_tokens(verb: Token) -> list[Token]:
    """Who does what the verb says: its subject or agent, else the subject of the clause it hangs on. A passive
    verb takes no agent from another verb ("allegations were made by Canada … and were rejected": not by Canada),
    and its own subject does not act unless the participle says how it stands ("Japan is committed to …")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    stative = verb.lemma_.lower() in STATIVE_PASSIVES or verb.lower_ in STATIVE_PASSIVES
    if agentless(verb) and not stative:
        return []
    t = verb
    for _ in range(4):
        if declarer := _declaring(t):
            t = verb = declarer   # "declared two diplomats persona non grata, accusing them …": the parser may make
            # them the subject of "persona", on which the rest of the sentence hangs
        # "India was deeply troubled by the decision of the Maldivian government": a feeling's "by" names its
        # cause, not a doer; whoever feels it is the subject
        doers = ("nsubj", "csubj") + (() if stative else ("agent",)) if t is verb or not passive else ()
        subj = [c for c in t.children if c.dep_ in doers] or [c for c in t.children if c.dep_ == "nsubjpass"] or [
            g for c in t.children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_.startswith("nsubj")]
        if not subj and t is verb and verb.pos_ == "VERB" and verb.tag_ in FINITE:
            # "that Armenia rejects the demand", "Fico threatens to cut power": the parser may take a name before a
            # verb for a compound of it; with no subject, it is the subject
            subj = [c for c in t.children if c.dep_ == "compound" and c.i < t.i and c.pos_ == "PROPN"]
        if subj and infinitive(t) and t.dep_ in ("advcl", "xcomp") and t.head.lemma_ == "be" \
                and all(s.lemma_.lower() in GENERIC_STATES and not s.ent_type_ for s in subj):
            t = t.head   # "Peru was, in 1824, the second country to recognize Chile": the parse made "country" the
            continue     # subject of "recognize"; the country is whoever "was"
        if subj:   # (the last: the parser may hang "Chile" of "Chile is committed" on "is")
            # "the Embassy of Japan in China": where an envoy serves does not act
            return [w for s in subj for w in s.subtree if not posting(w)]
        if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.pos_ in ("VERB", "AUX"):
            credited = objects(t.head.head)
            if t.head.lower_ in ("for", "of") and credited:   # "thanked China for donating", "accused Russia of
                return [w for c in credited for w in c.subtree]   # violating": the one thanked or accused did it
            t = t.head.head   # "Seoul responded by filing a complaint": the subject of the verb "by" hangs on
            continue
        if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN") and infinitive(t):
            owner = [c for c in t.head.children if c.dep_ == "poss"]
            if owner:   # "the Iranian regime's decision to impose sanctions": whose decision, imposes
                return [w for c in owner for w in c.subtree]
        if t.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acl", "relcl", "pcomp", "attr", "acomp") and t.head.i != t.i:
            t = t.head
            continue
        break
    return [] if passive else _names_before(verb)


GENERIC_STATES = word_sets()["generic_states"]
FINITE = {"VBD", "VBZ", "VBP"}
NAME_RUN = {"NNP", "NNPS", "CC", "DT", "NN", "NNS", "JJ", "POS"}


def _names_before(verb: Token) -> list[Token]:
    """The names written right before a finite verb the parse gave no subject: "Last September in Timişoara,
    Romania and Hungary signed a treaty" (the parser took the two states for a list with the city)."""
    if verb.tag_ not in FINITE:
        return []
    start = verb.i
    while start > verb.sent.start and verb.doc[start - 1].tag_ in NAME_RUN:
        start -= 1
    run = list(verb.doc[start:verb.i])
    return run if any(t.tag_ in ("NNP", "NNPS") for t in run) else []


def actors_in(tokens: list[Token], ctx: Context) -> list[str]:
    """Actors mentioned in these tokens, the syntactically closest first ("the Kremlin's claims to parts of
    Ukraine": the Kremlin, then Ukraine), a place where the act happened last (`_placed`)."""
    found: list[tuple[bool, int, int, str]] = []
    for t in tokens:
        for m in ctx.mentions:
            if m.kind != "place" and m.start <= t.idx < m.end:
                actor = m.actor_id if m.kind == "organization" else m.country
                if actor and not (t.dep_ in ("compound", "amod", "nmod") and t.head.lemma_.lower() in CURRENCIES):
                    found.append((_placed(t), depth_of(t), t.i, actor))   # not "182 million US dollars": a currency
    out: list[str] = []
    for *_, actor in sorted(found):
        if actor not in out:
            out.append(actor)
    return out


OWN_BODIES = word_sets()["own_bodies"]
OWNERS = {"his", "her", "its", "their"}


def pronoun_actors(tokens: list[Token], ctx: Context, subject: bool) -> list[str]:
    """The states that pronouns or joint subjects stand for: "I" and "we" the speaker's (both parties' in a joint
    statement); "they", "both" and "the two sides" the states last named together, else the document's parties;
    "his Government", and a subject "it" or "they", whoever reports the clause (`_reporter`); "he" and "she" whoever
    reports, else the main clause's person (`_main_subject`), else the last sentence's (`Discourse.antecedent`).
    "you" is left to the caller (`other_party`)."""
    words = {t.lower_ for t in tokens}
    text = " ".join(t.text for t in tokens)
    if subject and JOINT_SUBJECTS.search(text):
        joined = _joint_states(ctx, two=bool(words & PAIR_WORDS))
        if len(joined) >= 2:
            return joined   # "X, Y and Z spoke by phone. … The three Ministers committed …"
        if len(ctx.parties) >= 2:
            return ctx.parties[:2]
    voice = ctx.speaker_country or (ctx.publisher if not ctx.joint else None)
    if words & {"i", "we", "me", "my", "our", "us"} and voice:
        return [voice]
    if words & {"we", "our", "us"} and ctx.joint and len(ctx.parties) >= 2:
        return ctx.parties[:2]  # a joint statement speaks for both governments
    if not subject and words & {"you", "your"}:
        return []  # resolved as "the other party" by the caller
    owner = next((t for t in tokens if t.dep_ == "poss" and t.lower_ in OWNERS), None) if subject else None
    if owner is not None and len(tokens) == 2 and owner.head.lower_ in OWN_BODIES:
        return _reporter(owner.head, ctx)   # "Japan's representative said his Government had lodged a protest"
    if subject and len(tokens) == 1 and words & {"he", "she", "it", "they"}:
        # "India said it would …", "Anwar said he had spoken to both"; else "The Russian representative rejected
        # the accusations. He accused …"
        return _reporter(tokens[0], ctx) or (
            (_main_subject(tokens[0], ctx) or ctx.discourse.antecedent) if words & {"he", "she"} else [])
    return []


def _main_subject(pronoun: Token, ctx: Context) -> list[str]:
    """The person the sentence's main clause is about, for "he" or "she" in a clause hung on it ("Muizzu returned
    from a state visit to China, where he held talks with Xi"), when no other person is named before it ("Meloni
    invited Tebboune, and he accepted": either); the main clause's own "he" is the last sentence's."""
    sent = pronoun.sent
    subj = subject_tokens(sent.root)
    if not subj or pronoun in subj or subj[0].i > pronoun.i:
        return []
    people = {m.actor_id for m in ctx.mentions if m.kind == "person" and sent.start_char <= m.start < pronoun.idx}
    return _subject_person(subj, ctx) if len(people) == 1 else []


def _joint_states(ctx: Context, two: bool) -> list[str]:
    """The states last named together as a subject, whom "they" or "the two sides" are: not an organisation named
    with them ("Mongolia and the EU urged …"). Where the words say two ("both governments", "the two countries"), the
    document's two parties: of three named, when both are among them; of others, unless they were named in the
    sentence just before ("X spoke with Y. The two ministers …"). Of the training records' joint subjects on which
    those last named and the document's parties disagree, the parties were right 29 times and they 12 (of those
    said to be two, 11 and 7)."""
    joined = [a for a in ctx.discourse.together if a in kb.countries()]
    parties = set(ctx.parties[:2])
    if two and len(parties) == 2 and (len(joined) > 2 and parties <= set(joined) or not ctx.discourse.together_just
                                      and len(joined) >= 2 and not set(joined) <= parties):
        return ctx.parties[:2]
    return joined


def named_before(pronoun: Token, sent: Span, ctx: Context, source: list[str]) -> list[str]:
    """The state an object pronoun stands for when the sentence named it before: the latest other than the actor
    ("Rwanda severed relations with Belgium, accusing it of siding with Kinshasa"); an organisation only when no
    state was named."""
    named = [(m.kind == "organization", m.actor_id if m.kind == "organization" else m.country) for m in ctx.mentions
             if sent.start_char <= m.start and m.end <= pronoun.idx and m.kind != "place"]
    named = [(org, a) for org, a in named if a and a not in source]
    return ([a for org, a in named if not org] or [a for _, a in named])[-1:]


def _reporter(pronoun: Token, ctx: Context) -> list[str]:
    """The state that says "it", "they", "he" or "she" will or did act: the subject of the reporting verb whose
    reported clause the pronoun is the subject of ("India said it was deeply troubled", "the minister said he had
    spoken to both")."""
    verb = pronoun.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING_VERBS:
        return []
    return said_by(verb.head, ctx)


def antecedent(sent: Span, ctx: Context) -> list[str]:
    """The state of the person or official the sentence's main clause is about, for "he" or "she" in the next: the
    publisher's own when named by title alone ("The Secretary reaffirmed … He urged Russia …": six refits, published
    records +0.002, the rest within 0.001)."""
    return _subject_person(subject_tokens(sent.root), ctx)


def _subject_person(subj: list[Token], ctx: Context) -> list[str]:
    """The state of the person, official or envoy a subject names (`antecedent`, `_main_subject`)."""
    persons = [m for m in ctx.mentions if m.kind == "person" and any(m.start <= t.idx < m.end for t in subj)]
    if not persons and not official(subj) and not any(t.lemma_.lower() in ENVOYS for t in subj):
        return []
    return actors_in(subj, ctx)[:1] or own_official(subj, ctx)


def together(sent: Span, ctx: Context) -> list[str]:
    """The states of the sentence's main subject when it names two or more ("The Secretary, the Japanese Minister
    and the Korean Minister spoke by phone"): whom a later "they", "the ministers" or "the two leaders" are. In a
    trilateral statement the document's two main parties are not them. One who meets or speaks "with" another makes
    two ("Safadi also spoke by phone with Egyptian Foreign Minister Sameh Shoukry. The two ministers condemned …")."""
    subj = subject_tokens(sent.root)
    found = actors_in(subj, ctx)
    if len(found) == 1 or (not found and subj and (own_official(subj, ctx) or all(t.pos_ == "PROPN" for t in subj))):
        found = found or voice_of(ctx)
        partners = [t for prep in sent if prep.lower_ == "with" and prep.dep_ == "prep"
                    and clause_verb(prep.head) == sent.root for t in prep.subtree]   # "spoke by phone with"
        found = found + [a for a in actors_in(partners, ctx) if a not in found][:1]
    return found if len(found) >= 2 else []


QUOTE = re.compile(r"[\"“”]")
REPORTING_VERBS = REPORTING | word_sets()["attributing"]


def in_quotes(tok: Token, sent: Span) -> bool:
    """Inside a quotation: an odd number of quotation marks before the token in its paragraph, since a quotation
    may run over sentences ('"We object. Such remarks are unacceptable," the ministry said': "the ministry said"
    is outside)."""
    before = sentence_text(sent)[:tok.idx - sent.start_char]
    return (len(QUOTE.findall(before)) + _quotes_before(sent)) % 2 == 1


def _quotes_before(sent: Span) -> int:
    """The quotation marks between the start of the sentence's paragraph and the sentence (counted once per
    sentence: every trigger and reporting verb of it asks)."""
    def count() -> int:
        found = 0
        for t in reversed(sent.doc[max(0, sent.start - PARAGRAPH_TOKENS):sent.start]):
            if "\n" in t.text or "\n" in t.whitespace_:
                break
            found += len(QUOTE.findall(t.text))
        return found

    return once(sent.doc, ("quotes_before", sent.start), count)


PARAGRAPH_TOKENS = 400   # how far back a paragraph's start is looked for


def quoter(tok: Token, sent: Span, ctx: Context) -> list[str]:
    """'"... our full support," Merz said': the state of whoever a quotation is attributed to, in this sentence
    or, for a quotation over several sentences, where it opens or closes (`Context.quoted`)."""
    if not in_quotes(tok, sent):
        return []
    return _attribution(sent, ctx) or ([ctx.quoted] if ctx.quoted else [])


def _attribution(sent: Span, ctx: Context) -> list[str]:
    """Whom the sentence attributes a quotation to: the subject of a reporting verb outside quotation marks."""
    for t in sent:
        if t.lemma_.lower() in REPORTING_VERBS and t.pos_ == "VERB" and not in_quotes(t, sent):
            found = actors_in([w for c in t.children if c.dep_ in ("nsubj", "nsubjpass") for w in c.subtree], ctx)
            if found:
                return found[:1]
    return []


def quotation_voices(sents: list[Span], mentions: Callable[[Span], list[Mention]]) -> dict[int, str]:
    """'"We take strong objection. Such remarks are unacceptable," the ministry said': a quotation over several
    sentences is attributed where it closes, else where it opens ('Jaiswal said: "We object. …"'); each of its
    sentences gets that state, keyed by the sentence's first token. `mentions`: a sentence's actor mentions."""
    voices: dict[int, str] = {}
    run: list[Span] = []

    def close() -> None:
        if len(run) > 1:
            found = [a for s in (run[-1], run[0]) for a in _attribution(s, Context(mentions=mentions(s)))]
            voices.update({s.start: found[0] for s in run} if found else {})
        run.clear()

    for sent in sents:
        before = _quotes_before(sent)
        open_before, open_after = before % 2 == 1, (before + len(QUOTE.findall(sentence_text(sent)))) % 2 == 1
        if not open_before:
            close()   # a paragraph ended inside a quotation (its marks are counted from the paragraph's start)
        if open_before or open_after:
            run.append(sent)
        if not open_after:
            close()
    close()
    return voices


def sayer(tok: Token, ctx: Context) -> list[str]:
    """'Minister Hayashi said Tokyo highly appreciates the plan': the state of whoever reports the act, when the
    trigger sits in the reported clause (without quotation marks)."""
    verb = reporting_verb(tok)
    return said_by(verb, ctx) if verb else []


def said_by(verb: Token, ctx: Context) -> list[str]:
    """The state of a reporting verb's subject ("Peru" in "Peru said …"); a participle's is its clause's ("Afghan
    officials gave another account, saying Pakistani forces had fired first")."""
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return actors_in([w for c in verb.children if c.dep_ == "nsubj" for w in c.subtree], ctx)[:1]


def reporting_verb(tok: Token, verbs: frozenset[str] | set[str] = REPORTING_VERBS) -> Token | None:
    """The verb whose reported clause holds the token ("said" in "Peru said Chilean troops fired first")."""
    return next((t for t in tok.ancestors if t.lemma_.lower() in verbs and t.pos_ == "VERB"), None)


ALLEGING = word_sets()["alleging"]


OFFICIAL_WORDS = word_sets()["official_words"]


def official(tokens: list[Token]) -> bool:
    """The words name an official, an office or a government, with or without a name ("the Secretary", "he")."""
    return any(t.lower_ in OFFICIAL_WORDS for t in tokens)


# An official or office named by title alone, with no name or nationality: on a government's site, its own.
UNNAMED_OFFICIAL = re.compile(r"(?:[Tt]he )?"
                              r"(?:(?:Federal|Foreign|Prime|Deputy|Vice|Senior|Parliamentary|State|Permanent)[ -])*"
                              r"(?:Secretary|Minister|Ministry|[Gg]overnment|Spokesperson|Department|Office|President|"
                              r"Chancellor)\b(?: (?:of|for) (?:State|Foreign Affairs|Defen[cs]e|the Republic))?"
                              r"(?: \([A-Z]{2,6}\))?$")   # "(DFA)"
# ... or a named one under a title that ministries give their own officials ("Vice-Minister for Foreign Affairs Takeo
# Mori", "Mr. Funakoshi, Director-General of the Asian and Oceanian Affairs Bureau"); a foreign one is named
# with the state ("Korea's Vice-Minister …") and resolves to it first.
OWN_TITLE = re.compile(r"\b(?:Vice[- ]Minister|Director[- ]General|State Minister|Parliamentary (?:Vice[- ]Minister|"
                       r"Under[- ]Secretary|Secretary))\b")


def own_official(subj: list[Token], ctx: Context) -> list[str]:
    """The publisher, when the subject is one of its own officials or offices named by title alone."""
    if not subj or not ctx.publisher or ctx.joint or ctx.speaker_country:
        return []
    named = subj[0].doc[min(t.i for t in subj):max(t.i for t in subj) + 1].text   # "Vice-Minister"
    return [ctx.publisher] if UNNAMED_OFFICIAL.match(named) or OWN_TITLE.search(named) else []


def voice_of(ctx: Context) -> list[str]:
    """Whoever speaks a sentence: the speaker's state, else the reporting state, else the government whose site
    it is ("Foreign Minister Lindqvist lodged a protest …" on government.se)."""
    own = [ctx.publisher] if ctx.publisher and not ctx.joint else []
    return [ctx.speaker_country] if ctx.speaker_country else ctx.reporter[:1] or own


CURRENCIES = word_sets()["currencies"]
ENVOYS = word_sets()["envoys"]


def posting(tok: Token) -> bool:
    """Inside "to Japan" of "the Ambassador of the Republic of Korea to Japan" or "China's Ambassador to Japan":
    where an envoy of a named state serves, not whom an act towards the envoy is aimed at (a protest lodged
    with that ambassador is aimed at Korea). The parser may hang "to …" on the verb; the words' order holds."""
    for t in (tok, *tok.ancestors):
        if t.pos_ in ("VERB", "AUX"):
            return False
        if t.dep_ == "prep" and t.lower_ in ("to", "in"):
            before = t.doc[t.i - 1] if t.i > 0 else t
            envoy = before if before.lemma_.lower() in ENVOYS else t.head
            return envoy.lemma_.lower() in ENVOYS and any(
                c.dep_ in ("poss", "compound", "amod") or (c.dep_ == "prep" and c.lower_ == "of")
                for c in envoy.children if c.i != t.i)
    return False


def _declaring(tok: Token) -> Token | None:
    """The verb that declares someone persona non grata, when the token is the idiom's "persona"."""
    persona = "persona" in (tok.lower_, tok.lemma_.lower())
    return tok.head if persona and tok.head.lemma_.lower() == "declare" else None


def claimant(sent: Span, ctx: Context) -> list[str]:
    """Who the sentence says made a claim ("Russia's foreign ministry said Estonia had no right …", "How do you
    respond to the Israeli claims that …"): whose "that claim" a later rejection answers. The state named with a
    claim noun, else the one who said, alleged or accused."""
    for t in sent:
        if t.pos_ == "NOUN" and t.lemma_.lower() in ACCUSATIONS:
            owners = actors_in([w for c in t.children if c.dep_ in CLAIM_OWNERS for w in c.subtree], ctx)
            if owners:
                return owners[:1]
    return next((found for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in ALLEGING
                 and (t.lemma_.lower() in BLAMING or any(c.dep_ == "ccomp" for c in t.children))
                 and (found := said_by(t, ctx))), [])


ACCUSATIONS = word_sets()["accusations"]
BLAMING = word_sets()["blaming"]
CLAIM_OWNERS = {"poss", "amod", "compound"}   # "Russia's claims", "the Israeli claims", "the Kremlin claim"


# Whom a verb's object is done to: 'provided aid to Ukraine', 'lodged a protest with Korea'.
CARRIED_PREPS = {"to", "with", "on", "against", "for", "toward", "towards", "into"}


def object_tokens(tok: Token) -> list[Token]:
    """Where the trigger's target is named: its subtree and, for a carried noun, the carrying verb's prepositional
    objects after it ("provided aid to Ukraine")."""
    verb = carrier(tok)
    carried = [t for c in verb.children if verb.i != tok.i and c.i > tok.i and c.dep_ in (
        "prep", "dative") and c.lower_ in CARRIED_PREPS for t in c.subtree]
    hailed = {t.i for c in tok.children if c.dep_ == vocatives.LABEL for t in c.subtree}
    return [t for t in tok.subtree if t.i not in hailed] + carried + _relative_object(tok) + _shared_partner(tok)


def _shared_partner(tok: Token) -> list[Token]:
    """Whom the verb before a coordinated one spoke with, when this one names nobody so ("spoke with Erdoğan, and we
    agreed": Türkiye; "took up the matter with Sri Lanka and urged the early release": the urging is Sri Lanka's to
    hear); not one stood "with" or complained "with" ("We stand with Mexico, and we have called on Ecuador")."""
    if tok.dep_ != "conj" or tok.head.lemma_.lower() not in PARTNER_VERBS or _with_phrases(tok):
        return []
    return [t for c in _with_phrases(tok.head) for t in c.subtree]


def _with_phrases(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]


def _relative_object(tok: Token) -> list[Token]:
    """The noun phrase a relative clause's "which" stands for, when it is the trigger's object ("North Korea's
    missile launches, which Canada has condemned")."""
    if tok.dep_ != "relcl" or not any(c.dep_ in ("dobj", "obj") and c.lower_ in RELATIVES for c in tok.children):
        return []
    inside = {t.i for t in tok.subtree}
    return [t for t in tok.head.subtree if t.i not in inside]


RELATIVES = {"which", "that", "whom"}
PARTNER_VERBS = word_sets()["contact_verbs"] | {"take", "raise"}   # "took up the matter with", "raised it with"


def makers(tok: Token, ctx: Context) -> list[str]:
    """The actors a noun names as its own doers: "Russian strikes", "Putin's war", "strikes by Israel" (not a
    phrase the noun sits in: "the U.S.-Philippines Treaty extends to armed attacks"). A noun modifying another
    ("the Russian missile strike") is read with the noun it modifies."""
    head = tok.head if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") else tok
    return actors_in(_doer_words(head), ctx)


def _doer_words(noun: Token) -> list[Token]:
    """The words that may name a noun's doer: its possessor and modifiers, and "from" or "by" phrases ("assistance
    from Japan"; but a withdrawal from Mongolia leaves Mongolia, `departures`)."""
    doers = ("by",) if noun.lemma_.lower() in DEPARTURES else ("from", "by")
    if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "upon"):
        doers += ("of",)   # "at the request of the Government of Maldives": the Maldives asked
    return [t for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")
            or c.dep_ == "prep" and c.lower_ in doers for t in c.subtree if not _adjective_complement(t, c)]


def _adjective_complement(tok: Token, modifier: Token) -> bool:
    """The token (of the modifier's subtree) is in an adjective's own phrase, under a preposition below it ("an
    exercise close to the Georgian border": Georgia is where, not who)."""
    if modifier.dep_ != "amod":
        return False
    t = tok
    while t.i != modifier.i and t.head.i != t.i:
        if t.dep_ == "prep":
            return True
        t = t.head
    return False


DEPARTURES = word_sets()["departures"]


def noun_actors(tok: Token, ctx: Context) -> tuple[list[str], list[Token]] | None:
    """Who does a nominal event: 'Russian strikes', 'Putin's war', 'assistance from Japan', 'the discussion
    (that) we had', 'we held talks'. None when the noun is only talked about ("the summit", "a good meeting")."""
    if (adopter := _adopter(tok)) is not None:   # "Norway aligned itself with EU sanctions": Norway's now, and
        subj = subject_tokens(adopter)          # the EU is no target of them
        if found := actors_in(subj, ctx) or pronoun_actors(subj, ctx, subject=True):
            return found, subj + [w for node in _noun_phrase_heads(tok) for w in _doer_words(node)]
    for node in _noun_phrase_heads(tok):
        mods = _doer_words(node)
        found = actors_in(mods, ctx) or pronoun_actors(mods, ctx, subject=True)
        if found:
            return found, mods
    tok = _noun_phrase_heads(tok)[-1]
    for child in tok.children:  # "the discussion (that) we just had"
        if child.dep_ in ("relcl", "acl") and child.lemma_ in LIGHT_VERBS:
            subj = subject_tokens(child)
            return (actors_in(subj, ctx) or pronoun_actors(subj, ctx, subject=True)), subj
    for child in tok.children:  # "cooperation between the countries", "talks between Armenia and Azerbaijan"
        if child.dep_ == "prep" and child.lower_ == "between":
            inner = list(child.subtree)
            found = actors_in(inner, ctx) or pronoun_actors(inner, ctx, subject=True)
            if found:
                return found, inner
    if tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i:
        return noun_actors(tok.head, ctx)  # "his support for NATO and his commitment to Poland"
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "remained on alert", "engaged in talks"
    if (tok.dep_ in ("dobj", "obj", "pobj", "attr", "conj") and head.lemma_ in LIGHT_VERBS | {"with", "for"}) or (
            tok.dep_ == "attr" and head.lemma_ == "be"):  # "Belgium is the 12th largest investor"
        verb = clause_verb(head)
        subj = subject_tokens(verb)
        return (actors_in(subj, ctx) or pronoun_actors(subj, ctx, subject=True)), subj
    return None


def _adopter(tok: Token) -> Token | None:
    """The verb by which a state takes up another's measures as its own ("joined Western sanctions", "adopted all EU
    sanctions packages", "aligned itself with EU sanctions"): its subject imposes them too."""
    tok = _noun_phrase_heads(tok)[-1]
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "with" else tok.head
    return head if tok.dep_ in ("dobj", "obj", "pobj") and head.lemma_.lower() in ADOPTING else None


ADOPTING = word_sets()["adopting"]


def _noun_phrase_heads(tok: Token) -> list[Token]:
    """The noun and the nouns it is part of: 'mediation' → 'effort' ('a mediation effort'),
    'games' → 'days' ('10 days of war games')."""
    chain = [tok]
    if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
        chain.append(tok.head)
    last = chain[-1]
    if last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.head.pos_ == "NOUN":
        chain.append(last.head.head)
    return chain


def other_party(source_all: list[str], ctx: Context) -> list[str]:
    """The other party of the document's dyad (else its next party) to the actors given: whom "you" or an act with
    no named target is aimed at."""
    for a, b in ctx.dyads:
        if a in source_all and b not in source_all:
            return [b]
        if b in source_all and a not in source_all:
            return [a]
    return [p for p in ctx.parties if p not in source_all][:1]


def remember(memory: Discourse, sent: Span, ctx: Context, found: list[Event]) -> Discourse:
    """The memory once `sent` (read in `ctx`, the rules' events `found`) is read."""
    named_together = together(sent, ctx)
    return Discourse(antecedent=antecedent(sent, ctx), together=named_together or memory.together,
                     together_just=bool(named_together),
                     aggressor=_last_maker(found, FORCE) or memory.aggressor,
                     # whose claim a later "we reject these claims" answers: an accusation's maker, else whoever
                     # said or alleged
                     accuser=_last_maker(found, ACCUSING) or claimant(sent, ctx) or memory.accuser)


FORCE = {"ASSAULT", "MOBILIZE", "COERCE"}   # whose act a later "the launch", "this attack" is
ACCUSING = {"ACCUSE"}                       # whose claim a later "these claims" is


def _last_maker(found: list[Event], types: set[str]) -> list[str]:
    """The source of the sentence's last event of these types (none: an empty list)."""
    return next(([e.source] for e in reversed(found) if e.type in types and e.source), [])
