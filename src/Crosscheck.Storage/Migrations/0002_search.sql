-- Full-text search over titles and texts (FTS5, bm25 ranking, snippets) without a second copy of the text: the index
-- reads the articles table itself. It is keyed by seq, a number given once per article, not by the implicit rowid,
-- which VACUUM may renumber in a table whose key is not an INTEGER PRIMARY KEY.
ALTER TABLE articles ADD COLUMN seq INTEGER;
UPDATE articles SET seq = rowid;
CREATE UNIQUE INDEX articles_by_seq ON articles (seq);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text,
    content = 'articles', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF seq, title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
