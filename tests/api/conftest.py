"""Fixtures for the API tests: one ledger per module run, a client over it, the seed's id."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent))

from ledger_builder import seed_of, session_ledger

from newstrace.api import create_app


@pytest.fixture(scope="session")
def ledger_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return session_ledger(tmp_path_factory)


@pytest.fixture(scope="session")
def seed(ledger_path: Path) -> dict[str, Any]:
    """The seed page's contract, as the ledger stores it."""
    return seed_of(ledger_path)


@pytest.fixture(scope="module")
def client(ledger_path: Path) -> Iterator[TestClient]:
    """A read-only client (no token: writes are disabled)."""
    with TestClient(create_app(ledger_path)) as test_client:
        yield test_client
