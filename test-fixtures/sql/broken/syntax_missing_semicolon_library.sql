-- expect: syntax at line 13 (missing semicolon after the closing parenthesis of CREATE TABLE books on the previous line)
CREATE TABLE authors (
    id        INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL
);

CREATE TABLE books (
    id        INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL REFERENCES authors(id),
    title     TEXT NOT NULL,
    published_year INTEGER
)
CREATE INDEX idx_books_author ON books (author_id);

INSERT INTO authors VALUES (1, 'Chinua Achebe'), (2, 'Ursula K. Le Guin');
INSERT INTO books (author_id, title, published_year) VALUES
    (1, 'Things Fall Apart', 1958),
    (2, 'The Left Hand of Darkness', 1969),
    (2, 'The Dispossessed', 1974);

SELECT a.full_name, count(b.id) AS books, min(b.published_year) AS first_published
FROM authors a
JOIN books b ON b.author_id = a.id
GROUP BY a.id, a.full_name;
