-- Warehouse management: locations, items, lots, stock ledger, picking and replenishment.
PRAGMA foreign_keys = ON;

CREATE TABLE warehouses (
    id        INTEGER PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE,
    city      TEXT NOT NULL,
    timezone  TEXT NOT NULL DEFAULT 'UTC'
);

CREATE TABLE locations (
    id            INTEGER PRIMARY KEY,
    warehouse_id  INTEGER NOT NULL REFERENCES warehouses(id),
    aisle         TEXT NOT NULL,
    rack          INTEGER NOT NULL,
    shelf         INTEGER NOT NULL,
    zone          TEXT NOT NULL CHECK (zone IN ('ambient', 'chilled', 'frozen', 'hazmat')),
    max_weight_kg REAL NOT NULL DEFAULT 500,
    label         TEXT GENERATED ALWAYS AS (aisle || '-' || printf('%02d', rack) || '-' || shelf) STORED,
    UNIQUE (warehouse_id, aisle, rack, shelf)
);

CREATE TABLE items (
    id             INTEGER PRIMARY KEY,
    sku            TEXT NOT NULL UNIQUE,
    description    TEXT NOT NULL,
    unit           TEXT NOT NULL DEFAULT 'ea',
    unit_weight_kg REAL NOT NULL DEFAULT 0,
    zone           TEXT NOT NULL DEFAULT 'ambient',
    reorder_point  INTEGER NOT NULL DEFAULT 0,
    reorder_qty    INTEGER NOT NULL DEFAULT 0,
    is_lot_tracked INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE lots (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES items(id),
    lot_code    TEXT NOT NULL,
    expires_on  TEXT,
    UNIQUE (item_id, lot_code)
);

CREATE TABLE stock_ledger (
    id           INTEGER PRIMARY KEY,
    item_id      INTEGER NOT NULL REFERENCES items(id),
    location_id  INTEGER NOT NULL REFERENCES locations(id),
    lot_id       INTEGER REFERENCES lots(id),
    qty_delta    INTEGER NOT NULL CHECK (qty_delta <> 0),
    reason       TEXT NOT NULL CHECK (reason IN ('receipt', 'pick', 'adjust', 'transfer_in', 'transfer_out', 'return')),
    reference    TEXT,
    posted_at    TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX idx_ledger_item_loc ON stock_ledger (item_id, location_id);
CREATE INDEX idx_ledger_posted ON stock_ledger (posted_at);

CREATE TABLE pick_lists (
    id          INTEGER PRIMARY KEY,
    order_ref   TEXT NOT NULL,
    warehouse_id INTEGER NOT NULL REFERENCES warehouses(id),
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'picking', 'done'))
);

CREATE TABLE pick_lines (
    pick_list_id INTEGER NOT NULL REFERENCES pick_lists(id) ON DELETE CASCADE,
    line_no      INTEGER NOT NULL,
    item_id      INTEGER NOT NULL REFERENCES items(id),
    qty          INTEGER NOT NULL CHECK (qty > 0),
    picked_qty   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (pick_list_id, line_no)
);

-- Current on-hand per item/location/lot.
CREATE VIEW stock_on_hand AS
SELECT item_id, location_id, lot_id, sum(qty_delta) AS on_hand
FROM stock_ledger
GROUP BY item_id, location_id, lot_id
HAVING sum(qty_delta) <> 0;

CREATE TABLE stock_alerts (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL,
    location_id INTEGER NOT NULL,
    on_hand     INTEGER NOT NULL,
    raised_at   TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Flag any movement that drives a location negative so a supervisor can review it.
CREATE TRIGGER trg_ledger_negative_alert
AFTER INSERT ON stock_ledger
WHEN NEW.qty_delta < 0
 AND (SELECT sum(s.qty_delta) FROM stock_ledger s
       WHERE s.item_id = NEW.item_id
         AND s.location_id = NEW.location_id
         AND s.lot_id IS NOT DISTINCT FROM NEW.lot_id) < 0
BEGIN
    INSERT INTO stock_alerts (item_id, location_id, on_hand)
    SELECT NEW.item_id, NEW.location_id, sum(qty_delta)
    FROM stock_ledger
    WHERE item_id = NEW.item_id AND location_id = NEW.location_id;
END;

INSERT INTO warehouses (id, code, city, timezone) VALUES
    (1, 'RTM1', 'Rotterdam', 'Europe/Amsterdam'),
    (2, 'ATL2', 'Atlanta', 'America/New_York');

INSERT INTO locations (id, warehouse_id, aisle, rack, shelf, zone, max_weight_kg) VALUES
    (1, 1, 'A', 1, 1, 'ambient', 800),
    (2, 1, 'A', 1, 2, 'ambient', 800),
    (3, 1, 'C', 4, 1, 'chilled', 300),
    (4, 2, 'B', 12, 3, 'ambient', 500),
    (5, 2, 'F', 2, 1, 'frozen', 250);

INSERT INTO items (id, sku, description, unit, unit_weight_kg, zone, reorder_point, reorder_qty, is_lot_tracked) VALUES
    (1, 'BOLT-M8-50', 'Hex bolt M8x50, zinc', 'box', 2.4, 'ambient', 40, 200, 0),
    (2, 'YOG-NAT-500', 'Natural yoghurt 500 g', 'ea', 0.52, 'chilled', 100, 480, 1),
    (3, 'PEAS-FRZ-1K', 'Frozen peas 1 kg', 'ea', 1.0, 'frozen', 60, 240, 1),
    (4, 'TAPE-PKG-48', 'Packing tape 48 mm', 'roll', 0.18, 'ambient', 150, 600, 0);

INSERT INTO lots (id, item_id, lot_code, expires_on) VALUES
    (1, 2, 'Y24-118', '2024-05-20'),
    (2, 2, 'Y24-125', '2024-05-27'),
    (3, 3, 'P24-030', '2025-01-31');

INSERT INTO stock_ledger (item_id, location_id, lot_id, qty_delta, reason, reference, posted_at) VALUES
    (1, 1, NULL, 120, 'receipt', 'PO-7781', '2024-05-01 07:10:00'),
    (4, 2, NULL, 500, 'receipt', 'PO-7782', '2024-05-01 07:40:00'),
    (2, 3, 1, 240, 'receipt', 'PO-7790', '2024-05-06 05:55:00'),
    (2, 3, 2, 240, 'receipt', 'PO-7799', '2024-05-13 06:05:00'),
    (3, 5, 3, 180, 'receipt', 'PO-8001', '2024-05-02 14:00:00'),
    (1, 1, NULL, -95, 'pick', 'SO-1001', '2024-05-03 10:12:00'),
    (4, 2, NULL, -380, 'pick', 'SO-1002', '2024-05-08 11:30:00'),
    (2, 3, 1, -200, 'pick', 'SO-1003', '2024-05-14 09:00:00'),
    (3, 5, 3, -150, 'pick', 'SO-1004', '2024-05-15 16:20:00'),
    (1, 1, NULL, -2, 'adjust', 'CYCLE-0515', '2024-05-15 18:00:00');

INSERT INTO pick_lists (id, order_ref, warehouse_id) VALUES (1, 'SO-1010', 1);
INSERT INTO pick_lines (pick_list_id, line_no, item_id, qty) VALUES (1, 1, 2, 60), (1, 2, 1, 10);

-- 1. On-hand summary with location labels.
SELECT i.sku,
       w.code AS warehouse,
       l.label AS location,
       lt.lot_code,
       lt.expires_on,
       s.on_hand
FROM stock_on_hand s
JOIN items i      ON i.id = s.item_id
JOIN locations l  ON l.id = s.location_id
JOIN warehouses w ON w.id = l.warehouse_id
LEFT JOIN lots lt ON lt.id = s.lot_id
ORDER BY i.sku, lt.expires_on NULLS LAST;

-- 2. FEFO allocation: which lots to pick first for each pick line (first expiry, first out).
WITH candidates AS (
    SELECT pl.pick_list_id, pl.line_no, pl.item_id, pl.qty,
           s.location_id, s.lot_id, s.on_hand,
           sum(s.on_hand) OVER (
               PARTITION BY pl.pick_list_id, pl.line_no
               ORDER BY lt.expires_on NULLS LAST, s.location_id
               ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
           ) AS cumulative
    FROM pick_lines pl
    JOIN stock_on_hand s ON s.item_id = pl.item_id
    LEFT JOIN lots lt ON lt.id = s.lot_id
    WHERE s.on_hand > 0
)
SELECT pick_list_id, line_no, item_id, location_id, lot_id,
       min(on_hand, qty - (cumulative - on_hand)) AS take_qty
FROM candidates
WHERE cumulative - on_hand < qty
ORDER BY pick_list_id, line_no, cumulative;

-- 3. Replenishment suggestions: items at or below their reorder point.
SELECT i.sku,
       i.description,
       coalesce(t.total_on_hand, 0) AS total_on_hand,
       i.reorder_point,
       i.reorder_qty,
       CAST(ceil(1.0 * (i.reorder_point - coalesce(t.total_on_hand, 0)) / i.reorder_qty) AS INTEGER) * i.reorder_qty AS suggested_qty
FROM items i
LEFT JOIN (
    SELECT item_id, sum(on_hand) AS total_on_hand FROM stock_on_hand GROUP BY item_id
) t ON t.item_id = i.id
WHERE coalesce(t.total_on_hand, 0) <= i.reorder_point
  AND i.reorder_qty > 0;

-- 4. Lots expiring within 14 days of a reference date.
SELECT i.sku, lt.lot_code, lt.expires_on, s.on_hand,
       CAST(julianday(lt.expires_on) - julianday('2024-05-16') AS INTEGER) AS days_left
FROM lots lt
JOIN items i ON i.id = lt.item_id
JOIN stock_on_hand s ON s.lot_id = lt.id
WHERE lt.expires_on <= date('2024-05-16', '+14 days')
ORDER BY lt.expires_on;

-- 5. Location utilisation by weight.
SELECT w.code,
       l.label,
       l.max_weight_kg,
       round(total(s.on_hand * i.unit_weight_kg), 1) AS load_kg,
       round(100.0 * total(s.on_hand * i.unit_weight_kg) / l.max_weight_kg, 1) AS utilisation_pct
FROM locations l
JOIN warehouses w ON w.id = l.warehouse_id
LEFT JOIN stock_on_hand s ON s.location_id = l.id
LEFT JOIN items i ON i.id = s.item_id
GROUP BY w.code, l.id, l.label, l.max_weight_kg
ORDER BY utilisation_pct DESC;

-- 6. Daily movement summary by reason.
SELECT date(posted_at) AS day,
       sum(qty_delta) FILTER (WHERE reason = 'receipt') AS received,
       -sum(qty_delta) FILTER (WHERE reason = 'pick')   AS picked,
       sum(qty_delta) FILTER (WHERE reason = 'adjust')  AS adjusted
FROM stock_ledger
GROUP BY day
ORDER BY day;
