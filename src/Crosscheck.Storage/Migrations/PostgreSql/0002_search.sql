-- Full-text search: a generated tsvector (title weighted above text) with a GIN index. The 'simple' configuration
-- (lower-casing, no stemming) matches the SQLite index's behaviour and suits every language. Only the first 250,000
-- characters of a text are indexed: a tsvector is limited to 1 MB, and an over-long article must not fail its batch.
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, title), 'A') ||
    setweight(to_tsvector('simple'::regconfig, left(text, 250000)), 'B')
) STORED;

CREATE INDEX articles_search ON articles USING GIN (search);
