from dyads.models import Document, SourceItem
from dyads.pipeline import process_all
from dyads.profiles.overview import pair_overview
from dyads.store import Store

TEXTS = [
    "Belgium and the United States signed an agreement on customs cooperation on June 3, 2019.",
    " date 2021-03-24 Secretary Blinken met Belgian Foreign Minister Sophie Wilmès in Brussels.",
]


def test_pair_overview_hand_computed(db_url):
    with Store(db_url) as store:
        items = [SourceItem(f"t{i}", "text", t, source_id=f"t{i}") for i, t in enumerate(TEXTS)]
        for doc in process_all(items):
            assert isinstance(doc, Document)
            store.add(doc)
        [pair] = [p for p in pair_overview(store) if p.pair == ("BEL", "USA")]
    # one SUPPORT (signing, score 3.5) and one CONSULT (the meeting, score 1.0), each counted once
    assert (pair.documents, pair.events, pair.index) == (2, 2, 2.25)
    assert pair.last_contact == "2021-03-24" and "met Belgian Foreign Minister" in pair.last_contact_sentence
