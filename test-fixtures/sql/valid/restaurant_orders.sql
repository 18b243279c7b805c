-- Restaurant POS: menu, tables, orders and kitchen tickets.
CREATE TABLE menu_items (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    course     TEXT NOT NULL CHECK (course IN ('starter', 'main', 'dessert', 'drink')),
    price      NUMERIC NOT NULL,
    vegetarian BOOLEAN NOT NULL DEFAULT FALSE,
    available  BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE dining_tables (
    id      INTEGER PRIMARY KEY,
    label   TEXT NOT NULL UNIQUE,
    seats   INTEGER NOT NULL
);

CREATE TABLE orders (
    id        INTEGER PRIMARY KEY,
    table_id  INTEGER NOT NULL REFERENCES dining_tables(id),
    opened_at TEXT NOT NULL,
    closed_at TEXT,
    tip       NUMERIC NOT NULL DEFAULT 0
);

CREATE TABLE order_lines (
    id        INTEGER PRIMARY KEY,
    order_id  INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    item_id   INTEGER NOT NULL REFERENCES menu_items(id),
    qty       INTEGER NOT NULL DEFAULT 1,
    note      TEXT,
    fired_at  TEXT
);

INSERT INTO menu_items (id, name, course, price, vegetarian) VALUES
    (1, 'Burrata with heirloom tomatoes', 'starter', 14.50, TRUE),
    (2, 'Crème brûlée', 'dessert', 9.00, TRUE),
    (3, 'Steak frites', 'main', 29.00, FALSE),
    (4, 'Mushroom risotto', 'main', 22.00, TRUE),
    (5, 'House red (glass)', 'drink', 8.50, TRUE),
    (6, 'Sparkling water', 'drink', 4.00, TRUE);

INSERT INTO dining_tables VALUES (1, 'T1', 2), (2, 'T2', 4), (3, 'Patio-1', 6);

INSERT INTO orders (id, table_id, opened_at, closed_at, tip) VALUES
    (1, 1, '2024-08-09 19:02', '2024-08-09 20:41', 12.00),
    (2, 2, '2024-08-09 19:30', NULL, 0);

INSERT INTO order_lines (order_id, item_id, qty, note, fired_at) VALUES
    (1, 1, 1, NULL, '2024-08-09 19:10'),
    (1, 3, 2, 'one medium-rare, one well done', '2024-08-09 19:25'),
    (1, 5, 2, NULL, '2024-08-09 19:05'),
    (1, 2, 2, NULL, '2024-08-09 20:15'),
    (2, 4, 3, 'no parmesan on one', NULL),
    (2, 6, 2, NULL, NULL);

-- Fire all pending main courses for table T2.
UPDATE order_lines
SET fired_at = '2024-08-09 19:45'
FROM orders o, dining_tables t, menu_items m
WHERE order_lines.order_id = o.id
  AND o.table_id = t.id
  AND order_lines.item_id = m.id
  AND t.label = 'T2'
  AND m.course = 'main'
  AND order_lines.fired_at IS NULL;

-- Bill for an order including 10% service.
SELECT m.name, ol.qty, m.price, ol.qty * m.price AS line_total
FROM order_lines ol
JOIN menu_items m ON m.id = ol.item_id
WHERE ol.order_id = 1
UNION ALL
SELECT 'Service (10%)', NULL, NULL, round(0.10 * sum(ol.qty * m.price), 2)
FROM order_lines ol
JOIN menu_items m ON m.id = ol.item_id
WHERE ol.order_id = 1;

-- Best-selling dishes by course.
SELECT course, name, sold
FROM (
    SELECT m.course, m.name, sum(ol.qty) AS sold,
           rank() OVER (PARTITION BY m.course ORDER BY sum(ol.qty) DESC) AS rk
    FROM order_lines ol
    JOIN menu_items m ON m.id = ol.item_id
    GROUP BY m.course, m.name
) AS ranked
WHERE rk = 1;
