-- expect: duplicate-table 'items' at line 31 (items was already created at the top of the file)
CREATE TABLE items (
    id          INTEGER PRIMARY KEY,
    sku         TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL
);

CREATE TABLE bins (
    id        INTEGER PRIMARY KEY,
    warehouse TEXT NOT NULL,
    code      TEXT NOT NULL,
    UNIQUE (warehouse, code)
);

CREATE TABLE movements (
    id       INTEGER PRIMARY KEY,
    item_id  INTEGER NOT NULL REFERENCES items(id),
    bin_id   INTEGER NOT NULL REFERENCES bins(id),
    qty      INTEGER NOT NULL,
    moved_at TEXT NOT NULL
);

INSERT INTO items VALUES (1, 'PAL-EUR', 'Euro pallet'), (2, 'CRT-600', 'Plastic crate 600x400');
INSERT INTO bins VALUES (1, 'north', 'N-01'), (2, 'south', 'S-01');
INSERT INTO movements (item_id, bin_id, qty, moved_at) VALUES
    (1, 1, 40, '2024-02-01 08:00'),
    (2, 2, 300, '2024-02-01 08:30'),
    (2, 2, -120, '2024-02-05 10:00');

-- Item master used by the stocktake app.
CREATE TABLE items (
    id          INTEGER PRIMARY KEY,
    sku         TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL,
    barcode     TEXT
);

SELECT b.warehouse, i.sku, sum(m.qty) AS balance
FROM movements m
JOIN bins b  ON b.id = m.bin_id
JOIN items i ON i.id = m.item_id
GROUP BY b.warehouse, i.sku;
