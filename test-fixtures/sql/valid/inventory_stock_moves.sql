-- Transfers between warehouses recorded as paired ledger rows inside a transaction.
CREATE TABLE items (
    id   INTEGER PRIMARY KEY,
    sku  TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE bins (
    id        INTEGER PRIMARY KEY,
    warehouse TEXT NOT NULL,
    code      TEXT NOT NULL,
    UNIQUE (warehouse, code)
);

CREATE TABLE movements (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES items(id),
    bin_id     INTEGER NOT NULL REFERENCES bins(id),
    qty        INTEGER NOT NULL,
    transfer_no TEXT,
    moved_at   TEXT NOT NULL
);

INSERT INTO items (id, sku, name) VALUES (1, 'PAL-EUR', 'Euro pallet'), (2, 'CRT-600', 'Plastic crate 600x400');
INSERT INTO bins (id, warehouse, code) VALUES (1, 'north', 'N-01'), (2, 'north', 'N-02'), (3, 'south', 'S-01');

INSERT INTO movements (item_id, bin_id, qty, transfer_no, moved_at) VALUES
    (1, 1, 40, NULL, '2024-02-01 08:00'),
    (2, 2, 300, NULL, '2024-02-01 08:30'),
    (2, 3, 50, NULL, '2024-02-02 09:00');

BEGIN;
INSERT INTO movements (item_id, bin_id, qty, transfer_no, moved_at) VALUES (2, 2, -120, 'TR-0001', '2024-02-05 10:00');
INSERT INTO movements (item_id, bin_id, qty, transfer_no, moved_at) VALUES (2, 3, 120, 'TR-0001', '2024-02-05 10:00');
COMMIT;

BEGIN TRANSACTION;
INSERT INTO movements (item_id, bin_id, qty, transfer_no, moved_at) VALUES (1, 1, -10, 'TR-0002', '2024-02-06 11:15');
ROLLBACK;

-- Every transfer must net to zero.
SELECT transfer_no, sum(qty) AS net
FROM movements
WHERE transfer_no IS NOT NULL
GROUP BY transfer_no
HAVING sum(qty) <> 0;

-- Balance per warehouse and item.
SELECT b.warehouse, i.sku, sum(m.qty) AS balance
FROM movements m
JOIN bins b  ON b.id = m.bin_id
JOIN items i ON i.id = m.item_id
GROUP BY b.warehouse, i.sku
ORDER BY b.warehouse, i.sku;

-- Balance history per bin with a running total.
SELECT b.code,
       m.moved_at,
       m.qty,
       sum(m.qty) OVER (PARTITION BY m.bin_id, m.item_id ORDER BY m.moved_at, m.id) AS running_balance
FROM movements m
JOIN bins b ON b.id = m.bin_id
ORDER BY b.code, m.moved_at;
