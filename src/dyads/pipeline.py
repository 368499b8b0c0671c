"""The one place that orders the stages and holds the error policy: an input either becomes a
`Document` or a `Rejection` with its reason; nothing in between, nothing raised to the caller.

Cleaning and structure run per document; the NLP model runs over batches through one `nlp.pipe`
stream, and actor resolution follows on each parsed document."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice

from spacy.tokens import Doc

from dyads.actors.resolve import person_id, resolve, title_mentions
from dyads.actors.summary import summarise
from dyads.errors import InputRejected
from dyads.events import code_document
from dyads.events.decide import BUNDLED, Decider, load_decider
from dyads.facts import find_facts
from dyads.models import Document, Rejection, SourceItem, Speaker
from dyads.nlp import parse
from dyads.structure import analyse
from dyads.text import clean
from dyads.topics import tag_topics

BATCH = 16  # documents per nlp.pipe batch: larger batches bought nothing measurable on 2 cores


def process(item: SourceItem, model: str = BUNDLED) -> Document | Rejection:
    return next(process_all([item], model))


def process_all(items: Iterable[SourceItem | Rejection], model: str = BUNDLED) -> Iterator[Document | Rejection]:
    """`model`: the bundled event model, a model file from `dyads train`, or "rules" for the rules alone."""
    for result, _ in analysed(items, load_decider(model)):
        yield result


def analysed(items: Iterable[SourceItem | Rejection], decider: Decider | None
             ) -> Iterator[tuple[Document | Rejection, Doc | None]]:
    """Each result with its spaCy parse (None for a rejection): training reads candidates off the parse."""
    for chunk in batched((_structure(i) for i in items), BATCH):
        parsed = {id(doc): sdoc for doc, sdoc in parse(d for d in chunk if isinstance(d, Document))}
        for result in chunk:
            sdoc = parsed.get(id(result)) if isinstance(result, Document) else None
            if sdoc is not None:
                enrich(result, sdoc, decider)
            yield result, sdoc


def batched(iterable: Iterable, n: int) -> Iterator[tuple]:
    """itertools.batched arrived in Python 3.12; dyads runs on 3.11."""
    it = iter(iterable)
    while chunk := tuple(islice(it, n)):
        yield chunk


def _structure(item: SourceItem | Rejection) -> Document | Rejection:
    if isinstance(item, Rejection):
        return item
    try:
        return analyse(clean(item))
    except InputRejected as exc:
        return Rejection(item.name, exc.reason)


def enrich(doc: Document, sdoc: Doc, decider: Decider | None = None) -> Document:
    """Actors (mentions, speakers linked to actors, document-level fields), then events."""
    day = date.fromisoformat(doc.date.value) if doc.date and doc.date.precision == "day" else None
    doc.mentions = resolve(sdoc, day)
    for speaker in doc.speakers:
        speaker.actor_id = _speaker_actor(speaker)
    in_title = title_mentions(doc.title, day)
    summarise(doc, in_title)
    doc.events = code_document(doc, sdoc, day, in_title, decider)
    doc.topics = tag_topics(sdoc.text)  # the prepared text, computed once for the model
    doc.facts = find_facts(doc, sdoc)
    return doc


def _speaker_actor(speaker: Speaker) -> str | None:
    if speaker.aliases:  # resolved through the office-holder table: aliases[0] is the holder's name
        return person_id(speaker.aliases[0])
    return speaker.country or speaker.organization
