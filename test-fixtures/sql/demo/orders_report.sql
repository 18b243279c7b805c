-- A small report script with the kinds of mistakes an LLM makes in SQL.
CREATE TABLE customers (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    email   TEXT UNIQUE,
    city    TEXT
);

CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    total       REAL NOT NULL,
    placed_at   TEXT DEFAULT CURRENT_TIMESTAMP
);

INSERT INTO customers (id, name, email, city) VALUES (1, 'Ada', 'ada@example.org');

SELECT c.name, count(o.id) AS orders, sum(o.total AS revenue
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
GROUP BY c.name;

SELECT name, emial FROM customers WHERE city = 'Zürich';

SELECT id, total FROM orders WHERE total > 'fifty';
