-- expect: syntax at line 17 (T-SQL 'TOP 10' is not SQLite; use LIMIT 10)
CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    user_key    TEXT NOT NULL,
    name        TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    properties  TEXT NOT NULL DEFAULT '{}'
);

INSERT INTO events (user_key, name, occurred_at, properties) VALUES
    ('a', 'page_view', '2024-04-01 10:00', '{"path": "/pricing"}'),
    ('a', 'page_view', '2024-04-01 10:02', '{"path": "/signup"}'),
    ('b', 'page_view', '2024-04-01 11:00', '{"path": "/pricing"}'),
    ('c', 'page_view', '2024-04-02 09:30', '{"path": "/docs"}');

-- Ten most viewed pages.
SELECT TOP 10 json_extract(properties, '$.path') AS path, count(*) AS views
FROM events
WHERE name = 'page_view'
GROUP BY path
ORDER BY views DESC;
