"""Where findings are stored. SQLite by default; SQL stays inside this package."""

from newstrace.ledger.sqlite import Ledger, LedgerError, StoreResult

__all__ = ["Ledger", "LedgerError", "StoreResult"]
