-- expect: unknown-column 'sensor_kind' at line 28 (the column is called kind); unknown-function 'GETDATE' at line 35 (SQL Server GETDATE; SQLite uses datetime with 'now')
CREATE TABLE devices (
    id           INTEGER PRIMARY KEY,
    serial       TEXT NOT NULL UNIQUE,
    firmware     TEXT NOT NULL DEFAULT '1.0.0',
    last_seen_at TEXT
);

CREATE TABLE sensors (
    id        INTEGER PRIMARY KEY,
    device_id INTEGER NOT NULL REFERENCES devices(id),
    kind      TEXT NOT NULL,
    unit      TEXT NOT NULL
);

CREATE TABLE readings (
    sensor_id INTEGER NOT NULL REFERENCES sensors(id),
    ts        INTEGER NOT NULL,
    value     REAL NOT NULL,
    PRIMARY KEY (sensor_id, ts)
);

INSERT INTO devices (id, serial, firmware) VALUES (1, 'GH-00A1', '2.3.1'), (2, 'CS-0199', '1.9.0');
INSERT INTO sensors VALUES (1, 1, 'temperature', 'C'), (2, 1, 'humidity', '%'), (3, 2, 'temperature', 'C');
INSERT INTO readings VALUES (1, 1717200000, 24.1), (1, 1717200300, 24.6), (2, 1717200000, 71.0), (3, 1717200000, -18.4);

-- Average value per sensor kind.
SELECT s.sensor_kind, round(avg(r.value), 2) AS avg_value, count(*) AS samples
FROM readings r
JOIN sensors s ON s.id = r.sensor_id
GROUP BY s.kind;

-- Mark devices as seen now.
UPDATE devices
SET last_seen_at = GETDATE()
WHERE id IN (SELECT s.device_id FROM sensors s JOIN readings r ON r.sensor_id = s.id);

SELECT serial, firmware, last_seen_at FROM devices ORDER BY serial;
