-- expect: syntax at line 25 (missing closing parenthesis: the outer round call is not closed before AS)
CREATE TABLE customers (
    id        INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    country   TEXT NOT NULL
);

CREATE TABLE orders (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers(id),
    total_cents  INTEGER NOT NULL,
    placed_at    TEXT NOT NULL
);

INSERT INTO customers VALUES (1, 'Ada Lovelace', 'GB'), (2, 'Grace Hopper', 'US'), (3, 'Alan Turing', 'GB');
INSERT INTO orders VALUES
    (1, 1, 4599, '2024-01-03'),
    (2, 2, 1250, '2024-01-09'),
    (3, 1, 8800, '2024-02-14'),
    (4, 3, 2100, '2024-02-20');

-- Average order value per country.
SELECT c.country,
       count(o.id) AS orders,
       round(avg(o.total_cents / 100.0), 2 AS avg_order_value
FROM customers c
JOIN orders o ON o.customer_id = c.id
GROUP BY c.country
ORDER BY avg_order_value DESC;
