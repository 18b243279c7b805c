-- expect: duplicate-table 'posts' at line 21 (posts is created a second time)
CREATE TABLE authors (
    id           INTEGER PRIMARY KEY,
    handle       TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL
);

CREATE TABLE posts (
    id         INTEGER PRIMARY KEY,
    author_id  INTEGER NOT NULL REFERENCES authors(id),
    slug       TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL,
    state      TEXT NOT NULL DEFAULT 'draft'
);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE posts (
    id         INTEGER PRIMARY KEY,
    author_id  INTEGER NOT NULL REFERENCES authors(id),
    slug       TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL,
    state      TEXT NOT NULL DEFAULT 'draft',
    publish_at TEXT
);

CREATE TABLE post_tags (
    post_id INTEGER NOT NULL REFERENCES posts(id),
    tag_id  INTEGER NOT NULL REFERENCES tags(id),
    PRIMARY KEY (post_id, tag_id)
);

INSERT INTO authors VALUES (1, 'jlee', 'Jordan Lee');
INSERT INTO posts (id, author_id, slug, title, state) VALUES (1, 1, 'hello-world', 'Hello, world', 'published');
INSERT INTO tags VALUES (1, 'meta'), (2, 'announcements');
INSERT INTO post_tags VALUES (1, 1), (1, 2);

SELECT p.title, group_concat(t.name, ', ') AS tags
FROM posts p
JOIN post_tags pt ON pt.post_id = p.id
JOIN tags t ON t.id = pt.tag_id
GROUP BY p.id, p.title;
