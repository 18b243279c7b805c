-- expect: syntax at line 22 (misspelled keyword SELET instead of SELECT)
CREATE TABLE authors (
    id           INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL
);

CREATE TABLE posts (
    id         INTEGER PRIMARY KEY,
    author_id  INTEGER NOT NULL REFERENCES authors(id),
    title      TEXT NOT NULL,
    state      TEXT NOT NULL DEFAULT 'draft',
    publish_at TEXT
);

INSERT INTO authors VALUES (1, 'Jordan Lee'), (2, 'Marta Novák');
INSERT INTO posts (author_id, title, state, publish_at) VALUES
    (2, 'SQLite in production', 'published', '2024-03-01 09:00'),
    (1, 'How we hire', 'draft', NULL),
    (2, 'Remote rituals', 'published', '2024-04-12 08:30');

-- Latest published posts with their author.
SELET p.title, a.display_name, p.publish_at
FROM posts p
JOIN authors a ON a.id = p.author_id
WHERE p.state = 'published'
ORDER BY p.publish_at DESC
LIMIT 10;
