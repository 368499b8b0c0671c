"""The JSON API: the twin of every page (same `web.views` call), downloads, and the token-guarded ingest."""

from __future__ import annotations

import hmac
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from dyads.errors import TOO_LARGE, Unauthorised
from dyads.export import Format, write_rows
from dyads.export.records import document_record, plover_record
from dyads.models import Rejection
from dyads.web import views

router = APIRouter(prefix="/api", tags=["api"])
Many = Annotated[list[str] | None, Query()]


def _store(request: Request):
    return request.app.state.store


@router.get("/pairs", summary="Every pair with its documents, events, index and last contact, and the graph")
def pairs(request: Request) -> dict:
    return views.pairs(_store(request))


@router.get("/pairs/{pair}", summary="A pair's profile (pair as BEL-USA), with its chart series")
def pair(request: Request, pair: str, by: str = "year", since: str | None = None, until: str | None = None) -> dict:
    profile, charts = views.pair(_store(request), *views.pair_codes(pair), by, since, until)
    return {"profile": asdict(profile), "charts": charts}


@router.get("/pairs/{pair}/article", summary="The generated 'X–Y relations' article, every sentence cited")
def article(request: Request, pair: str, since: str | None = None, until: str | None = None) -> dict:
    from dyads.profiles.article import write_article

    profile, _ = views.pair(_store(request), *views.pair_codes(pair), since=since, until=until)
    return asdict(write_article(profile))


@router.get("/documents/{key}", summary="A document: its record, text, turns, mentions and every event")
def document(request: Request, key: str) -> dict:
    doc, _ = views.document(_store(request), key)
    return {"id": doc.id, "title": doc.title, "text": doc.text, "record": document_record(doc),
            "turns": [asdict(t) for t in doc.turns], "mentions": [asdict(m) for m in doc.mentions],
            "boilerplate": [asdict(b) for b in doc.boilerplate], "events": [asdict(e) for e in doc.events]}


@router.get("/actors/{code}", summary="An actor's events as source and target by year, partners and turns")
def actor(request: Request, code: str) -> dict:
    shown = views.actor(_store(request), views.actor_code(code))
    return {"name": shown["name"], "offices": shown["offices"], **asdict(shown["summary"]),
            "events": [plover_record(e) for e in shown["events"]]}


@router.get("/events", summary="Events matching every filter given, in date order, one page at a time")
def events(request: Request, actor: str | None = None, pair: str | None = None, type: Many = None, quad: Many = None,
           topic: Many = None, modality: Many = None, since: str | None = None, until: str | None = None,
           document: str | None = None, text: str | None = None, limit: int = views.PAGE, offset: int = 0) -> dict:
    f = views.event_filter(actor, pair, type, quad, topic, modality, since, until, document, text, limit, offset)
    rows = views.query.events(_store(request), f)
    return {"events": [plover_record(r) for r in rows], "offset": offset, "limit": limit,
            "next_offset": offset + limit if len(rows) == limit else None}


@router.get("/events/export", summary="The filtered events as a CSV, JSONL or Parquet file (all pages)")
def export(request: Request, format: Format = Format.csv, actor: str | None = None, pair: str | None = None,
           type: Many = None, quad: Many = None, topic: Many = None, modality: Many = None, since: str | None = None,
           until: str | None = None, document: str | None = None, text: str | None = None) -> FileResponse:
    f = views.event_filter(actor, pair, type, quad, topic, modality, since, until, document, text, None, 0)
    records = [plover_record(r) for r in views.query.events(_store(request), f)]
    with tempfile.NamedTemporaryFile(suffix=f".{format}", delete=False) as tmp:
        path = Path(tmp.name)
    write_rows(records, format, path)
    return FileResponse(path, filename=f"dyads-events.{format}", background=BackgroundTask(path.unlink))


@router.get("/search", summary="Full-text search over documents and event sentences")
def search(request: Request, q: str = "") -> dict:
    return {"query": q, "hits": [asdict(h) for h in views.search(_store(request), q)]}


@router.post("/documents", summary="Ingest one input (text, HTML, JSON or JSONL body); needs the server's token")
async def ingest(request: Request, name: str = "upload",
                 authorization: Annotated[str | None, Header()] = None) -> dict:
    token = request.app.state.token
    if not token or not authorization or not hmac.compare_digest(authorization, f"Bearer {token}"):
        raise Unauthorised("ingest needs the token the server was started with: Authorization: Bearer TOKEN"
                           if token else "this server is read-only (start it with --token to allow ingest)")
    from dyads.ingest import ingest as run_ingest
    from dyads.sources.files import items_from_bytes

    settings = request.app.state.settings
    data = bytearray()
    async for chunk in request.stream():
        data += chunk
        if len(data) > settings.max_bytes:
            return {"results": [{"name": name, "status": "rejected",
                                 "reason": TOO_LARGE.format(size=len(data), limit=settings.max_bytes)}]}
    items = list(items_from_bytes(name[:200], bytes(data), settings, source_id=None))
    outcomes = await run_in_threadpool(lambda: list(run_ingest(items, _store(request), settings=settings)))
    return {"results": [{"name": o.name, "status": "rejected" if o.rejection else "added" if o.added else "present",
                         **({"reason": o.rejection.reason} if isinstance(o.rejection, Rejection) else {})}
                        for o in outcomes]}
