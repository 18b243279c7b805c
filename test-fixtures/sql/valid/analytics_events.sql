-- Product analytics: raw event ingestion and daily aggregates.
CREATE TABLE users (
    id          INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE,
    tier        TEXT NOT NULL DEFAULT 'free' CHECK (tier IN ('free', 'pro', 'team')),
    country     TEXT,
    created_at  TEXT NOT NULL
);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER REFERENCES users(id),
    anonymous_id TEXT,
    name        TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    properties  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(properties)),
    CHECK (user_id IS NOT NULL OR anonymous_id IS NOT NULL)
);

CREATE INDEX idx_events_name_time ON events (name, occurred_at);
CREATE INDEX idx_events_user_time ON events (user_id, occurred_at) WHERE user_id IS NOT NULL;

CREATE TABLE daily_event_counts (
    day        TEXT NOT NULL,
    name       TEXT NOT NULL,
    events     INTEGER NOT NULL,
    users      INTEGER NOT NULL,
    PRIMARY KEY (day, name)
) WITHOUT ROWID;

INSERT INTO users (id, external_id, tier, country, created_at) VALUES
    (1, 'u_8f1c', 'pro',  'DE', '2024-04-01 08:00:00'),
    (2, 'u_22aa', 'free', 'US', '2024-04-02 13:10:00'),
    (3, 'u_91b0', 'team', 'JP', '2024-04-02 23:55:00'),
    (4, 'u_4d4d', 'free', 'BR', '2024-04-03 07:30:00');

INSERT INTO events (user_id, anonymous_id, name, occurred_at, properties) VALUES
    (NULL, 'anon-1', 'page_view', '2024-04-01 07:58:00', '{"path": "/pricing", "referrer": "google"}'),
    (1, NULL, 'signup', '2024-04-01 08:00:00', '{"method": "email"}'),
    (1, NULL, 'page_view', '2024-04-01 08:01:10', '{"path": "/app"}'),
    (1, NULL, 'project_created', '2024-04-01 08:05:42', '{"template": "kanban"}'),
    (2, NULL, 'signup', '2024-04-02 13:10:00', '{"method": "google"}'),
    (2, NULL, 'page_view', '2024-04-02 13:11:00', '{"path": "/app"}'),
    (3, NULL, 'signup', '2024-04-02 23:55:00', '{"method": "sso"}'),
    (3, NULL, 'project_created', '2024-04-03 00:10:00', '{"template": "blank"}'),
    (3, NULL, 'invite_sent', '2024-04-03 00:12:00', '{"count": 4}'),
    (4, NULL, 'signup', '2024-04-03 07:30:00', '{"method": "email"}'),
    (1, NULL, 'page_view', '2024-04-03 09:00:00', '{"path": "/app/board/12"}');

-- Rebuild the daily rollup (idempotent thanks to REPLACE).
INSERT OR REPLACE INTO daily_event_counts (day, name, events, users)
SELECT date(occurred_at),
       name,
       count(*),
       count(DISTINCT coalesce(CAST(user_id AS TEXT), anonymous_id))
FROM events
GROUP BY date(occurred_at), name;

SELECT day, name, events, users
FROM daily_event_counts
ORDER BY day, events DESC;

-- Most visited paths, read from the JSON payload.
SELECT json_extract(properties, '$.path') AS path,
       count(*) AS views
FROM events
WHERE name = 'page_view'
  AND json_extract(properties, '$.path') IS NOT NULL
GROUP BY path
ORDER BY views DESC
LIMIT 20;

-- Signup method mix by pricing tier.
SELECT u.tier,
       json_extract(e.properties, '$.method') AS method,
       count(*) AS signups
FROM events e
JOIN users u ON u.id = e.user_id
WHERE e.name = 'signup'
GROUP BY u.tier, method
ORDER BY u.tier, signups DESC;

-- Events per user bucketed by hour of day (UTC).
SELECT CAST(strftime('%H', occurred_at) AS INTEGER) AS hour_utc,
       count(*) AS events
FROM events
GROUP BY hour_utc
ORDER BY hour_utc;

-- Prune raw events older than 400 days.
DELETE FROM events
WHERE occurred_at < datetime('now', '-400 days')
RETURNING id, name;
