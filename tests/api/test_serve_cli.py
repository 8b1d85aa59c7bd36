"""`newstrace serve`: localhost by default, a warning elsewhere, the token from a file or
the environment."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import newstrace.api
from newstrace.api import is_loopback, load_token
from newstrace.cli import main, serve


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Calls to the server, recorded instead of listening."""
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(newstrace.api, "serve",
                        lambda db, **kw: calls.append({"db": db, **kw}))
    monkeypatch.delenv("NEWSTRACE_TOKEN", raising=False)
    return calls


def run(*args: str) -> Any:
    return CliRunner().invoke(main, ["serve", *args], catch_exceptions=False)


def test_the_default_bind_is_localhost() -> None:
    options = {p.name: p for p in serve.params}
    assert options["host"].default == "127.0.0.1"
    assert options["port"].default == 8080
    help_text = run("--help").output
    assert "127.0.0.1" in help_text and "--token-file" in help_text


def test_serving_localhost_without_a_token(started: list[dict[str, Any]],
                                           tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "a.db"))
    assert result.exit_code == 0
    assert started == [{"db": str(tmp_path / "a.db"), "host": "127.0.0.1", "port": 8080,
                        "token": None}]
    assert "warning" not in result.stderr
    assert "writes disabled" in result.stderr


def test_binding_elsewhere_warns(started: list[dict[str, Any]], tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "a.db"), "--host", "0.0.0.0", "--port", "9000")
    assert result.exit_code == 0
    assert "warning" in result.stderr and "0.0.0.0" in result.stderr
    assert started[0]["host"] == "0.0.0.0" and started[0]["port"] == 9000


def test_token_from_file_or_environment(started: list[dict[str, Any]], tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    token_file = tmp_path / "token"
    token_file.write_text("a-long-enough-token-value\n", encoding="utf-8")
    assert run("--db", str(tmp_path / "a.db"), "--token-file", str(token_file)).exit_code == 0
    assert started[-1]["token"] == "a-long-enough-token-value"
    monkeypatch.setenv("NEWSTRACE_TOKEN", "from-the-environment")
    result = run("--db", str(tmp_path / "a.db"))
    assert started[-1]["token"] == "from-the-environment"
    assert "writes enabled" in result.stderr
    token_file.write_text("short\n", encoding="utf-8")
    result = run("--db", str(tmp_path / "a.db"), "--token-file", str(token_file))
    assert result.exit_code == 2 and "16 characters" in result.stderr
    result = run("--db", str(tmp_path / "a.db"), "--token-file", str(tmp_path / "missing"))
    assert result.exit_code == 2 and "cannot read" in result.stderr


def test_an_unusable_ledger_stops_before_serving(started: list[dict[str, Any]],
                                                 tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database" * 100)
    assert run("--db", str(bad)).exit_code == 3
    assert started == []


def test_loopback_names_and_token_sources(monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    assert all(map(is_loopback, ["127.0.0.1", "::1", "[::1]", "localhost", "127.1.2.3"]))
    assert not any(map(is_loopback, ["0.0.0.0", "192.168.1.4", "::", "example.org"]))
    monkeypatch.delenv("NEWSTRACE_TOKEN", raising=False)
    assert load_token(None) is None
    monkeypatch.setenv("NEWSTRACE_TOKEN", "  from-env  ")
    assert load_token(None) == "from-env"
    token_file = tmp_path / "t"
    token_file.write_text("from-the-file-0123456789\nignored\n", encoding="utf-8")
    assert load_token(token_file) == "from-the-file-0123456789"  # the file wins
