"""The web page's files: served by the app, inside the package, with nothing fetched from
elsewhere at run time and no page text ever written as HTML."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from newstrace.api import create_app
from newstrace.api.app import web_root

WEB = web_root()


def test_the_page_and_its_files_are_served(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "x.db")) as client:
        index = client.get("/")
        assert index.status_code == 200
        assert '<script src="/static/app.js"' in index.text
        csp = index.headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp
        for name in ("app.js", "style.css", "world-110m.svg"):
            assert client.get(f"/static/{name}").status_code == 200, name
        assert client.get("/static/../api/app.py").status_code == 404


def test_no_file_refers_to_another_host() -> None:
    for path in WEB.iterdir():
        if path.suffix not in (".html", ".js", ".css", ".svg"):
            continue
        text = path.read_text(encoding="utf-8")
        hosts = set(re.findall(r"https?://([a-z0-9.-]+\.[a-z]{2,})", text))
        assert hosts <= {"www.w3.org"}, (path.name, hosts)  # the SVG namespace only
        assert not re.search(r"""(?:src|href)\s*=\s*["']//|url\(\s*["']?//|@import""", text)


def test_scripts_never_write_html() -> None:
    script = (WEB / "app.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                 "new Function"):
        assert sink not in script, sink


def test_the_map_outline_is_credited() -> None:
    notice = (WEB / "NOTICE").read_text(encoding="utf-8")
    assert "Natural Earth" in notice and "public domain" in notice and "ISC" in notice
    assert (WEB / "world-110m.svg").stat().st_size < 80_000
