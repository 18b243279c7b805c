-- Monthly reporting queries for the shop.
-- Tables are re-declared here so the file is self-contained.

CREATE TABLE customers (
    id         INTEGER PRIMARY KEY,
    email      TEXT NOT NULL UNIQUE,
    full_name  TEXT NOT NULL,
    country    TEXT NOT NULL,
    signup_on  TEXT NOT NULL
);

CREATE TABLE categories (
    id     INTEGER PRIMARY KEY,
    title  TEXT NOT NULL
);

CREATE TABLE products (
    id           INTEGER PRIMARY KEY,
    category_id  INTEGER NOT NULL REFERENCES categories(id),
    title        TEXT NOT NULL,
    price_cents  INTEGER NOT NULL,
    cost_cents   INTEGER NOT NULL
);

CREATE TABLE orders (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers(id),
    status       TEXT NOT NULL,
    placed_at    TEXT NOT NULL
);

CREATE TABLE order_items (
    order_id    INTEGER NOT NULL REFERENCES orders(id),
    product_id  INTEGER NOT NULL REFERENCES products(id),
    quantity    INTEGER NOT NULL,
    unit_cents  INTEGER NOT NULL,
    PRIMARY KEY (order_id, product_id)
);

CREATE TABLE refunds (
    id            INTEGER PRIMARY KEY,
    order_id      INTEGER NOT NULL REFERENCES orders(id),
    amount_cents  INTEGER NOT NULL,
    reason        TEXT
);

INSERT INTO categories VALUES (1, 'Apparel'), (2, 'Kitchen'), (3, 'Stationery');

INSERT INTO customers VALUES
    (1, 'ada@example.com', 'Ada Lovelace', 'GB', '2023-11-02'),
    (2, 'grace@example.com', 'Grace Hopper', 'US', '2023-12-15'),
    (3, 'linus@example.org', 'Linus Torvalds', 'FI', '2024-01-20'),
    (4, 'margaret@example.com', 'Margaret Hamilton', 'US', '2024-02-01');

INSERT INTO products VALUES
    (10, 2, 'Ceramic mug', 1299, 420),
    (11, 1, 'T-shirt black M', 2499, 900),
    (12, 1, 'Hoodie grey M', 5499, 2100),
    (13, 3, 'Sticker pack', 599, 80),
    (14, 3, 'Notebook A5', 899, 310);

INSERT INTO orders VALUES
    (100, 1, 'delivered', '2024-01-03 10:15:00'),
    (101, 2, 'delivered', '2024-01-05 18:42:10'),
    (102, 1, 'delivered', '2024-02-11 09:01:33'),
    (103, 3, 'cancelled', '2024-02-12 22:30:00'),
    (104, 4, 'shipped',   '2024-03-01 12:00:00'),
    (105, 2, 'delivered', '2024-03-09 08:05:00'),
    (106, 3, 'delivered', '2024-03-21 19:47:00');

INSERT INTO order_items VALUES
    (100, 10, 2, 1299), (100, 13, 1, 599),
    (101, 11, 1, 2499), (101, 14, 2, 899),
    (102, 12, 1, 5499),
    (103, 14, 3, 899),
    (104, 10, 4, 1199), (104, 11, 1, 2499),
    (105, 13, 5, 599),
    (106, 12, 2, 5499), (106, 10, 1, 1299);

INSERT INTO refunds (order_id, amount_cents, reason) VALUES (102, 5499, 'wrong size');

-- 1. Revenue per month (excluding cancelled orders), with month-over-month change.
WITH monthly AS (
    SELECT strftime('%Y-%m', o.placed_at)        AS month,
           count(DISTINCT o.id)                  AS orders,
           sum(oi.quantity * oi.unit_cents)      AS revenue_cents
    FROM orders o
    JOIN order_items oi ON oi.order_id = o.id
    WHERE o.status <> 'cancelled'
    GROUP BY month
)
SELECT month,
       orders,
       round(revenue_cents / 100.0, 2)                                        AS revenue,
       lag(revenue_cents) OVER (ORDER BY month)                               AS prev_cents,
       round(100.0 * (revenue_cents - lag(revenue_cents) OVER (ORDER BY month))
             / lag(revenue_cents) OVER (ORDER BY month), 1)                   AS mom_pct
FROM monthly
ORDER BY month;

-- 2. Gross margin per category.
SELECT c.title                                               AS category,
       sum(oi.quantity)                                      AS units,
       sum(oi.quantity * oi.unit_cents)                      AS revenue_cents,
       sum(oi.quantity * p.cost_cents)                       AS cost_cents,
       round(1.0 - 1.0 * sum(oi.quantity * p.cost_cents)
                 / sum(oi.quantity * oi.unit_cents), 3)      AS margin
FROM order_items oi
JOIN products p   ON p.id = oi.product_id
JOIN categories c ON c.id = p.category_id
JOIN orders o     ON o.id = oi.order_id
WHERE o.status IN ('delivered', 'shipped')
GROUP BY c.title
HAVING sum(oi.quantity) > 0
ORDER BY margin DESC;

-- 3. Top customers by net spend (revenue minus refunds).
SELECT cu.full_name,
       cu.country,
       spend.gross_cents,
       coalesce(r.refunded_cents, 0)                    AS refunded_cents,
       spend.gross_cents - coalesce(r.refunded_cents, 0) AS net_cents,
       rank() OVER (ORDER BY spend.gross_cents - coalesce(r.refunded_cents, 0) DESC) AS spend_rank
FROM customers cu
JOIN (
    SELECT o.customer_id, sum(oi.quantity * oi.unit_cents) AS gross_cents
    FROM orders o
    JOIN order_items oi ON oi.order_id = o.id
    WHERE o.status <> 'cancelled'
    GROUP BY o.customer_id
) AS spend ON spend.customer_id = cu.id
LEFT JOIN (
    SELECT o.customer_id, sum(rf.amount_cents) AS refunded_cents
    FROM refunds rf
    JOIN orders o ON o.id = rf.order_id
    GROUP BY o.customer_id
) r ON r.customer_id = cu.id
ORDER BY spend_rank
LIMIT 10;

-- 4. Products never ordered.
SELECT p.id, p.title
FROM products p
WHERE NOT EXISTS (SELECT 1 FROM order_items oi WHERE oi.product_id = p.id);

-- 5. Days between a customer's signup and first order.
SELECT cu.full_name,
       cu.signup_on,
       min(o.placed_at)                                         AS first_order_at,
       CAST(julianday(min(o.placed_at)) - julianday(cu.signup_on) AS INTEGER) AS days_to_first_order
FROM customers cu
LEFT JOIN orders o ON o.customer_id = cu.id
GROUP BY cu.id, cu.full_name, cu.signup_on
ORDER BY days_to_first_order NULLS LAST;

-- 6. Basket analysis: products frequently bought together.
SELECT a.product_id AS product_a,
       b.product_id AS product_b,
       count(*)     AS together
FROM order_items a
JOIN order_items b ON b.order_id = a.order_id AND b.product_id > a.product_id
GROUP BY a.product_id, b.product_id
HAVING count(*) >= 1
ORDER BY together DESC, product_a, product_b;

-- 7. Running revenue per customer, ordered by date.
SELECT o.customer_id,
       o.id AS order_id,
       date(o.placed_at) AS order_date,
       sum(oi.quantity * oi.unit_cents) AS order_cents,
       sum(sum(oi.quantity * oi.unit_cents)) OVER (
           PARTITION BY o.customer_id
           ORDER BY o.placed_at
           ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
       ) AS running_cents
FROM orders o
JOIN order_items oi ON oi.order_id = o.id
WHERE o.status != 'cancelled'
GROUP BY o.customer_id, o.id, o.placed_at
ORDER BY o.customer_id, o.placed_at;

-- 8. Order status breakdown using FILTER.
SELECT strftime('%Y-%m', placed_at) AS month,
       count(*)                                        AS all_orders,
       count(*) FILTER (WHERE status = 'delivered')    AS delivered,
       count(*) FILTER (WHERE status = 'cancelled')    AS cancelled,
       printf('%.1f%%', 100.0 * count(*) FILTER (WHERE status = 'cancelled') / count(*)) AS cancel_rate
FROM orders
GROUP BY month
ORDER BY month;
