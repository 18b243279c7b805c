-- IoT telemetry: devices, sensors, readings and alert rules.
PRAGMA foreign_keys = ON;

CREATE TABLE sites (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    latitude  REAL CHECK (latitude BETWEEN -90 AND 90),
    longitude REAL CHECK (longitude BETWEEN -180 AND 180)
);

CREATE TABLE devices (
    id            INTEGER PRIMARY KEY,
    site_id       INTEGER NOT NULL REFERENCES sites(id),
    serial        TEXT NOT NULL UNIQUE,
    model         TEXT NOT NULL,
    firmware      TEXT NOT NULL DEFAULT '1.0.0',
    last_seen_at  TEXT,
    secret        BLOB
);

CREATE TABLE sensors (
    id         INTEGER PRIMARY KEY,
    device_id  INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('temperature', 'humidity', 'co2', 'pressure')),
    unit       TEXT NOT NULL,
    UNIQUE (device_id, kind)
);

CREATE TABLE readings (
    sensor_id  INTEGER NOT NULL REFERENCES sensors(id) ON DELETE CASCADE,
    ts         INTEGER NOT NULL,          -- unix epoch seconds
    value      REAL NOT NULL,
    PRIMARY KEY (sensor_id, ts)
) WITHOUT ROWID;

CREATE TABLE alert_rules (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,
    min_value  REAL,
    max_value  REAL,
    severity   TEXT NOT NULL DEFAULT 'warning',
    CHECK (min_value IS NOT NULL OR max_value IS NOT NULL)
);

CREATE TABLE alerts (
    id          INTEGER PRIMARY KEY,
    rule_id     INTEGER NOT NULL REFERENCES alert_rules(id),
    sensor_id   INTEGER NOT NULL REFERENCES sensors(id),
    ts          INTEGER NOT NULL,
    value       REAL NOT NULL,
    UNIQUE (rule_id, sensor_id, ts)
);

-- Fire an alert for every reading that violates a rule of the same kind.
CREATE TRIGGER trg_readings_alert
AFTER INSERT ON readings
FOR EACH ROW
BEGIN
    INSERT OR IGNORE INTO alerts (rule_id, sensor_id, ts, value)
    SELECT r.id, NEW.sensor_id, NEW.ts, NEW.value
    FROM alert_rules r
    JOIN sensors s ON s.kind = r.kind
    WHERE s.id = NEW.sensor_id
      AND (NEW.value < r.min_value OR NEW.value > r.max_value);
    UPDATE devices
       SET last_seen_at = datetime(NEW.ts, 'unixepoch')
     WHERE id = (SELECT s.device_id FROM sensors s WHERE s.id = NEW.sensor_id);
END;

INSERT INTO sites VALUES (1, 'Greenhouse Nord', 52.52, 13.405), (2, 'Cold store 3', 59.91, 10.75);

INSERT INTO devices (id, site_id, serial, model, firmware, secret) VALUES
    (1, 1, 'GH-00A1', 'EnviroBox 2', '2.3.1', X'8f3ac01d'),
    (2, 2, 'CS-0199', 'FreezeGuard', '1.9.0', X'00ff10ee'),
    (3, 1, 'GH-00A2', 'EnviroBox 2', '2.2.7', NULL);

INSERT INTO sensors (id, device_id, kind, unit) VALUES
    (1, 1, 'temperature', '°C'), (2, 1, 'humidity', '%'), (3, 1, 'co2', 'ppm'),
    (4, 2, 'temperature', '°C'), (5, 3, 'temperature', '°C');

INSERT INTO alert_rules (id, kind, min_value, max_value, severity) VALUES
    (1, 'co2', NULL, 1500, 'warning'),
    (2, 'humidity', 40, 90, 'warning'),
    (3, 'temperature', -30, 35, 'critical');

INSERT INTO readings (sensor_id, ts, value) VALUES
    (1, 1717200000, 24.1), (1, 1717200300, 24.6), (1, 1717200600, 36.2),
    (2, 1717200000, 71.0), (2, 1717200300, 93.5),
    (3, 1717200000, 820),  (3, 1717200300, 1640),
    (4, 1717200000, -18.4), (4, 1717200300, -31.0),
    (5, 1717200000, 22.9);

-- Latest reading for each sensor.
SELECT d.serial, s.kind, r.value || ' ' || s.unit AS latest, datetime(r.ts, 'unixepoch') AS at_utc
FROM readings r
JOIN sensors s ON s.id = r.sensor_id
JOIN devices d ON d.id = s.device_id
WHERE r.ts = (SELECT max(r2.ts) FROM readings r2 WHERE r2.sensor_id = r.sensor_id)
ORDER BY d.serial, s.kind;

-- Open alerts with context.
SELECT a.id, si.name AS site, d.serial, s.kind, a.value, ar.severity,
       strftime('%Y-%m-%d %H:%M', a.ts, 'unixepoch') AS at_utc
FROM alerts a
JOIN alert_rules ar ON ar.id = a.rule_id
JOIN sensors s      ON s.id = a.sensor_id
JOIN devices d      ON d.id = s.device_id
JOIN sites si       ON si.id = d.site_id
ORDER BY ar.severity, a.ts;

-- Devices that have gone silent (no reading in the last hour of the data set).
SELECT d.serial, d.last_seen_at
FROM devices d
WHERE d.last_seen_at IS NULL
   OR d.last_seen_at < (SELECT datetime(max(ts) - 3600, 'unixepoch') FROM readings);

-- Great-circle distance between sites in km (haversine).
SELECT a.name AS from_site,
       b.name AS to_site,
       round(2 * 6371 * asin(sqrt(
           pow(sin(radians(b.latitude - a.latitude) / 2), 2)
           + cos(radians(a.latitude)) * cos(radians(b.latitude))
             * pow(sin(radians(b.longitude - a.longitude) / 2), 2))), 1) AS distance_km,
       round(degrees(atan2(b.longitude - a.longitude, b.latitude - a.latitude)), 0) AS rough_bearing_deg
FROM sites a
JOIN sites b ON b.id > a.id;

-- Firmware fleet overview.
SELECT model, firmware, count(*) AS devices, hex(min(secret)) AS sample_secret
FROM devices
GROUP BY model, firmware
ORDER BY model, firmware DESC;
