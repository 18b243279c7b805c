-- Prepared statements used by the mobile API (parameters are bound at runtime).
-- A device row is created at first launch, before login or push permission,
-- so user_id and push_token start out unknown.
CREATE TABLE devices (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER,
    push_token  TEXT UNIQUE,
    platform    TEXT CHECK (platform IN ('ios', 'android')),
    last_seen   TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

INSERT INTO devices (user_id, push_token, platform) VALUES (?, ?, ?)
ON CONFLICT (push_token) DO UPDATE SET user_id = excluded.user_id, last_seen = CURRENT_TIMESTAMP;

SELECT push_token, platform FROM devices WHERE user_id = ?1 AND platform = ?2;

DELETE FROM devices WHERE last_seen < datetime('now', :max_age) RETURNING push_token;

UPDATE devices SET last_seen = CURRENT_TIMESTAMP WHERE push_token = :token;
