"""Write endpoints: a token is required, pages are queued (202) and analysed off the request
path by the worker, then appear in the read endpoints."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newstrace.api import LOOPBACK_HOSTS, create_app

TOKEN = "s3cret-token-for-tests-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
PAGE = {
    "url": "https://news.example/2024/12/02/goma",
    "source": "News Example",
    "published": "2024-12-02",
    "text": (
        "Rebels seize Goma airport\n\n"
        "M23 rebels seized the airport of Goma on Monday, a United Nations official said.\n\n"
        "The army of the Democratic Republic of Congo denied that the airport had fallen."
    ),
}


@pytest.fixture
def writer(tmp_path: Path) -> Iterator[TestClient]:
    """A client over an empty ledger, with writes enabled."""
    with TestClient(create_app(tmp_path / "w.db", token=TOKEN)) as client:
        yield client


def wait_for(client: TestClient, href: str, timeout: float = 120.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = client.get(href).json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.1)
    raise AssertionError(f"job {href} still {job['status']} after {timeout}s")


def test_writes_are_refused_when_no_token_is_configured(client: TestClient) -> None:
    for url, body in (("/api/documents", PAGE), ("/api/fetch", {"urls": ["https://x.example/"]})):
        response = client.post(url, json=body, headers=AUTH)
        assert response.status_code == 403
        assert "NEWSTRACE_TOKEN" in response.json()["hint"]
        assert "--token-file" in response.json()["hint"]


def test_writes_need_the_right_bearer_token(writer: TestClient) -> None:
    missing = writer.post("/api/documents", json=PAGE)
    assert missing.status_code == 401
    assert missing.headers["WWW-Authenticate"].startswith("Bearer")
    for header in ("Bearer wrong-token", f"Basic {TOKEN}", "Bearer", TOKEN):
        response = writer.post("/api/documents", json=PAGE, headers={"Authorization": header})
        assert response.status_code == 401, header
    assert writer.get("/api/documents").json()["total"] == 0


def test_a_posted_page_is_queued_then_analysed_and_readable(writer: TestClient) -> None:
    response = writer.post("/api/documents", json=PAGE, headers=AUTH)
    assert response.status_code == 202
    job = response.json()
    assert job["status"] in ("queued", "running", "done")
    assert response.headers["Location"] == job["href"]
    done = wait_for(writer, job["href"])
    assert done["status"] == "done", done
    [stored] = done["documents"]
    assert stored["status"] == "added"
    page = writer.get(stored["href"]).json()
    assert page["document"]["url"] == PAGE["url"]
    assert page["document"]["published"] == "2024-12-02"
    assert page["claims"], "the worker ran the full analysis"
    listed = writer.get("/api/documents").json()["items"]
    assert [d["id"] for d in listed] == [stored["id"]]
    assert listed[0]["story"], "the worker placed the page in a story"
    events = writer.get("/api/events", params={"document": stored["id"]}).json()["items"]
    assert events and all(e["document"]["id"] == stored["id"] for e in events)
    # Posting the same page again stores nothing new.
    again = wait_for(writer, writer.post("/api/documents", json=PAGE, headers=AUTH)
                     .json()["href"])
    assert again["documents"][0]["status"] == "unchanged"


def test_bad_pages_are_refused_before_queueing(writer: TestClient) -> None:
    for body in (
        {"url": PAGE["url"]},  # no html nor text
        {"text": "x", "html": "<p>x</p>"},  # both
        {"text": "x", "published": "2 December"},
        {"text": "x", "url": "javascript:alert(1)"},
        {"text": "x", "colour": "blue"},  # unknown field
    ):
        response = writer.post("/api/documents", json=body, headers=AUTH)
        assert response.status_code == 422, body
        assert response.json()["error"]
    response = writer.post("/api/documents", content=b"not json", headers={
        **AUTH, "Content-Type": "application/json"})
    assert response.status_code == 422


def test_a_page_that_fails_is_reported_on_its_job(writer: TestClient) -> None:
    job = writer.post("/api/documents", json={"html": "<html><body></body></html>"},
                      headers=AUTH).json()
    done = wait_for(writer, job["href"])
    assert done["status"] == "failed"
    assert done["errors"][0]["code"].startswith("E")
    assert writer.get("/api/stats").json()["errors"] == 1


def test_fetching_never_reaches_into_the_servers_own_network(writer: TestClient) -> None:
    job = writer.post("/api/fetch", json={"urls": ["http://127.0.0.1:9/page"]},
                      headers=AUTH)
    assert job.status_code == 202
    done = wait_for(writer, job.json()["href"])
    assert done["status"] == "failed"
    assert "loopback" in done["errors"][0]["message"]
    bad = writer.post("/api/fetch", json={"urls": ["file:///etc/passwd"]}, headers=AUTH)
    assert bad.status_code == 422


def test_oversized_bodies_are_refused(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "s.db", token=TOKEN, max_bytes=1000)) as client:
        response = client.post("/api/documents", json={"text": "word " * 1000}, headers=AUTH)
        assert response.status_code == 413


def test_a_localhost_server_answers_localhost_names_only(tmp_path: Path) -> None:
    app = create_app(tmp_path / "h.db", allowed_hosts=LOOPBACK_HOSTS)
    with TestClient(app, base_url="http://127.0.0.1:8080") as local:
        assert local.get("/api/stats").status_code == 200
    with TestClient(app, base_url="http://rebound.example") as rebound:
        assert rebound.get("/api/stats").status_code == 400
