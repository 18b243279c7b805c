-- expect: unknown-table 'custmers' at line 29 (typo of customers)
CREATE TABLE customers (
    id        INTEGER PRIMARY KEY,
    email     TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    country   TEXT NOT NULL
);

CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    status      TEXT NOT NULL,
    total_cents INTEGER NOT NULL,
    placed_at   TEXT NOT NULL
);

INSERT INTO customers VALUES
    (1, 'ada@example.com', 'Ada Lovelace', 'GB'),
    (2, 'grace@example.com', 'Grace Hopper', 'US');

INSERT INTO orders (customer_id, status, total_cents, placed_at) VALUES
    (1, 'delivered', 4599, '2024-01-03 10:15'),
    (2, 'shipped', 1250, '2024-01-05 18:42'),
    (1, 'paid', 8800, '2024-02-11 09:01');

-- Revenue by country.
SELECT c.country, count(o.id) AS orders, sum(o.total_cents) / 100.0 AS revenue
FROM orders o
JOIN custmers c ON c.id = o.customer_id
WHERE o.status <> 'cancelled'
GROUP BY c.country
ORDER BY revenue DESC;
