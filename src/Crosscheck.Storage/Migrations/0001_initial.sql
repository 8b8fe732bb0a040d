-- Articles as ingested. published_at keeps the offset the source gave; published_utc is the same instant in UTC,
-- written so that text order is time order (ordering by published_at would compare offsets as text).
CREATE TABLE articles (
    id            TEXT    NOT NULL PRIMARY KEY,
    source        TEXT    NOT NULL,
    url           TEXT,
    outlet        TEXT    NOT NULL,
    title         TEXT    NOT NULL,
    authors       TEXT    NOT NULL,  -- JSON array of strings
    published_at  TEXT,              -- ISO 8601 with offset
    published_utc TEXT,              -- yyyy-MM-ddTHH:mm:ss.fffffffZ
    language      TEXT    NOT NULL,
    text          TEXT    NOT NULL,
    source_offset INTEGER NOT NULL,
    origin        TEXT    NOT NULL,
    ingested_at   TEXT    NOT NULL
);

CREATE INDEX articles_by_time ON articles (published_utc, id);

CREATE TABLE analyses (
    article_id       TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    pipeline_version TEXT NOT NULL,
    json             TEXT NOT NULL,
    saved_at         TEXT NOT NULL,
    PRIMARY KEY (article_id, pipeline_version)
);
