-- expect: syntax at line 27 (unterminated string literal 'Crème brûlée; the closing quote is missing)
CREATE TABLE menu_items (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL,
    course TEXT NOT NULL,
    price  NUMERIC NOT NULL
);

CREATE TABLE order_lines (
    id       INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL,
    item_id  INTEGER NOT NULL REFERENCES menu_items(id),
    qty      INTEGER NOT NULL DEFAULT 1
);

INSERT INTO menu_items (id, name, course, price) VALUES
    (1, 'Burrata', 'starter', 14.50),
    (2, 'Crème brûlée', 'dessert', 9.00),
    (3, 'Steak frites', 'main', 29.00);

INSERT INTO order_lines (order_id, item_id, qty) VALUES (1, 1, 1), (1, 3, 2), (1, 2, 2), (2, 2, 1);

-- How many desserts of one kind were sold?
SELECT m.name, sum(ol.qty) AS sold
FROM order_lines ol
JOIN menu_items m ON m.id = ol.item_id
WHERE m.name = 'Crème brûlée
GROUP BY m.name;
