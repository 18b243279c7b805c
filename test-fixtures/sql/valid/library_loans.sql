-- Circulation desk queries: checkouts, returns, overdue notices, fines.
CREATE TABLE books (
    id     INTEGER PRIMARY KEY,
    title  TEXT NOT NULL,
    author TEXT NOT NULL
);

CREATE TABLE copies (
    id       INTEGER PRIMARY KEY,
    book_id  INTEGER NOT NULL REFERENCES books(id),
    barcode  TEXT NOT NULL UNIQUE
);

CREATE TABLE members (
    id         INTEGER PRIMARY KEY,
    full_name  TEXT NOT NULL,
    email      TEXT,
    max_loans  INTEGER NOT NULL DEFAULT 5
);

CREATE TABLE loans (
    id           INTEGER PRIMARY KEY,
    copy_id      INTEGER NOT NULL REFERENCES copies(id),
    member_id    INTEGER NOT NULL REFERENCES members(id),
    loaned_on    TEXT NOT NULL,
    due_on       TEXT NOT NULL,
    returned_on  TEXT
);

CREATE TABLE fines (
    loan_id     INTEGER PRIMARY KEY REFERENCES loans(id),
    amount      REAL NOT NULL,
    paid        INTEGER NOT NULL DEFAULT 0
);

INSERT INTO books VALUES
    (1, 'The Left Hand of Darkness', 'Ursula K. Le Guin'),
    (2, 'Things Fall Apart', 'Chinua Achebe'),
    (3, 'One Hundred Years of Solitude', 'Gabriel García Márquez'),
    (4, 'Norwegian Wood', 'Haruki Murakami');

INSERT INTO copies VALUES (1, 1, 'LIB-0001'), (2, 1, 'LIB-0002'), (3, 2, 'LIB-0003'), (4, 3, 'LIB-0004'), (5, 4, 'LIB-0005');

INSERT INTO members (id, full_name, email, max_loans) VALUES
    (1, 'Isabel Duarte', 'isabel@example.org', 5),
    (2, 'Ken Watanabe', NULL, 3),
    (3, 'Zanele Dlamini', 'zanele@example.org', 5);

INSERT INTO loans (copy_id, member_id, loaned_on, due_on, returned_on) VALUES
    (1, 1, '2024-05-01', '2024-05-22', '2024-05-20'),
    (3, 1, '2024-05-10', '2024-05-31', NULL),
    (4, 2, '2024-04-15', '2024-05-06', NULL),
    (5, 3, '2024-05-18', '2024-06-08', '2024-06-12'),
    (2, 3, '2024-06-01', '2024-06-22', NULL);

-- Check out a copy (parameters bound by the application).
INSERT INTO loans (copy_id, member_id, loaned_on, due_on)
SELECT :copy_id, :member_id, date('now'), date('now', '+21 days')
WHERE (SELECT count(*) FROM loans WHERE member_id = :member_id AND returned_on IS NULL)
      < (SELECT max_loans FROM members WHERE id = :member_id);

-- Overdue loans as of a reference date.
SELECT m.full_name,
       m.email,
       b.title,
       c.barcode,
       l.due_on,
       CAST(julianday('2024-06-15') - julianday(l.due_on) AS INTEGER) AS days_overdue
FROM loans l
JOIN copies c  ON c.id = l.copy_id
JOIN books b   ON b.id = c.book_id
JOIN members m ON m.id = l.member_id
WHERE l.returned_on IS NULL
  AND l.due_on < '2024-06-15'
ORDER BY days_overdue DESC;

-- Assess fines for late returns: 0.25 per day, capped at 10.00.
INSERT INTO fines (loan_id, amount)
SELECT l.id,
       min(10.0, 0.25 * (julianday(coalesce(l.returned_on, '2024-06-15')) - julianday(l.due_on)))
FROM loans l
WHERE coalesce(l.returned_on, '2024-06-15') > l.due_on
ON CONFLICT (loan_id) DO UPDATE SET amount = iif(fines.paid = 0, excluded.amount, fines.amount);

-- Return a copy.
UPDATE loans
SET returned_on = date('now')
WHERE copy_id = (SELECT c.id FROM copies c WHERE c.barcode = 'LIB-0003')
  AND returned_on IS NULL;

-- Members with outstanding fines.
SELECT m.full_name, round(sum(f.amount), 2) AS owed, count(*) AS fines
FROM fines f
JOIN loans l   ON l.id = f.loan_id
JOIN members m ON m.id = l.member_id
WHERE f.paid = 0
GROUP BY m.id, m.full_name
HAVING sum(f.amount) > 0
ORDER BY owed DESC;

-- Most borrowed titles with their rank.
SELECT b.title,
       b.author,
       count(l.id) AS times_borrowed,
       dense_rank() OVER (ORDER BY count(l.id) DESC) AS popularity
FROM books b
LEFT JOIN copies c ON c.book_id = b.id
LEFT JOIN loans l  ON l.copy_id = c.id
GROUP BY b.id, b.title, b.author
ORDER BY popularity, b.title;
