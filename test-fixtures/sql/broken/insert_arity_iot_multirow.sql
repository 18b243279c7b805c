-- expect: insert-count at line 19 (third row of the multi-row VALUES has 2 values instead of 3)
CREATE TABLE sites (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE devices (
    id      INTEGER PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES sites(id),
    serial  TEXT NOT NULL UNIQUE,
    model   TEXT NOT NULL
);

INSERT INTO sites VALUES (1, 'Greenhouse Nord'), (2, 'Cold store 3');

INSERT INTO devices (site_id, serial, model) VALUES
    (1, 'GH-00A1', 'EnviroBox 2'),
    (1, 'GH-00A2', 'EnviroBox 2'),
    (2, 'CS-0199'),
    (2, 'CS-0200', 'FreezeGuard');

SELECT s.name, count(d.id) AS devices, group_concat(d.serial, ', ') AS serials
FROM sites s
LEFT JOIN devices d ON d.site_id = s.id
GROUP BY s.id, s.name;
