"""The real app on a free localhost port (uvicorn in a thread) and headless Chromium.

The browser is the system's Chromium (``/usr/bin/chromium`` or ``$NEWSTRACE_CHROMIUM``),
driven by Playwright; nothing is downloaded.  Without Chromium the browser tests are
skipped, unless ``NEWSTRACE_REQUIRE_BROWSER=1`` (CI), where they fail.
"""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))

from ledger_builder import seed_of, session_ledger

from newstrace.api import LOOPBACK_HOSTS, create_app

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def chromium_path() -> str | None:
    path = os.environ.get("NEWSTRACE_CHROMIUM", "/usr/bin/chromium")
    return path if os.path.isfile(path) and os.access(path, os.X_OK) else None


def _unavailable(reason: str) -> None:
    if os.environ.get("NEWSTRACE_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (NEWSTRACE_REQUIRE_BROWSER=1)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def web_seed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return seed_of(session_ledger(tmp_path_factory))


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app as `newstrace serve` runs it, on a free port; yields its base URL."""
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(session_ledger(tmp_path_factory), allowed_hosts=LOOPBACK_HOSTS)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                            lifespan="on")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    path = chromium_path()
    if path is None:
        wanted = os.environ.get("NEWSTRACE_CHROMIUM", "/usr/bin/chromium")
        _unavailable(f"no Chromium at {wanted} (apt-get install chromium, or set "
                     "NEWSTRACE_CHROMIUM)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright for Python is not installed (the dev extra)")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    """A fresh page that records every request and every script error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.requests = []
    tab.errors = []
    tab.on("request", lambda r: tab.requests.append(r.url))
    tab.on("pageerror", lambda e: tab.errors.append(str(e)))
    tab.set_default_timeout(20_000)
    yield tab
    context.close()
