"""The HTML pages: each renders the same `web.views` data as its JSON twin under /api."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from dyads.web import views
from dyads.web.templating import templates

router = APIRouter(include_in_schema=False)
Many = Annotated[list[str] | None, Query()]


def _page(request: Request, template: str, **context: object) -> HTMLResponse:
    return HTMLResponse(templates().get_template(template).render(request=request, **context))


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    data = views.pairs(request.app.state.store)
    return _page(request, "pairs.html.j2", title="Pairs", **data)


@router.get("/pairs/{pair}", response_class=HTMLResponse)
def pair(request: Request, pair: str, by: str = "year") -> HTMLResponse:
    from dyads.profiles.article import write_article

    profile, charts = views.pair(request.app.state.store, *views.pair_codes(pair), by)
    return _page(request, "pair.html.j2", title=" – ".join(profile.names), p=profile, charts=charts, by=by,
                 key="-".join(profile.pair), article=write_article(profile))


@router.get("/documents/{key}", response_class=HTMLResponse)
def document(request: Request, key: str) -> HTMLResponse:
    doc, segments = views.document(request.app.state.store, key)
    return _page(request, "document.html.j2", title=doc.title or doc.source_id or doc.id, doc=doc,
                 segments=segments)


@router.get("/actors/{code}", response_class=HTMLResponse)
def actor(request: Request, code: str) -> HTMLResponse:
    shown = views.actor(request.app.state.store, views.actor_code(code))
    return _page(request, "actor.html.j2", title=shown["name"], **shown)


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, actor: str | None = None, pair: str | None = None, type: Many = None,
           quad: Many = None, topic: Many = None, modality: Many = None, since: str | None = None,
           until: str | None = None, document: str | None = None, text: str | None = None,
           offset: int = 0) -> HTMLResponse:
    f = views.event_filter(actor, pair, type, quad, topic, modality, since, until, document, text, views.PAGE,
                           offset)
    rows = views.query.events(request.app.state.store, f)
    kept = [(k, v) for k, v in request.query_params.multi_items() if k != "offset" and v]

    def at(value: int) -> str:
        return "/events?" + urlencode([*kept, ("offset", str(value))])

    partial = request.headers.get("HX-Request") == "true"   # htmx asks for the table alone
    return _page(request, "events_rows.html.j2" if partial else "events.html.j2", title="Events", rows=rows,
                 options=views.filter_options(), params=request.query_params, offset=offset,
                 export_query=urlencode(kept), previous=at(max(offset - views.PAGE, 0)) if offset else None,
                 next=at(offset + views.PAGE) if len(rows) == views.PAGE else None)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = "") -> HTMLResponse:
    return _page(request, "search.html.j2", title="Search", q=q, hits=views.search(request.app.state.store, q))


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """Swagger UI from the vendored bundle, started by static/docs.js (no inline script)."""
    return _page(request, "docs.html.j2", title="API")
