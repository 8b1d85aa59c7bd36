"""Reading pages in: paths, feeds, archives and URLs to RawDocuments, bytes to text, identity.

``iter_documents`` yields pages (or the error standing for a bad one) from
files, folders, globs, RSS/Atom feeds, WARC archives and URLs; ``Fetcher``
fetches URLs politely and refuses private addresses; ``decode`` turns a page's
bytes into text once, and ``document_id`` names a page so that the same page
ingested twice is stored once.
"""

from newstrace.ingest.decode import Decoded, DecodeWarning, decode, decode_detailed
from newstrace.ingest.feeds import FeedWarning, feed_documents
from newstrace.ingest.fetch import Fetcher, FetchOptions
from newstrace.ingest.identity import content_hash, document_id, normalize_url
from newstrace.ingest.readers import iter_documents
from newstrace.ingest.warc import warc_documents

__all__ = [
    "DecodeWarning",
    "Decoded",
    "FeedWarning",
    "FetchOptions",
    "Fetcher",
    "content_hash",
    "decode",
    "decode_detailed",
    "document_id",
    "feed_documents",
    "iter_documents",
    "normalize_url",
    "warc_documents",
]
