-- expect: syntax at line 24 (PostgreSQL ILIKE operator is not SQLite; use LIKE); unknown-function 'NOW' at line 29 (MySQL/PostgreSQL NOW; SQLite uses datetime with 'now')
CREATE TABLE carriers (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE shipments (
    id          INTEGER PRIMARY KEY,
    tracking_no TEXT NOT NULL UNIQUE,
    carrier_id  INTEGER NOT NULL REFERENCES carriers(id),
    shipped_at  TEXT NOT NULL,
    promised_by TEXT NOT NULL
);

INSERT INTO carriers VALUES (1, 'SwiftPost'), (2, 'Atlas Freight');
INSERT INTO shipments (tracking_no, carrier_id, shipped_at, promised_by) VALUES
    ('SP123456789DE', 1, '2024-05-02 10:00', '2024-05-05'),
    ('AF-00991', 2, '2024-05-01 16:00', '2024-05-08');

-- Case-insensitive carrier search.
SELECT s.tracking_no, c.name
FROM shipments s
JOIN carriers c ON c.id = s.carrier_id
WHERE c.name ILIKE '%swift%';

-- Shipments past their promised date.
SELECT tracking_no, promised_by
FROM shipments
WHERE promised_by < NOW();
