"""newstrace: from raw news pages to a sourced ledger of what is said, and on whose word."""

__version__ = "0.1.0"
