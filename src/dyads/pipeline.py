"""The one place that orders the stages and holds the error policy: an input either becomes a
`Document` or a `Rejection` with its reason; nothing in between, nothing raised to the caller.

Cleaning and structure run per document; the NLP model runs over batches through one `nlp.pipe`
stream, and actor resolution follows on each parsed document. Each document's stages run inside one
error boundary (`guarded`): any exception, or a stage outrunning its time budget, rejects that document
only, so a bug or a pathological input never aborts the batch and a rerun completes."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from itertools import islice
from typing import TypeVar

from spacy.tokens import Doc

from dyads import errors
from dyads.actors.resolve import person_id, resolve, title_mentions
from dyads.actors.summary import summarise
from dyads.budget import allowance, time_budget
from dyads.contacts import find_contacts
from dyads.errors import BadOption, InputRejected
from dyads.events import code_document
from dyads.events.decide import Decider, load_decider
from dyads.facts import find_facts
from dyads.models import Document, Rejection, SourceItem, Speaker, moved
from dyads.nlp import LONG, MODELS, Section, parse, prepare, sections
from dyads.settings import DEFAULT, Settings
from dyads.structure import analyse
from dyads.text import clean
from dyads.topics import tag_topics, topic_spans

log = logging.getLogger(__name__)
T = TypeVar("T")


def process(item: SourceItem, settings: Settings = DEFAULT) -> Document | Rejection:
    return next(process_all([item], settings))


def process_all(items: Iterable[SourceItem | Rejection], settings: Settings = DEFAULT
                ) -> Iterator[Document | Rejection]:
    """The event model, batch size, language and per-document time budget come from `settings`."""
    if settings.language not in MODELS:
        raise BadOption(f"language {settings.language!r} has no pipeline yet (available: {', '.join(MODELS)})")
    for result, _ in analysed(items, load_decider(settings.model), settings):
        yield result


def analysed(items: Iterable[SourceItem | Rejection], decider: Decider | None, settings: Settings = DEFAULT
             ) -> Iterator[tuple[Document | Rejection, Doc | None]]:
    """Each result with its spaCy parse (None for a rejection): training reads candidates off the parse."""
    budget = settings.time_budget
    structured = (item if isinstance(item, Rejection) else
                  guarded(item.name, "reading and cleaning", allowance(len(item.data), budget), _structure, item,
                          settings.language)
                  for item in items)
    for chunk in batched(structured, settings.batch):
        parsed = _parsed([d for d in chunk if isinstance(d, Document) and len(d.text) <= LONG])
        for result in chunk:
            if isinstance(result, Document) and len(result.text) > LONG:  # parsed section by section in enrich
                done = guarded(result.name, "coding", allowance(len(result.text), budget), enrich, result, None,
                               decider)
                yield done, None
                continue
            sdoc = parsed.get(id(result), result)  # a rejection stays one; a parse that failed becomes one
            if not isinstance(sdoc, Doc):
                yield sdoc, None
                continue
            done = guarded(result.name, "coding", allowance(len(result.text), budget), enrich, result, sdoc, decider)
            yield done, sdoc if isinstance(done, Document) else None


WARM_UP = ("SECRETARY BLINKEN: Good morning. I met Foreign Minister Sophie Wilmès of Belgium in Brussels on "
           "24 March 2021, and we condemned Russia's attacks on Ukraine.\nQUESTION: Will NATO respond?")


def warm_up(settings: Settings = DEFAULT) -> None:
    """Build every lazily built model and matcher with one small document. A Dask worker does this before
    parsing inside `nlp.memory_zone()`: strings a matcher adds while a zone is open are dropped when it
    closes, and the next zone's lookups then fail (spaCy E018)."""
    list(process_all([SourceItem("warm-up", "text", WARM_UP, title="Remarks")], settings))


def guarded(name: str, stage: str, seconds: float | None, step: Callable[..., T], *args: object) -> T | Rejection:
    """Run one document's step; its rejection, a crash or an overrun becomes that document's `Rejection`."""
    try:
        with time_budget(seconds):
            return step(*args)
    except InputRejected as exc:
        return Rejection(name, exc.reason)
    except Exception as exc:  # noqa: BLE001 - the per-document error boundary: one document, one rejection
        log.debug("%s failed while %s", name, stage, exc_info=True)
        return Rejection(name, errors.INTERNAL.format(stage=stage, error=_short_error(exc)))


def _parsed(docs: list[Document]) -> dict[int, Doc | Rejection]:
    """One `nlp.pipe` stream for the batch; if it fails, each document alone, so only the culprit is lost."""
    try:
        return {id(doc): sdoc for doc, sdoc in parse(docs)}
    except Exception:  # noqa: BLE001 - retried one by one below
        out: dict[int, Doc | Rejection] = {}
        for doc in docs:
            out[id(doc)] = guarded(doc.name, "parsing", None, lambda d: next(parse([d]))[1], doc)
        return out


def _short_error(exc: BaseException) -> str:
    message = " ".join(str(exc).split())
    return type(exc).__name__ + (f": {message[:160]}" if message else "")


def batched(iterable: Iterable, n: int) -> Iterator[tuple]:
    """itertools.batched arrived in Python 3.12; dyads runs on 3.11."""
    it = iter(iterable)
    while chunk := tuple(islice(it, n)):
        yield chunk


def _structure(item: SourceItem, language: str) -> Document:
    doc = analyse(clean(item))
    doc.language = language
    return doc


def enrich(doc: Document, sdoc: Doc | None, decider: Decider | None = None) -> Document:
    """Actors (mentions, speakers linked to actors, document-level fields), then events and facts. `sdoc`
    None: a text longer than `nlp.LONG`, parsed section by section twice (every event needs the whole
    document's actors first) and never held whole."""
    parts = (lambda: [(sdoc, 0)]) if sdoc is not None else (lambda: sections(doc))
    day = date.fromisoformat(doc.date.value) if doc.date and doc.date.precision == "day" else None
    doc.mentions = [m for part, base in parts() for m in moved(resolve(part, day), base)]
    for speaker in doc.speakers:
        speaker.actor_id = _speaker_actor(speaker)
    in_title = title_mentions(doc.title, day)
    summarise(doc, in_title)
    prepared = sdoc.text if sdoc is not None else prepare(doc)  # the text the model read
    content_end = len(prepared.rstrip())
    doc.facts = []

    def with_facts(parts: Iterable[Section]) -> Iterator[Section]:  # facts from the parse the events read
        for part, base in parts:
            doc.facts.extend(find_facts(doc, part, base, content_end))
            yield part, base

    doc.events = code_document(doc, with_facts(parts()), day, in_title, decider)
    doc.topics = tag_topics(prepared)
    for event in doc.events:
        event.topics = tag_topics(event.sentence)
        event.named = doc.actors_in(event.start, event.end)
    doc.topic_spans = topic_spans(doc, prepared)
    doc.contacts = find_contacts(doc)
    return doc


def _speaker_actor(speaker: Speaker) -> str | None:
    if speaker.aliases:  # resolved through the office-holder table: aliases[0] is the holder's name
        return person_id(speaker.aliases[0])
    return speaker.country or speaker.organization
