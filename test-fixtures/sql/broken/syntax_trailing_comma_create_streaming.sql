-- expect: syntax at line 14 (trailing comma after the last column definition on the previous line, before the closing parenthesis)
CREATE TABLE titles (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('movie', 'series')),
    name         TEXT NOT NULL,
    release_year INTEGER
);

CREATE TABLE watch_events (
    profile_id  INTEGER NOT NULL,
    title_id    INTEGER NOT NULL REFERENCES titles(id),
    watched_at  TEXT NOT NULL,
    seconds     INTEGER NOT NULL,
);

INSERT INTO titles VALUES (1, 'series', 'Harbour Lights', 2021), (2, 'movie', 'The Long Orbit', 2019);
INSERT INTO watch_events VALUES (1, 1, '2024-03-01 21:00', 3120), (3, 2, '2024-03-04 20:30', 7380);

SELECT t.name, round(sum(w.seconds) / 3600.0, 2) AS hours
FROM watch_events w
JOIN titles t ON t.id = w.title_id
GROUP BY t.name;
