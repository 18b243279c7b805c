-- Seed data for a small demo shop.
CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  full_name TEXT NOT NULL,
  country TEXT NOT NULL
);

CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  sku TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  price_cents INTEGER NOT NULL,
  stock INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  status TEXT NOT NULL,
  placed_at TEXT NOT NULL
);

CREATE TABLE order_items (
  order_id INTEGER NOT NULL REFERENCES orders(id),
  product_id INTEGER NOT NULL REFERENCES products(id),
  quantity INTEGER NOT NULL,
  unit_cents INTEGER NOT NULL,
  PRIMARY KEY (order_id, product_id)
);

BEGIN TRANSACTION;

INSERT INTO customers (id, email, full_name, country) VALUES
  (1, 'ada@example.com', 'Ada Lovelace', 'GB'),
  (2, 'grace@example.com', 'Grace Hopper', 'US'),
  (3, 'linus@example.org', 'Linus Torvalds', 'FI'),
  (4, 'margaret@example.com', 'Margaret Hamilton', 'US'),
  (5, 'tim@example.net', 'Tim O''Reilly', 'US');

INSERT INTO products (id, sku, title, price_cents, stock) VALUES
  (10, 'MUG-001', 'Ceramic mug, 350 ml', 1299, 120),
  (11, 'TEE-BLK-M', 'T-shirt, black, M', 2499, 40),
  (12, 'TEE-BLK-L', 'T-shirt, black, L', 2499, 35),
  (13, 'STK-PACK', 'Sticker pack (12)', 599, 500),
  (14, 'HOOD-GRY-M', 'Hoodie, grey, M', 5499, 12),
  (15, 'NB-A5', 'Notebook A5, dotted', 899, 0);

INSERT INTO orders (id, customer_id, status, placed_at) VALUES
  (100, 1, 'delivered', '2024-01-03 10:15:00'),
  (101, 2, 'shipped',   '2024-01-05 18:42:10'),
  (102, 1, 'paid',      '2024-02-11 09:01:33'),
  (103, 3, 'cancelled', '2024-02-12 22:30:00'),
  (104, 4, 'pending',   '2024-03-01 12:00:00'),
  (105, 5, 'delivered', '2024-03-02 15:20:45');

INSERT INTO order_items (order_id, product_id, quantity, unit_cents) VALUES
  (100, 10, 2, 1299),
  (100, 13, 1, 599),
  (101, 11, 1, 2499),
  (101, 12, 1, 2499),
  (102, 14, 1, 5499),
  (103, 15, 3, 899),
  (104, 10, 4, 1199),
  (105, 13, 5, 599),
  (105, 11, 2, 2499);

COMMIT;

SELECT o.id, c.full_name, o.status, sum(oi.quantity * oi.unit_cents) / 100.0 AS total
FROM orders o
JOIN customers c ON c.id = o.customer_id
JOIN order_items oi ON oi.order_id = o.id
GROUP BY o.id, c.full_name, o.status
ORDER BY o.id;
