"""dyads serve: the web app and JSON API over a store."""

from __future__ import annotations

import typer

from dyads.cli.common import DbOption, console, db_url


def serve(
    db: str = DbOption,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0: every interface)"),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    token: str = typer.Option(None, "--token", envvar="DYADS_TOKEN",
                              help="Allow POST /api/documents to requests bearing this token (default: read-only)"),
) -> None:
    """Serve the pairs, profiles, documents, actors, events and search as web pages and as JSON (/api, /docs)."""
    import uvicorn

    from dyads.web.app import create_app

    app = create_app(db_url(db), token=token)
    console.print(f"dyads serving {app.state.store.url.split('@')[-1]} at http://{host}:{port}/ "
                  f"({'ingest open to the token' if token else 'read-only'}); Ctrl-C stops it")
    uvicorn.run(app, host=host, port=port, log_level="warning")
