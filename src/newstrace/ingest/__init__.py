"""Reading pages in: paths to RawDocuments, bytes to text, and page identity.

``iter_documents`` yields pages (or the error standing for a bad one),
``decode`` turns a page's bytes into text once, and ``document_id`` names a
page so that the same page ingested twice is stored once.
"""

from newstrace.ingest.decode import Decoded, DecodeWarning, decode, decode_detailed
from newstrace.ingest.identity import content_hash, document_id, normalize_url
from newstrace.ingest.readers import iter_documents

__all__ = [
    "DecodeWarning",
    "Decoded",
    "content_hash",
    "decode",
    "decode_detailed",
    "document_id",
    "iter_documents",
    "normalize_url",
]
