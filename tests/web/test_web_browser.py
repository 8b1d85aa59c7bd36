"""End to end in headless Chromium: the timeline, the article view and the map show the
seed's findings as the API serves them, page text is never run as markup, and the page
asks nothing of any host but the one serving it."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import httpx

try:
    from playwright.sync_api import expect
except ImportError:  # the `browser` fixture skips, or fails when the browser is required
    expect = None


def open_view(page: Any, server: str, fragment: str, ready: str) -> None:
    page.goto(f"{server}/#/{fragment}")
    page.wait_for_selector(f"#view[data-ready='{ready}']")


def only_this_server(page: Any, server: str) -> None:
    hosts = {urlsplit(url).netloc for url in page.requests if not url.startswith("data:")}
    assert hosts == {urlsplit(server).netloc}, hosts
    assert page.errors == []


def test_timeline_shows_the_seeds_events_with_their_certainty(
        page: Any, server: str, web_seed: dict[str, Any]) -> None:
    open_view(page, server, "timeline", "timeline")
    doc_id = web_seed["document"]["id"]
    rows = page.locator(f".tl-event[data-document='{doc_id}']")
    assert rows.count() == len(web_seed["events"])
    by_id = {e["id"]: e for e in web_seed["events"]}
    reported = next(e for e in web_seed["events"] if e["certainty"] == "reported")
    asserted = next(e for e in web_seed["events"] if e["certainty"] == "asserted")
    row = page.locator(f".tl-event[data-event='{reported['id']}'][data-document='{doc_id}']")
    assert "reported" in row.inner_text().lower()
    assert reported["type"] in row.inner_text()

    def edge(event: dict[str, Any]) -> str:
        return page.locator(
            f".tl-event[data-event='{event['id']}'][data-document='{doc_id}']"
        ).evaluate("el => getComputedStyle(el).borderLeftStyle")

    # At a glance: a reported event is drawn unlike an asserted one, not only coloured.
    assert edge(asserted) == "solid"
    assert edge(reported) == "dashed"
    probable = [e for e in by_id.values() if e["certainty"] in ("probable", "possible")]
    assert probable and edge(probable[0]) == "dotted"

    # The certainty filter hides what is unticked.
    page.click(".cert-toggle[data-certainty='asserted']")
    expect(page.locator(".tl-event.cert-asserted")).to_have_count(0)
    shown = page.locator(f".tl-event[data-document='{doc_id}']").count()
    assert shown == sum(e["certainty"] != "asserted" for e in web_seed["events"])
    only_this_server(page, server)


def test_article_view_highlights_the_headline_claim_with_its_source(
        page: Any, server: str, web_seed: dict[str, Any]) -> None:
    doc = web_seed["document"]
    headline_id = doc["sourcing"]["headline_claim"]
    headline = next(c for c in web_seed["claims"] if c["id"] == headline_id)
    open_view(page, server, f"doc/{doc['id']}", "doc")
    assert "rests on 4 anonymous sources" in page.inner_text("#sourcing")

    for span in headline["evidence"]:
        marks = page.locator(
            f"[data-block='{span['block']}'] mark[data-refs~='claim:{headline_id}']")
        assert marks.count() >= 1
        # The highlighted words are exactly the evidence, at its offsets in the block.
        shown = "".join(marks.all_inner_texts())
        assert span["text"] in shown, (span, shown)
    first = page.locator(
        f"[data-block='{headline['evidence'][0]['block']}'] "
        f"mark[data-refs~='claim:{headline_id}']").first
    assert "cert-reported" in (first.get_attribute("class") or "")
    assert "anonymous" in (first.get_attribute("title") or "")

    first.click()
    detail = page.locator("#detail")
    detail.wait_for(state="visible")
    text = detail.inner_text()
    assert "REPORTED" in text.upper() and "anonymous" in text and "headline claim" in text
    assert "count\n4" in text or "count 4" in text or "×4" in text
    assert "selon" in text  # the cue that made it "reported"

    # What was set aside is shown, dimmed and labelled, not hidden and not mixed in.
    caption = page.locator(".block[data-kind='caption']").first
    assert "set aside" in caption.inner_text().lower()
    assert float(caption.evaluate("el => getComputedStyle(el).opacity")) < 1
    assert page.locator(".block[data-kind='boilerplate']").count() >= 1
    only_this_server(page, server)


def test_map_draws_the_located_events(page: Any, server: str,
                                      web_seed: dict[str, Any]) -> None:
    open_view(page, server, "map", "map")
    points = page.locator("circle.map-point")
    assert points.count() >= 3
    places = set(points.evaluate_all("els => els.map(e => e.dataset.place)"))
    assert {"Kyiv", "Kursk Oblast"} <= places
    kyiv = page.locator("circle.map-point[data-place='Kyiv']")
    box = kyiv.bounding_box()
    svg = page.locator("svg.map").bounding_box()
    # Equirectangular: Kyiv (30.5 E, 50.5 N) lies right of centre and in the upper third.
    assert svg["x"] + svg["width"] * 0.55 < box["x"] < svg["x"] + svg["width"] * 0.62
    assert svg["y"] + svg["height"] * 0.15 < box["y"] < svg["y"] + svg["height"] * 0.25
    kyiv.focus()  # Bucha's point, drawn over Kyiv's at this zoom, would take a click
    kyiv.press("Enter")
    listed = page.locator(".map-list .tl-event")
    assert listed.count() == sum(e["location"] == "Kyiv" for e in web_seed["events"])
    assert any(url.endswith("/static/world-110m.svg") for url in page.requests)
    only_this_server(page, server)


def test_page_text_is_shown_as_text_never_run(page: Any, server: str) -> None:
    open_view(page, server, "pages", "pages")
    hostile = page.locator("tr[data-document]", has_text="Hostile page")
    assert hostile.count() == 1
    assert "<b onmouseover" in hostile.inner_text()  # the outlet's name, shown literally
    hostile.locator("a").first.click()
    page.wait_for_selector("#view[data-ready='doc']")
    body = page.inner_text("#view")
    assert "<script>window.__pwned=2</script>" in body
    assert "<img src=x onerror" in body
    assert page.locator("#view img, #view script, #view a[href^='javascript']").count() == 0
    page.hover("text=Hostile page")
    assert page.evaluate("window.__pwned") is None
    only_this_server(page, server)


def test_stories_view_lists_stories_and_opens_one(page: Any, server: str,
                                                  web_seed: dict[str, Any]) -> None:
    open_view(page, server, "stories", "stories")
    rows = page.locator("tr[data-story]")
    assert rows.count() == 5
    seed_row = page.locator("tr[data-story]", has_text=web_seed["document"]["title"][:30])
    seed_row.locator("a").click()
    page.wait_for_selector("#view[data-ready='story']")
    assert page.locator("tr[data-claim]").count() == len(web_seed["claims"])
    assert "Provenance (0)" in page.inner_text("#view")
    only_this_server(page, server)


def test_highlights_land_on_the_same_words_after_emoji(page: Any, server: str) -> None:
    """Offsets count code points (Python); a flag emoji is two of them and four UTF-16
    units: the page must still highlight exactly the evidence."""
    [listed] = httpx.get(f"{server}/api/documents", params={"q": "tractors"}).json()["items"]
    analysis = httpx.get(f"{server}/api/documents/{listed['id']}").json()
    [event] = analysis["events"]
    [claim] = analysis["claims"]
    open_view(page, server, f"doc/{listed['id']}", "doc")
    trigger = event["evidence"][0]
    marks = page.locator(
        f"[data-block='{trigger['block']}'] mark[data-refs~='event:{event['id']}']")
    assert "".join(marks.all_inner_texts()) == trigger["text"] == "arrested"
    said = claim["evidence"][0]
    marks = page.locator(f"[data-block='{said['block']}'] mark[data-refs~='claim:{claim['id']}']")
    shown = "".join(marks.all_inner_texts())
    assert shown.startswith("🇫🇷🇫🇷 President Emmanuel Macron") and said["text"] in shown
    only_this_server(page, server)
