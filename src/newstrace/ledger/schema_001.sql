-- newstrace ledger, schema version 1: pages, their blocks, errors.
-- Findings (entities, claims, events...) are kept whole in documents.analysis
-- (the JSON contract) until later versions give them tables of their own.
CREATE TABLE documents (
    id                TEXT PRIMARY KEY,
    content_hash      TEXT NOT NULL,
    url               TEXT,
    source            TEXT NOT NULL,
    site              TEXT,
    language          TEXT,
    title             TEXT,
    byline            TEXT,
    published         TEXT,
    window_not_before TEXT,
    window_not_after  TEXT,
    extractor         TEXT,
    ingested_at       TEXT NOT NULL,
    analysis          TEXT NOT NULL
);
CREATE INDEX documents_url ON documents(url);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE blocks (
    document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id           TEXT NOT NULL,
    position     INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    language     TEXT,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    text         TEXT NOT NULL,
    duplicate_of TEXT,
    PRIMARY KEY (document_id, id)
);
CREATE INDEX blocks_kind ON blocks(kind);

-- Every place a page was seen: the same page from two feeds is one document, two sightings.
CREATE TABLE sightings (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    source      TEXT NOT NULL,
    seen_at     TEXT NOT NULL,
    PRIMARY KEY (document_id, source)
);

CREATE TABLE errors (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    document    TEXT NOT NULL,
    code        TEXT NOT NULL,
    message     TEXT NOT NULL,
    occurred_at TEXT NOT NULL
);
