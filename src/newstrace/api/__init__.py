"""The HTTP API and the web page: read the ledger; never analyse on the request path.

``create_app(db)`` builds the FastAPI app (tests use it with a TestClient);
``serve(...)`` runs it with uvicorn as ``newstrace serve`` does.  The token for
the write endpoints comes from ``--token-file`` or ``$NEWSTRACE_TOKEN``.
"""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path

from newstrace.api.app import create_app

__all__ = ["LOOPBACK_HOSTS", "TokenError", "create_app", "is_loopback", "load_token", "serve"]

#: Host header names a localhost server answers to (anything else may be DNS rebinding).
LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "::1", "[::1]"]


class TokenError(Exception):
    """The token file cannot be used."""


def load_token(token_file: str | Path | None) -> str | None:
    """The write token: the file's first line if a file is given, else ``$NEWSTRACE_TOKEN``."""
    if token_file is not None:
        try:
            text = Path(token_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise TokenError(f"cannot read the token file {token_file}: {exc.strerror}") from exc
        token = text.strip().splitlines()[0].strip() if text.strip() else ""
        if len(token) < 16:
            raise TokenError(f"{token_file}: a token of at least 16 characters is needed "
                             "(e.g. python -c 'import secrets; print(secrets.token_urlsafe())')")
        return token
    return os.environ.get("NEWSTRACE_TOKEN", "").strip() or None


def is_loopback(host: str) -> bool:
    """True when ``host`` is reachable from this machine only."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(db: str, *, host: str = "127.0.0.1", port: int = 8080,
          token: str | None = None, log_level: str = "info") -> None:
    """Run the API and web page until interrupted.

    A server bound to localhost answers only requests naming localhost, so a web
    page elsewhere cannot read the ledger through DNS rebinding.
    """
    import uvicorn

    app = create_app(db, token=token, allowed_hosts=LOOPBACK_HOSTS if is_loopback(host) else None)
    uvicorn.run(app, host=host, port=port, log_level=log_level)
