-- expect: syntax at line 18 (mismatched quotes: the apostrophe in 'Don't' ends the string early; it must be written as 'Don''t')
CREATE TABLE posts (
    id     INTEGER PRIMARY KEY,
    slug   TEXT NOT NULL UNIQUE,
    title  TEXT NOT NULL,
    state  TEXT NOT NULL DEFAULT 'draft'
);

CREATE TABLE comments (
    id          INTEGER PRIMARY KEY,
    post_id     INTEGER NOT NULL REFERENCES posts(id),
    author_name TEXT NOT NULL,
    body        TEXT NOT NULL
);

INSERT INTO posts (id, slug, title, state) VALUES
    (1, 'sqlite-in-production', 'SQLite in production', 'published'),
    (2, 'dont-panic', 'Don't panic: incident response 101', 'published');

INSERT INTO comments (post_id, author_name, body) VALUES
    (1, 'sam', 'Great write-up!'),
    (1, 'lee', 'What about backups?');

SELECT p.title, count(c.id) AS comments
FROM posts p
LEFT JOIN comments c ON c.post_id = p.id
GROUP BY p.id, p.title;
