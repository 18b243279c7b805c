-- Blog / CMS: authors, posts with revisions, categories and publishing workflow.
PRAGMA foreign_keys = ON;

CREATE TABLE authors (
    id           INTEGER PRIMARY KEY,
    handle       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL,
    bio          TEXT,
    is_editor    BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE sections (
    id    INTEGER PRIMARY KEY,
    slug  TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL
);

CREATE TABLE posts (
    id            INTEGER PRIMARY KEY,
    author_id     INTEGER NOT NULL REFERENCES authors(id),
    section_id    INTEGER REFERENCES sections(id) ON DELETE SET NULL,
    slug          TEXT NOT NULL UNIQUE,
    title         TEXT NOT NULL,
    body_markdown TEXT NOT NULL DEFAULT '',
    state         TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'review', 'scheduled', 'published', 'archived')),
    publish_at    TEXT,
    created_at    TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at    TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    word_count    INTEGER GENERATED ALWAYS AS (
                      length(trim(body_markdown)) - length(replace(trim(body_markdown), ' ', '')) + (trim(body_markdown) <> '')
                  ) VIRTUAL
);

CREATE TABLE post_revisions (
    id          INTEGER PRIMARY KEY,
    post_id     INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    revision_no INTEGER NOT NULL,
    title       TEXT NOT NULL,
    body_markdown TEXT NOT NULL,
    saved_by    INTEGER NOT NULL REFERENCES authors(id),
    saved_at    TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (post_id, revision_no)
);

CREATE INDEX idx_posts_state_publish ON posts (state, publish_at);
CREATE INDEX idx_posts_section ON posts (section_id) WHERE state = 'published';

-- Keep a revision whenever the title or body changes.
CREATE TRIGGER trg_posts_revision
BEFORE UPDATE OF title, body_markdown ON posts
FOR EACH ROW
WHEN OLD.title IS DISTINCT FROM NEW.title OR OLD.body_markdown IS DISTINCT FROM NEW.body_markdown
BEGIN
    INSERT INTO post_revisions (post_id, revision_no, title, body_markdown, saved_by)
    VALUES (
        OLD.id,
        (SELECT coalesce(max(revision_no), 0) + 1 FROM post_revisions WHERE post_id = OLD.id),
        OLD.title,
        OLD.body_markdown,
        OLD.author_id
    );
END;

CREATE TRIGGER trg_posts_touch
AFTER UPDATE ON posts
FOR EACH ROW
WHEN NEW.updated_at = OLD.updated_at
BEGIN
    UPDATE posts SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
END;

-- Soft delete: removing a post archives it instead, via an updatable view.
CREATE VIEW live_posts AS
SELECT id, slug, title, state FROM posts WHERE state <> 'archived';

CREATE TRIGGER trg_live_posts_delete
INSTEAD OF DELETE ON live_posts
FOR EACH ROW
BEGIN
    UPDATE posts SET state = 'archived' WHERE id = OLD.id;
END;

CREATE TABLE deleted_sections (
    slug       TEXT NOT NULL,
    label      TEXT NOT NULL,
    deleted_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TRIGGER trg_sections_before_delete
BEFORE DELETE ON sections
FOR EACH ROW
BEGIN
    INSERT INTO deleted_sections (slug, label) VALUES (OLD.slug, OLD.label);
END;

INSERT INTO authors (id, handle, display_name, is_editor) VALUES
    (1, 'jlee', 'Jordan Lee', TRUE),
    (2, 'mnovak', 'Marta Novák', FALSE),
    (3, 'obi', 'Obinna Eze', FALSE);

INSERT INTO sections (id, slug, label) VALUES (1, 'engineering', 'Engineering'), (2, 'culture', 'Culture');

INSERT INTO posts (id, author_id, section_id, slug, title, body_markdown, state, publish_at) VALUES
    (1, 2, 1, 'sqlite-in-production', 'SQLite in production', 'We run SQLite on every edge node and it works great', 'published', '2024-03-01 09:00:00'),
    (2, 3, 1, 'zero-downtime-migrations', 'Zero downtime migrations', 'Expand, migrate, contract.', 'review', NULL),
    (3, 2, 2, 'remote-rituals', 'Remote rituals', 'Draft notes about async standups', 'draft', NULL),
    (4, 1, 2, 'hiring-2024', 'How we hire in 2024', 'Our loop has four stages', 'scheduled', '2099-01-01 08:00:00');

UPDATE posts SET body_markdown = body_markdown || ' and backups are just files.' WHERE slug = 'sqlite-in-production';
UPDATE posts SET title = 'Zero-downtime schema migrations' WHERE id = 2;

-- Publish everything whose scheduled time has passed.
UPDATE posts
SET state = 'published'
WHERE state = 'scheduled'
  AND publish_at <= datetime('now');

-- Archive a draft through the view and retire an unused section.
DELETE FROM live_posts WHERE slug = 'remote-rituals';
INSERT INTO sections (id, slug, label) VALUES (3, 'press', 'Press releases');
DELETE FROM sections WHERE slug = 'press';

-- Editorial dashboard.
SELECT p.title,
       a.display_name AS author,
       s.label        AS section,
       p.state,
       p.word_count,
       (SELECT count(*) FROM post_revisions r WHERE r.post_id = p.id) AS revisions
FROM posts p
JOIN authors a ON a.id = p.author_id
LEFT JOIN sections s ON s.id = p.section_id
ORDER BY CASE p.state WHEN 'review' THEN 0 WHEN 'draft' THEN 1 WHEN 'scheduled' THEN 2 ELSE 3 END,
         p.updated_at DESC;

-- Public index: latest published posts per section, two per section.
SELECT section, title, slug, publish_at
FROM (
    SELECT s.label AS section, p.title, p.slug, p.publish_at,
           row_number() OVER (PARTITION BY p.section_id ORDER BY p.publish_at DESC) AS rn
    FROM posts p
    JOIN sections s ON s.id = p.section_id
    WHERE p.state = 'published'
) ranked
WHERE rn <= 2
ORDER BY section, publish_at DESC;
