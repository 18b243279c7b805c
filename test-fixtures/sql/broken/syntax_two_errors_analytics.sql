-- expect: syntax at line 19 (misspelled keyword GRUOP BY); syntax at line 23 (missing closing parenthesis of count DISTINCT user_key, before AS)
CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    user_key    TEXT NOT NULL,
    name        TEXT NOT NULL,
    occurred_at TEXT NOT NULL
);

INSERT INTO events (user_key, name, occurred_at) VALUES
    ('a', 'page_view', '2024-04-01 10:00:00'),
    ('a', 'signup', '2024-04-01 10:03:00'),
    ('b', 'page_view', '2024-04-01 11:00:00'),
    ('c', 'page_view', '2024-04-02 08:00:00'),
    ('c', 'signup', '2024-04-02 08:05:00');

-- Events per day and name.
SELECT date(occurred_at) AS day, name, count(*) AS events
FROM events
GRUOP BY day, name
ORDER BY day, events DESC;

-- Daily active users.
SELECT date(occurred_at) AS day, count(DISTINCT user_key AS dau
FROM events
GROUP BY day
ORDER BY day;
