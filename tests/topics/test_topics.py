from tests.conftest import analyse_sample, analyse_text


def test_topics_from_stated_cues_and_not_from_boilerplate():
    doc = analyse_text("An official website of the United States government\n\nBelgium and the United States "
                       "discussed NATO, climate change and new sanctions against Russia.")
    assert doc.topics == ["alliances_security", "climate_energy", "sanctions"]


def test_speaker_labels_do_not_make_topics():
    doc = analyse_text("SECRETARY OF DEFENSE AUSTIN: Good morning.\n\nQUESTION: Thank you.\n")
    assert "alliances_security" not in doc.topics


def test_seed_transcript_topics():
    topics = set(analyse_sample("devset-seed-transcript").topics)
    assert {"alliances_security", "terrorism", "health_covid", "investment", "trade_economy",
            "climate_energy"} <= topics
