-- expect: duplicate-column 'created_at' at line 15 (products declares created_at twice)
CREATE TABLE categories (
    id    INTEGER PRIMARY KEY,
    title TEXT NOT NULL
);

CREATE TABLE products (
    id          INTEGER PRIMARY KEY,
    category_id INTEGER REFERENCES categories(id),
    sku         TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
    created_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  TEXT,
    created_at  TEXT
);

INSERT INTO categories VALUES (1, 'Kitchen'), (2, 'Apparel');
INSERT INTO products (category_id, sku, title, price_cents) VALUES
    (1, 'MUG-001', 'Ceramic mug', 1299),
    (2, 'TEE-BLK-M', 'T-shirt black M', 2499);

SELECT c.title AS category, count(p.id) AS products, min(p.price_cents) AS cheapest
FROM categories c
LEFT JOIN products p ON p.category_id = c.id
GROUP BY c.id, c.title;
