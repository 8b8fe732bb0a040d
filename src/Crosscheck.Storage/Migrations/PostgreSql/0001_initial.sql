-- The same logical schema as the SQLite store. published_at keeps the offset the source gave (ISO 8601 text, so it
-- round-trips exactly); published_utc is the same instant for ordering. Ids compare byte-wise (COLLATE "C") so that
-- orderings match SQLite's whatever the database's locale.
CREATE TABLE articles (
    id            TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    source        TEXT        NOT NULL,
    url           TEXT,
    outlet        TEXT        NOT NULL,
    title         TEXT        NOT NULL,
    authors       JSONB       NOT NULL,  -- array of strings
    published_at  TEXT,
    published_utc TIMESTAMPTZ,
    language      TEXT        NOT NULL,
    text          TEXT        NOT NULL,
    source_offset INTEGER     NOT NULL,
    origin        TEXT        NOT NULL,
    ingested_at   TIMESTAMPTZ NOT NULL
);

CREATE INDEX articles_by_time ON articles (published_utc, id);

CREATE TABLE analyses (
    article_id       TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    pipeline_version TEXT        NOT NULL,
    json             TEXT        NOT NULL,
    saved_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (article_id, pipeline_version)
);
