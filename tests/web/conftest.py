"""A web app over the bundled samples plus one hostile document, for the API and browser tests."""

from __future__ import annotations

import pytest

from dyads.models import Document, SourceItem
from dyads.pipeline import process

HOSTILE_TITLE = 'Talks <script>alert("title")</script>'
HOSTILE = (
    "Secretary Blinken met Belgian Foreign Minister Sophie Wilmès in Brussels on 24 March 2021. "
    "<script>document.title = 'pwned'</script> <img src=x onerror=\"document.title='pwned'\"> "
    "Belgium and the United States agreed to cooperate on energy security. "
    "See javascript:document.title='pwned' and <a href=\"javascript:alert(1)\">this link</a>.\n"
)


@pytest.fixture(scope="session")
def web_store(samples_store):
    doc = process(SourceItem("hostile", "text", HOSTILE, source_id="hostile", title=HOSTILE_TITLE,
                             url="javascript:alert(1)"))
    assert isinstance(doc, Document)
    samples_store.add(doc)
    return samples_store


@pytest.fixture(scope="session")
def client(web_store):
    from fastapi.testclient import TestClient

    from dyads.web.app import create_app

    with TestClient(create_app(web_store.url, token="s3cret")) as c:
        yield c
