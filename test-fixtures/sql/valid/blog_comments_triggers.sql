-- Comment threads with moderation and denormalised counters kept in sync by triggers.
CREATE TABLE posts (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL,
    comment_count   INTEGER NOT NULL DEFAULT 0,
    last_comment_at TEXT
);

CREATE TABLE comments (
    id          INTEGER PRIMARY KEY,
    post_id     INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    parent_id   INTEGER REFERENCES comments(id) ON DELETE CASCADE,
    author_name TEXT NOT NULL,
    body        TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
    status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'spam')),
    created_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE moderation_log (
    id         INTEGER PRIMARY KEY,
    comment_id INTEGER NOT NULL,
    old_status TEXT,
    new_status TEXT NOT NULL,
    logged_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TRIGGER comments_approved_insert AFTER INSERT ON comments
WHEN NEW.status = 'approved'
BEGIN
    UPDATE posts SET comment_count = comment_count + 1, last_comment_at = NEW.created_at WHERE id = NEW.post_id;
END;

CREATE TRIGGER comments_status_change AFTER UPDATE OF status ON comments
WHEN OLD.status <> NEW.status
BEGIN
    INSERT INTO moderation_log (comment_id, old_status, new_status) VALUES (NEW.id, OLD.status, NEW.status);
    UPDATE posts
       SET comment_count = comment_count
                         + (CASE WHEN NEW.status = 'approved' THEN 1 ELSE 0 END)
                         - (CASE WHEN OLD.status = 'approved' THEN 1 ELSE 0 END)
     WHERE id = NEW.post_id;
END;

CREATE TRIGGER comments_delete AFTER DELETE ON comments
WHEN OLD.status = 'approved'
BEGIN
    UPDATE posts SET comment_count = comment_count - 1 WHERE id = OLD.post_id;
END;

INSERT INTO posts (id, title) VALUES (1, 'Launch week recap'), (2, 'Roadmap Q3');

INSERT INTO comments (id, post_id, parent_id, author_name, body, status) VALUES
    (1, 1, NULL, 'sam', 'Congrats on the launch!', 'approved'),
    (2, 1, 1, 'lee', 'Agreed, the demo was great.', 'pending'),
    (3, 1, NULL, 'bot42', 'Buy cheap watches', 'pending'),
    (4, 2, NULL, 'kim', 'Will there be an API for exports?', 'approved');

UPDATE comments SET status = 'approved' WHERE id = 2;
UPDATE comments SET status = 'spam' WHERE author_name LIKE 'bot%';
DELETE FROM comments WHERE status = 'spam';

-- Threaded view of post 1.
WITH RECURSIVE thread (id, parent_id, author_name, body, depth, sort_key) AS (
    SELECT id, parent_id, author_name, body, 0, printf('%06d', id)
    FROM comments
    WHERE post_id = 1 AND parent_id IS NULL AND status = 'approved'
    UNION ALL
    SELECT c.id, c.parent_id, c.author_name, c.body, t.depth + 1, t.sort_key || '.' || printf('%06d', c.id)
    FROM comments c
    JOIN thread t ON c.parent_id = t.id
    WHERE c.status = 'approved'
)
SELECT depth, author_name, body FROM thread ORDER BY sort_key;

SELECT p.title, p.comment_count,
       (SELECT count(*) FROM comments c WHERE c.post_id = p.id AND c.status = 'approved') AS recount
FROM posts p;

SELECT comment_id, old_status, new_status FROM moderation_log ORDER BY id;
