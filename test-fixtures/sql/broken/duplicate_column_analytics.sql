-- expect: duplicate-column 'user_id' at line 13 (events declares user_id twice)
CREATE TABLE users (
    id         INTEGER PRIMARY KEY,
    tier       TEXT NOT NULL DEFAULT 'free',
    created_at TEXT NOT NULL
);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER REFERENCES users(id),
    name        TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    user_id     INTEGER NOT NULL,
    properties  TEXT NOT NULL DEFAULT '{}'
);

INSERT INTO users VALUES (1, 'pro', '2024-04-01'), (2, 'free', '2024-04-02');
INSERT INTO events (user_id, name, occurred_at) VALUES
    (1, 'signup', '2024-04-01 08:00'),
    (1, 'project_created', '2024-04-01 08:05'),
    (2, 'signup', '2024-04-02 13:10');

SELECT u.tier, e.name, count(*) AS events
FROM events e
JOIN users u ON u.id = e.user_id
GROUP BY u.tier, e.name;
