-- Parcel logistics: shipments, tracking scans and carrier performance.
CREATE TABLE carriers (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE
);

CREATE TABLE shipments (
    id              INTEGER PRIMARY KEY,
    tracking_no     TEXT NOT NULL UNIQUE,
    carrier_id      INTEGER NOT NULL REFERENCES carriers(id),
    origin_country  TEXT NOT NULL,
    dest_country    TEXT NOT NULL,
    weight_kg       REAL NOT NULL,
    shipped_at      TEXT NOT NULL,
    promised_by     TEXT NOT NULL
);

CREATE TABLE scans (
    id           INTEGER PRIMARY KEY,
    shipment_id  INTEGER NOT NULL REFERENCES shipments(id) ON DELETE CASCADE,
    scanned_at   TEXT NOT NULL,
    facility     TEXT NOT NULL,
    event        TEXT NOT NULL CHECK (event IN ('picked_up', 'in_transit', 'customs', 'out_for_delivery', 'delivered', 'exception'))
);

CREATE INDEX idx_scans_shipment_time ON scans (shipment_id, scanned_at);

INSERT INTO carriers VALUES (1, 'SwiftPost'), (2, 'Atlas Freight');

INSERT INTO shipments (id, tracking_no, carrier_id, origin_country, dest_country, weight_kg, shipped_at, promised_by) VALUES
    (1, 'SP123456789DE', 1, 'DE', 'FR', 1.2, '2024-05-02 10:00', '2024-05-05'),
    (2, 'SP123456790DE', 1, 'DE', 'CH', 3.8, '2024-05-02 11:00', '2024-05-06'),
    (3, 'AF-00991', 2, 'NL', 'US', 12.5, '2024-05-01 16:00', '2024-05-08'),
    (4, 'AF-00992', 2, 'NL', 'GB', 0.6, '2024-05-03 09:30', '2024-05-06');

INSERT INTO scans (shipment_id, scanned_at, facility, event) VALUES
    (1, '2024-05-02 10:05', 'Köln Hub', 'picked_up'),
    (1, '2024-05-03 02:10', 'Paris Nord', 'in_transit'),
    (1, '2024-05-04 08:15', 'Paris 11e', 'out_for_delivery'),
    (1, '2024-05-04 13:47', 'Paris 11e', 'delivered'),
    (2, '2024-05-02 11:20', 'Köln Hub', 'picked_up'),
    (2, '2024-05-03 07:00', 'Basel', 'customs'),
    (2, '2024-05-07 09:00', 'Zürich', 'delivered'),
    (3, '2024-05-01 16:30', 'Rotterdam', 'picked_up'),
    (3, '2024-05-04 06:00', 'JFK', 'customs'),
    (3, '2024-05-05 12:00', 'JFK', 'exception'),
    (4, '2024-05-03 10:00', 'Amsterdam', 'picked_up');

-- Current status = latest scan per shipment.
SELECT s.tracking_no, c.name AS carrier, last_scan.event, last_scan.facility, last_scan.scanned_at
FROM shipments s
JOIN carriers c ON c.id = s.carrier_id
JOIN (
    SELECT shipment_id, event, facility, scanned_at,
           row_number() OVER (PARTITION BY shipment_id ORDER BY scanned_at DESC) AS rn
    FROM scans
) AS last_scan ON last_scan.shipment_id = s.id AND last_scan.rn = 1
ORDER BY s.tracking_no;

-- On-time delivery rate by carrier.
SELECT c.name,
       count(*) AS delivered,
       sum(date(d.scanned_at) <= s.promised_by) AS on_time,
       round(100.0 * avg(date(d.scanned_at) <= s.promised_by), 1) AS on_time_pct,
       round(avg(julianday(d.scanned_at) - julianday(s.shipped_at)), 2) AS avg_transit_days
FROM shipments s
JOIN carriers c ON c.id = s.carrier_id
JOIN scans d    ON d.shipment_id = s.id AND d.event = 'delivered'
GROUP BY c.id, c.name;

-- Shipments that are late and still not delivered, as of a reference date.
SELECT s.tracking_no, s.promised_by
FROM shipments s
WHERE s.promised_by < '2024-05-09'
  AND s.id NOT IN (SELECT shipment_id FROM scans WHERE event = 'delivered');

-- Time between consecutive scans.
SELECT shipment_id, facility, event, scanned_at,
       round((julianday(scanned_at) - julianday(lag(scanned_at) OVER (PARTITION BY shipment_id ORDER BY scanned_at))) * 24, 1) AS hours_since_prev
FROM scans
ORDER BY shipment_id, scanned_at;

-- Paginated tracking search for the customer portal (page 2, 2 rows per page).
SELECT s.tracking_no, c.name AS carrier, s.dest_country
FROM shipments AS s
INNER JOIN carriers AS c ON c.id = s.carrier_id
WHERE s.tracking_no GLOB 'SP*' OR s.tracking_no LIKE 'AF-%'
ORDER BY s.shipped_at DESC, s.tracking_no
LIMIT 2 OFFSET 2;

-- Scan counts per shipment, joining on the shared column name.
CREATE VIEW IF NOT EXISTS shipment_scan_counts AS
SELECT shipment_id, count(*) AS scan_count, max(scanned_at) AS last_scan_at
FROM scans
GROUP BY shipment_id;

SELECT tracking_no, scan_count, last_scan_at
FROM (SELECT id AS shipment_id, tracking_no FROM shipments) AS sh
LEFT OUTER JOIN shipment_scan_counts USING (shipment_id)
ORDER BY scan_count DESC NULLS FIRST;
