-- expect: syntax at line 5 (missing comma at end of the previous line, after 'UNIQUE'; parser fails at 'description')
CREATE TABLE items (
    id             INTEGER PRIMARY KEY,
    sku            TEXT NOT NULL UNIQUE
    description    TEXT NOT NULL,
    unit           TEXT NOT NULL DEFAULT 'ea',
    reorder_point  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE stock_ledger (
    id        INTEGER PRIMARY KEY,
    item_id   INTEGER NOT NULL REFERENCES items(id),
    qty_delta INTEGER NOT NULL,
    posted_at TEXT NOT NULL
);

INSERT INTO items (sku, description, unit, reorder_point) VALUES
    ('BOLT-M8-50', 'Hex bolt M8x50', 'box', 40),
    ('TAPE-PKG-48', 'Packing tape 48 mm', 'roll', 150);

INSERT INTO stock_ledger (item_id, qty_delta, posted_at) VALUES
    (1, 120, '2024-05-01 07:10'),
    (2, 500, '2024-05-01 07:40'),
    (1, -95, '2024-05-03 10:12');

SELECT i.sku, i.description, sum(l.qty_delta) AS on_hand, i.reorder_point
FROM items i
LEFT JOIN stock_ledger l ON l.item_id = i.id
GROUP BY i.id, i.sku, i.description, i.reorder_point
HAVING sum(l.qty_delta) <= i.reorder_point;
