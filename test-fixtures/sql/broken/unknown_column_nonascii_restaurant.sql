-- expect: unknown-column 'prcie' at line 17 (typo of price; the line contains non-ASCII text before the error)
CREATE TABLE menu_items (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    course     TEXT NOT NULL,
    price      NUMERIC NOT NULL,
    vegetarian INTEGER NOT NULL DEFAULT 0
);

INSERT INTO menu_items (name, course, price, vegetarian) VALUES
    ('Crème brûlée', 'dessert', 9.00, 1),
    ('Crêpes Suzette', 'dessert', 11.50, 1),
    ('Bœuf bourguignon', 'main', 27.00, 0),
    ('Salade niçoise', 'starter', 13.00, 0);

-- Desserts other than the crème brûlée that cost more than 10.
SELECT name, price FROM menu_items WHERE name <> 'Crème brûlée' AND course = 'dessert' AND prcie > 10;

SELECT course, count(*) AS dishes, round(avg(price), 2) AS avg_price
FROM menu_items
GROUP BY course;
