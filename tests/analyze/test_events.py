"""PLOVER events: type, actor and recipient countries, certainty from the claim, context."""

import csv
import io
import json
from pathlib import Path

import pytest

from newstrace.analyze.findings import analyze_article
from newstrace.export import EVENT_COLUMNS, write_events
from newstrace.extract.article import build_article
from newstrace.extract.text import extract_text
from newstrace.model import Analysis, Article, Block, RawDocument
from newstrace.output import analysis_dict

SEED = Path(__file__).resolve().parents[2] / "samples" / "article_fr.txt"
CAPTION_DATES = {"2021-12-14", "2022-04-03", "2024-06-19"}


def sentence(text: str, language: str) -> Analysis:
    art = Article("x", "t", text, (Block("b0", "paragraph", text, 0, len(text), language),),
                  language=language)
    return analyze_article(art)


@pytest.fixture(scope="module")
def seed() -> Analysis:
    text = SEED.read_text(encoding="utf-8")
    page = extract_text(text)
    raw = RawDocument("seed", text.encode(), "text", published="2024-11-17")
    return analyze_article(build_article(page, raw, doc_id="seed", content_hash=""))


def find(analysis: Analysis, etype: str, actor: str, recipient: str | None) -> list:  # type: ignore[type-arg]
    return [e for e in analysis.events if e.type == etype and e.actor.country == actor
            and (e.recipient.country if e.recipient else None) == recipient]


def test_authorisation_is_a_reported_concession_from_anonymous_sources(seed: Analysis) -> None:
    [e] = find(seed, "CONCEDE", "USA", "UKR")
    assert e.certainty == "reported" and e.source and e.source.kind == "anonymous"
    assert e.context == "body" and e.claim


def test_seed_events_with_their_actors(seed: Analysis) -> None:
    assert find(seed, "MOBILIZE", "PRK", "RUS")
    assert [e.certainty for e in find(seed, "AID", "PRK", "RUS")] == ["reported"]
    assert find(seed, "ACCUSE", "USA", "USA")
    assert find(seed, "AID", "USA", "UKR")
    assert find(seed, "ASSAULT", "RUS", "UKR")
    [coerce] = find(seed, "COERCE", "USA", "UKR")
    assert (coerce.certainty, coerce.tense) == ("possible", "future")
    [seized] = find(seed, "ASSAULT", "UKR", "RUS")
    assert seized.location == "Kursk Oblast"


def test_caption_events_keep_the_caption_date_and_body_events_never_do(seed: Analysis) -> None:
    [sign] = [e for e in seed.events if e.type == "AGREE" and e.context == "caption"]
    assert (sign.actor.country, sign.recipient.country) == ("RUS", "PRK")
    assert (sign.date, sign.location) == ("2024-06-19", "Pyongyang")
    assert not [e for e in seed.events if e.context == "body" and e.date in CAPTION_DATES]


def test_the_author_is_never_an_actor(seed: Analysis) -> None:
    assert all(e.actor.name != "Milos Schmidt" for e in seed.events)


@pytest.mark.parametrize(
    ("text", "language", "etype", "actor", "recipient"),
    [
        ("Russia launched a missile strike on Kharkiv on Monday.", "en", "ASSAULT", "RUS", None),
        ("The United States imposed new sanctions on Iran.", "en", "SANCTION", "USA", "IRN"),
        ("France will send humanitarian aid to Lebanon.", "en", "AGREE", "FRA", "LBN"),
        ("L'Allemagne a livré des chars à l'Ukraine.", "fr", "AID", "DEU", "UKR"),
        ("La Chine a critiqué le Japon pour ses exercices militaires.", "fr", "ACCUSE", "CHN",
         "JPN"),
        # Protesters the text does not name take the one country the sentence is about.
        ("Des milliers de manifestants ont protesté à Paris contre la réforme.", "fr", "PROTEST",
         "FRA", None),
    ],
)
def test_sentences_in_both_languages(text: str, language: str, etype: str, actor: str | None,
                                     recipient: str | None) -> None:
    events = sentence(text, language).events
    assert events, "no event"
    main = events[0]
    assert main.type == etype
    assert main.actor.country == actor
    if recipient:
        assert main.recipient is not None and main.recipient.country == recipient


def test_a_refused_grant_is_a_rejection_and_a_denied_attack_is_no_attack() -> None:
    [e] = sentence("The United States did not authorize the strikes on Russia.", "en").events
    assert (e.type, e.tense) == ("REJECT", "negated")
    events = sentence("La Russie n'a pas bombardé Kiev.", "fr").events
    assert not [e for e in events if e.type == "ASSAULT"]


def test_export_is_a_table_a_political_scientist_can_load(seed: Analysis) -> None:
    out = io.StringIO()
    count = write_events([json.loads(json.dumps(analysis_dict(seed)))], out, "csv")
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == count == len(seed.events)
    assert tuple(rows[0]) == EVENT_COLUMNS
    concede = next(r for r in rows if r["event_type"] == "CONCEDE")
    assert (concede["cameo_root"], concede["certainty"], concede["source_kind"]) == (
        "08", "reported", "anonymous")


@pytest.mark.parametrize(
    ("text", "language", "etype", "mode"),
    [
        # The object decides the type: the same verb, another event.
        ("Hundreds of protesters blocked roads in the capital.", "en", "PROTEST", "obstruct"),
        ("Japan halted economic aid to Serbia.", "en", "SANCTION", "discontinue"),
        ("The army lifted the blockade on the town.", "en", "RETREAT", None),
        ("The two governments struck a deal on fishing rights.", "en", "AGREE", None),
        ("Des agriculteurs ont bloqué les routes autour de Lyon.", "fr", "PROTEST", "obstruct"),
        ("Le Japon a suspendu son aide à la Birmanie.", "fr", "SANCTION", "discontinue"),
        ("Le gouvernement a imposé un couvre-feu à Dakar.", "fr", "COERCE", None),
        # Modes the words make clear.
        ("A car bomb killed three soldiers in Kabul.", "en", "ASSAULT", "explosives"),
        ("Les détenus ont entamé une grève de la faim.", "fr", "PROTEST", "hunger"),
    ],
)
def test_frames_and_modes(text: str, language: str, etype: str, mode: str | None) -> None:
    main = sentence(text, language).events[0]
    assert main.type == etype
    if mode:
        assert main.mode == mode


def test_an_announced_hostile_act_is_a_threat_and_a_reported_must_a_request() -> None:
    [threat] = [e for e in sentence(
        "NATO confirmed on Wednesday it would tighten the naval blockade of Serbia.",
        "en").events if e.type == "THREATEN"]
    assert (threat.actor.country, threat.recipient.country) == ("NATO", "SRB")
    assert threat.tense == "future"
    main = sentence("Washington declared that China must drop its barriers to exports.",
                    "en").events[0]
    assert main.type == "REQUEST" and main.recipient and main.recipient.country == "CHN"


def test_failing_to_agree_is_a_rejection() -> None:
    text = "Israelis and Palestinians failed to reach agreement on Sunday."
    main = sentence(text, "en").events[0]
    assert main.type == "REJECT"


def test_actor_country_from_the_title_demonym_or_the_one_country_of_the_sentence() -> None:
    main = sentence("Zimbabwean Prime Minister Joseph Ndlovu accused Britain of interference.",
                    "en").events[0]
    assert (main.type, main.actor.country, main.actor.sector) == ("ACCUSE", "ZWE", "GOV")
    main = sentence("President Ahmed Kalala banned opposition rallies in Zambia.", "en").events[0]
    assert main.actor.country == "ZMB"
    main = sentence("The Latvian Constitutional Court cancelled the restrictions.", "en").events[0]
    assert (main.type, main.actor.country) == ("CONCEDE", "LVA")


def test_modifiers_are_not_events() -> None:
    events = sentence("Opposition parties in Nepal organized a general strike.", "en").events
    assert events[0].type == "PROTEST"
    assert not [e for e in events if e.type == "REJECT"]


def test_request_pressure_reaches_its_recipient_through_the_preposition(seed: Analysis) -> None:
    assert find(seed, "REQUEST", "UKR", "USA")  # seed E4: "font pression ... sur Biden"
