-- expect: syntax at line 2 (a prose sentence precedes the SQL)
Here is the corrected query that lists each customer's total spend:

CREATE TABLE customers (
    id        INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL
);

CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    total_cents INTEGER NOT NULL
);

INSERT INTO customers VALUES (1, 'Ada Lovelace'), (2, 'Grace Hopper');
INSERT INTO orders VALUES (1, 1, 4599), (2, 1, 1250), (3, 2, 8800);

SELECT c.full_name, sum(o.total_cents) / 100.0 AS total_spend
FROM customers c
JOIN orders o ON o.customer_id = c.id
GROUP BY c.id, c.full_name
ORDER BY total_spend DESC;
