-- expect: type-mismatch at line 18 (text literal 'four' inserted into INTEGER column rating; the line contains non-ASCII text before the error)
CREATE TABLE cafes (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    city    TEXT NOT NULL,
    rating  INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    tags    TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE visits (
    cafe_id    INTEGER NOT NULL REFERENCES cafes(id),
    visited_on TEXT NOT NULL,
    spent      REAL NOT NULL
);

INSERT INTO cafes (id, name, city, rating, tags) VALUES (1, 'Café Central', 'Wien', 5, '["historic"]');
INSERT INTO cafes (id, name, city, rating, tags) VALUES (2, 'Kaffee Zürich → Bahnhof', 'Zürich', 3, '["quick"]');
INSERT INTO cafes (id, name, city, rating) VALUES (3, 'Café crème & Co', 'Genève', 'four');

INSERT INTO visits VALUES (1, '2024-05-02', 12.40), (2, '2024-05-03', 6.80), (1, '2024-05-10', 9.10);

SELECT c.name, c.city, c.rating, count(v.cafe_id) AS visits, round(total(v.spent), 2) AS spent
FROM cafes c
LEFT JOIN visits v ON v.cafe_id = c.id
GROUP BY c.id, c.name, c.city, c.rating
ORDER BY c.rating DESC, c.name;
