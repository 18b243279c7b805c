-- expect: unknown-function 'LEN' at line 16 (SQL Server LEN; SQLite uses length)
CREATE TABLE books (
    id             INTEGER PRIMARY KEY,
    isbn13         TEXT UNIQUE,
    title          TEXT NOT NULL,
    published_year INTEGER
);

INSERT INTO books (isbn13, title, published_year) VALUES
    ('9780385474542', 'Things Fall Apart', 1958),
    ('9780441478125', 'The Left Hand of Darkness', 1969),
    ('9780060883287', 'One Hundred Years of Solitude', 1967),
    (NULL, 'Untitled manuscript', NULL);

-- Title lengths for the spine label printer (it fits 24 characters).
SELECT id, title, LEN(title) AS title_length
FROM books
WHERE published_year IS NOT NULL
ORDER BY title_length DESC;

SELECT count(*) AS missing_isbn FROM books WHERE isbn13 IS NULL;
