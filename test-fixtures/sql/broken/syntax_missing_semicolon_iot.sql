-- expect: syntax at line 22 (missing semicolon at the end of the INSERT statement on the previous line)
CREATE TABLE sensors (
    id    INTEGER PRIMARY KEY,
    kind  TEXT NOT NULL,
    unit  TEXT NOT NULL
);

CREATE TABLE readings (
    sensor_id INTEGER NOT NULL REFERENCES sensors(id),
    ts        INTEGER NOT NULL,
    value     REAL NOT NULL,
    PRIMARY KEY (sensor_id, ts)
);

INSERT INTO sensors VALUES (1, 'temperature', 'C'), (2, 'humidity', '%');

INSERT INTO readings (sensor_id, ts, value) VALUES
    (1, 1717200000, 21.4),
    (1, 1717200300, 21.9),
    (2, 1717200000, 55.0),
    (2, 1717200300, 57.5)
SELECT s.kind, round(avg(r.value), 2) AS avg_value, count(*) AS samples
FROM readings r
JOIN sensors s ON s.id = r.sensor_id
GROUP BY s.kind;

SELECT datetime(max(ts), 'unixepoch') AS latest FROM readings;
