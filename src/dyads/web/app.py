"""`dyads serve`: the web app and its JSON API over one store (FastAPI, Jinja2, htmx).

Read-only unless started with a token, which opens `POST /api/documents` to that token alone. Every
page is server-rendered from `web.views`; every browser asset is served from the package (static/vendor,
pinned, with its license). Document text is untrusted: templates autoescape, the one script source is
'self' (no inline script: charts read their data from JSON blocks), and links are made only from http(s)
URLs. A `DyadsError` renders as a page or as JSON with its code, never as a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from dyads.errors import BadDate, BadOption, DyadsError, NotFound, Unauthorised, UnknownActor
from dyads.settings import DEFAULT, Settings
from dyads.store import Store
from dyads.web.templating import templates

log = logging.getLogger(__name__)

# No inline script anywhere (script-src 'self'); inline styles are allowed because Cytoscape.js and Swagger
# UI set them, and no template puts document text in a style.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
STATUS = {NotFound: 404, UnknownActor: 404, BadDate: 400, BadOption: 400, Unauthorised: 401}


def create_app(db_url: str, token: str | None = None, settings: Settings = DEFAULT) -> FastAPI:
    """The app over the store at `db_url`; `token` enables the ingest endpoint."""
    from dyads.web import api, pages

    store = Store(db_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(title="dyads", summary="Bilateral relations from diplomatic documents, every item cited",
                  docs_url=None, redoc_url=None, lifespan=lifespan)
    app.state.store = store
    app.state.token = token
    app.state.settings = settings
    app.mount("/static", StaticFiles(directory=str(resources.files("dyads.web") / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.middleware("http")
    async def security_headers(request: Request, call_next) -> Response:  # noqa: ANN001
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    @app.exception_handler(DyadsError)
    async def dyads_error(request: Request, exc: DyadsError) -> Response:
        return _error(request, STATUS.get(type(exc), 400), exc.code, str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        where = "; ".join(f"{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in exc.errors())
        return _error(request, 400, BadOption.code, f"bad parameter: {where}")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        code = NotFound.code if exc.status_code == 404 else "E000"
        return _error(request, exc.status_code, code, "no such page" if exc.status_code == 404 else str(exc.detail))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        log.exception("error serving %s", request.url.path)
        return _error(request, 500, "E000", f"internal error ({type(exc).__name__}); the server log has the details")

    return app


def _error(request: Request, status: int, code: str, message: str) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
    return HTMLResponse(templates().get_template("error.html.j2").render(
        request=request, status=status, code=code, message=message, title=f"Error {code}"), status_code=status)
