-- expect: unknown-table 'loan' at line 117 (typo of loans, deep inside a long file)
-- Public library: catalogue, copies, members and circulation reporting.
PRAGMA foreign_keys = ON;

CREATE TABLE authors (
    id          INTEGER PRIMARY KEY,
    full_name   TEXT NOT NULL,
    nationality TEXT
);

CREATE TABLE books (
    id             INTEGER PRIMARY KEY,
    isbn13         TEXT UNIQUE,
    title          TEXT NOT NULL,
    published_year INTEGER,
    language       TEXT NOT NULL DEFAULT 'en'
);

CREATE TABLE book_authors (
    book_id   INTEGER NOT NULL REFERENCES books(id) ON DELETE CASCADE,
    author_id INTEGER NOT NULL REFERENCES authors(id) ON DELETE CASCADE,
    PRIMARY KEY (book_id, author_id)
);

CREATE TABLE branches (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    address TEXT NOT NULL
);

CREATE TABLE copies (
    id         INTEGER PRIMARY KEY,
    book_id    INTEGER NOT NULL REFERENCES books(id),
    branch_id  INTEGER NOT NULL REFERENCES branches(id),
    barcode    TEXT NOT NULL UNIQUE,
    condition  TEXT NOT NULL DEFAULT 'good'
);

CREATE TABLE members (
    id         INTEGER PRIMARY KEY,
    card_no    TEXT NOT NULL UNIQUE,
    full_name  TEXT NOT NULL,
    joined_on  TEXT NOT NULL
);

CREATE TABLE loans (
    id          INTEGER PRIMARY KEY,
    copy_id     INTEGER NOT NULL REFERENCES copies(id),
    member_id   INTEGER NOT NULL REFERENCES members(id),
    loaned_on   TEXT NOT NULL,
    due_on      TEXT NOT NULL,
    returned_on TEXT
);

CREATE INDEX idx_loans_member ON loans (member_id, loaned_on);
CREATE UNIQUE INDEX ux_loans_open_copy ON loans (copy_id) WHERE returned_on IS NULL;

INSERT INTO authors VALUES
    (1, 'Chinua Achebe', 'NG'),
    (2, 'Ursula K. Le Guin', 'US'),
    (3, 'Haruki Murakami', 'JP'),
    (4, 'Wisława Szymborska', 'PL');

INSERT INTO books (id, isbn13, title, published_year, language) VALUES
    (1, '9780385474542', 'Things Fall Apart', 1958, 'en'),
    (2, '9780441478125', 'The Left Hand of Darkness', 1969, 'en'),
    (3, '9780375704024', 'Norwegian Wood', 1987, 'en'),
    (4, '9780156011464', 'View with a Grain of Sand', 1995, 'en');

INSERT INTO book_authors VALUES (1, 1), (2, 2), (3, 3), (4, 4);

INSERT INTO branches VALUES (1, 'Central', '1 Library Square'), (2, 'Riverside', '88 Quay Road');

INSERT INTO copies (id, book_id, branch_id, barcode, condition) VALUES
    (1, 1, 1, 'LIB-0001', 'good'),
    (2, 1, 2, 'LIB-0002', 'worn'),
    (3, 2, 1, 'LIB-0003', 'good'),
    (4, 3, 1, 'LIB-0004', 'new'),
    (5, 4, 2, 'LIB-0005', 'good');

INSERT INTO members (id, card_no, full_name, joined_on) VALUES
    (1, 'C-1001', 'Isabel Duarte', '2021-03-14'),
    (2, 'C-1002', 'Ken Watanabe', '2022-11-02'),
    (3, 'C-1003', 'Zanele Dlamini', '2023-06-30');

INSERT INTO loans (copy_id, member_id, loaned_on, due_on, returned_on) VALUES
    (1, 1, '2024-05-01', '2024-05-22', '2024-05-20'),
    (3, 1, '2024-05-10', '2024-05-31', NULL),
    (4, 2, '2024-04-15', '2024-05-06', NULL),
    (5, 3, '2024-05-18', '2024-06-08', '2024-06-12'),
    (2, 3, '2024-06-01', '2024-06-22', NULL);

-- Copies currently on the shelf.
SELECT c.barcode, b.title, br.name AS branch
FROM copies c
JOIN books b     ON b.id = c.book_id
JOIN branches br ON br.id = c.branch_id
WHERE NOT EXISTS (SELECT 1 FROM loans l WHERE l.copy_id = c.id AND l.returned_on IS NULL)
ORDER BY br.name, b.title;

-- Overdue loans as of 2024-06-15.
SELECT m.full_name, b.title, l.due_on,
       CAST(julianday('2024-06-15') - julianday(l.due_on) AS INTEGER) AS days_overdue
FROM loans l
JOIN copies c  ON c.id = l.copy_id
JOIN books b   ON b.id = c.book_id
JOIN members m ON m.id = l.member_id
WHERE l.returned_on IS NULL AND l.due_on < '2024-06-15'
ORDER BY days_overdue DESC;

-- Loans per branch and month.
SELECT br.name AS branch,
       strftime('%Y-%m', l.loaned_on) AS month,
       count(*) AS loans
FROM copies c
JOIN branches br ON br.id = c.branch_id
JOIN loan l ON l.copy_id = c.id
GROUP BY br.name, month
ORDER BY br.name, month;

-- Authors ranked by number of loans.
SELECT a.full_name, count(l.id) AS loans,
       dense_rank() OVER (ORDER BY count(l.id) DESC) AS popularity
FROM authors a
JOIN book_authors ba ON ba.author_id = a.id
JOIN copies c        ON c.book_id = ba.book_id
LEFT JOIN loans l    ON l.copy_id = c.id
GROUP BY a.id, a.full_name
ORDER BY popularity, a.full_name;
