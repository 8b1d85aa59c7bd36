-- newstrace ledger, schema version 2: what only many pages show.
-- Fingerprints let the story index be rebuilt without re-analysing pages;
-- memberships never move once decided (stories grow incrementally).
CREATE TABLE fingerprints (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    language    TEXT,
    day_lo      INTEGER,
    day_hi      INTEGER,
    keys        TEXT NOT NULL,   -- JSON list of language-independent keys
    minhash     BLOB NOT NULL,   -- 128 little-endian uint32
    vector      BLOB,            -- float16 lead-paragraph vector
    title       TEXT
);

CREATE TABLE stories (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    first_seen  TEXT,
    last_seen   TEXT,
    updated_at  TEXT NOT NULL,
    analysis    TEXT             -- JSON: claims with independent counts, contradictions
);

CREATE TABLE story_members (
    document_id  TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    story_id     TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    score        REAL NOT NULL,
    duplicate_of TEXT,           -- a near-duplicate (syndicated copy) found by MinHash
    similarity   REAL,
    joined_at    TEXT NOT NULL
);
CREATE INDEX story_members_story ON story_members(story_id);

CREATE TABLE provenance (
    copy_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    origin_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    story_id   TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    credited   INTEGER NOT NULL,
    score      REAL NOT NULL,
    summary    TEXT NOT NULL,
    link       TEXT NOT NULL,   -- JSON: the whole link with its aligned evidence
    PRIMARY KEY (copy_id, origin_id)
);
CREATE INDEX provenance_story ON provenance(story_id);
