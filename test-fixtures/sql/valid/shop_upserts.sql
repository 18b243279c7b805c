-- Inventory sync from a supplier feed using upserts.
CREATE TABLE products (
    sku         TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    price_cents INTEGER NOT NULL,
    stock       INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE price_history (
    sku         TEXT NOT NULL REFERENCES products(sku),
    old_cents   INTEGER,
    new_cents   INTEGER NOT NULL,
    changed_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TRIGGER trg_price_change
AFTER UPDATE OF price_cents ON products
WHEN OLD.price_cents <> NEW.price_cents
BEGIN
    INSERT INTO price_history (sku, old_cents, new_cents) VALUES (NEW.sku, OLD.price_cents, NEW.price_cents);
END;

INSERT INTO products (sku, title, price_cents, stock) VALUES
    ('MUG-001', 'Ceramic mug', 1299, 120),
    ('TEE-BLK-M', 'T-shirt black M', 2499, 40);

-- feed row: update price and stock if the SKU exists
INSERT INTO products (sku, title, price_cents, stock)
VALUES ('MUG-001', 'Ceramic mug', 1399, 95)
ON CONFLICT (sku) DO UPDATE SET
    price_cents = excluded.price_cents,
    stock       = excluded.stock,
    updated_at  = CURRENT_TIMESTAMP;

-- feed row: new SKU
INSERT INTO products (sku, title, price_cents, stock)
VALUES ('CAP-RED', 'Baseball cap, red', 1999, 30)
ON CONFLICT (sku) DO UPDATE SET stock = excluded.stock
RETURNING sku, price_cents, stock;

-- never overwrite an existing title
INSERT INTO products (sku, title, price_cents) VALUES ('TEE-BLK-M', 'Tee', 2499)
ON CONFLICT (sku) DO NOTHING;

INSERT OR IGNORE INTO products (sku, title, price_cents) VALUES ('CAP-RED', 'duplicate', 1);

SELECT p.sku, p.price_cents, count(h.sku) AS price_changes
FROM products p
LEFT JOIN price_history h ON h.sku = p.sku
GROUP BY p.sku, p.price_cents
ORDER BY price_changes DESC, p.sku;
