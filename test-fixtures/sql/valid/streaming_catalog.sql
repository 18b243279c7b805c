-- Video streaming: catalogue, episodes, watch history and recommendations.
CREATE TABLE titles (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('movie', 'series')),
    name         TEXT NOT NULL,
    release_year INTEGER,
    genres       TEXT NOT NULL DEFAULT '[]',
    maturity     TEXT NOT NULL DEFAULT 'PG'
);

CREATE TABLE episodes (
    id          INTEGER PRIMARY KEY,
    title_id    INTEGER NOT NULL REFERENCES titles(id),
    season      INTEGER NOT NULL,
    episode     INTEGER NOT NULL,
    runtime_min INTEGER NOT NULL,
    UNIQUE (title_id, season, episode)
);

CREATE TABLE profiles (
    id       INTEGER PRIMARY KEY,
    nickname TEXT NOT NULL,
    is_kid   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE watch_events (
    profile_id  INTEGER NOT NULL REFERENCES profiles(id),
    title_id    INTEGER NOT NULL REFERENCES titles(id),
    episode_id  INTEGER REFERENCES episodes(id),
    watched_at  TEXT NOT NULL,
    seconds     INTEGER NOT NULL
);

INSERT INTO titles (id, kind, name, release_year, genres, maturity) VALUES
    (1, 'series', 'Harbour Lights', 2021, '["drama","mystery"]', '15'),
    (2, 'movie', 'The Long Orbit', 2019, '["sci-fi"]', '12'),
    (3, 'movie', 'Paper Tigers', 2023, '["animation","family"]', 'U'),
    (4, 'series', 'Kitchen Confidential Live', 2022, '["reality","food"]', 'PG');

INSERT INTO episodes (title_id, season, episode, runtime_min) VALUES
    (1, 1, 1, 52), (1, 1, 2, 48), (1, 1, 3, 50), (1, 2, 1, 55),
    (4, 1, 1, 42), (4, 1, 2, 44);

INSERT INTO profiles VALUES (1, 'Sam', 0), (2, 'Kiddo', 1), (3, 'Jess', 0);

INSERT INTO watch_events (profile_id, title_id, episode_id, watched_at, seconds) VALUES
    (1, 1, 1, '2024-03-01 21:00', 3120),
    (1, 1, 2, '2024-03-02 21:05', 2880),
    (1, 1, 3, '2024-03-03 22:00', 900),
    (2, 3, NULL, '2024-03-02 17:00', 5400),
    (3, 2, NULL, '2024-03-04 20:30', 7380),
    (3, 4, 5, '2024-03-05 19:00', 2520);

-- "Continue watching": partially watched episodes (< 90%) per profile.
SELECT p.nickname, t.name, 'S' || e.season || 'E' || printf('%02d', e.episode) AS ep,
       round(100.0 * w.seconds / (e.runtime_min * 60), 0) AS pct_watched
FROM watch_events w
JOIN profiles p ON p.id = w.profile_id
JOIN titles t   ON t.id = w.title_id
JOIN episodes e ON e.id = w.episode_id
WHERE w.seconds < 0.9 * e.runtime_min * 60;

-- Total hours watched per genre (genres stored as a JSON array; first genre only).
SELECT json_extract(t.genres, '$[0]') AS primary_genre,
       round(sum(w.seconds) / 3600.0, 2) AS hours
FROM watch_events w
JOIN titles t ON t.id = w.title_id
GROUP BY primary_genre
ORDER BY hours DESC;

-- Kid-safe catalogue.
SELECT name, kind, release_year
FROM titles
WHERE maturity IN ('U', 'PG') AND json_array_length(genres) > 0
ORDER BY name;
