CREATE TABLE IF NOT EXISTS genres (id INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE);
INSERT OR IGNORE INTO genres (label) VALUES ('Fiction'), ('History'), ('Science'), ('Poetry');
-- alphabetical list for the filter dropdown
SELECT id, label FROM genres ORDER BY lower(label);
SELECT count(*) AS genre_count FROM genres;
