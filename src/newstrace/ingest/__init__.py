"""Reading pages in: paths to RawDocuments, bytes to text, and page identity."""

from newstrace.ingest.decode import decode
from newstrace.ingest.identity import content_hash, document_id, normalize_url
from newstrace.ingest.readers import iter_documents

__all__ = ["content_hash", "decode", "document_id", "iter_documents", "normalize_url"]
