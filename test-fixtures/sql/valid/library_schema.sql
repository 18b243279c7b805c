-- Public library catalogue and circulation schema.
CREATE TABLE authors (
    id          INTEGER PRIMARY KEY,
    full_name   TEXT NOT NULL,
    born_year   INTEGER,
    nationality TEXT
);

CREATE TABLE books (
    id             INTEGER PRIMARY KEY,
    isbn13         TEXT UNIQUE CHECK (length(isbn13) = 13),
    title          TEXT NOT NULL COLLATE NOCASE,
    published_year INTEGER CHECK (published_year BETWEEN 1450 AND 2100),
    language       TEXT NOT NULL DEFAULT 'en',
    pages          INTEGER
);

CREATE TABLE book_authors (
    book_id    INTEGER NOT NULL REFERENCES books(id) ON DELETE CASCADE,
    author_id  INTEGER NOT NULL REFERENCES authors(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (book_id, author_id)
);

CREATE TABLE branches (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    address TEXT NOT NULL
);

CREATE TABLE copies (
    id          INTEGER PRIMARY KEY,
    book_id     INTEGER NOT NULL REFERENCES books(id),
    branch_id   INTEGER NOT NULL REFERENCES branches(id),
    barcode     TEXT NOT NULL UNIQUE,
    condition   TEXT NOT NULL DEFAULT 'good' CHECK (condition IN ('new', 'good', 'worn', 'damaged', 'lost')),
    acquired_on TEXT
);

CREATE TABLE members (
    id          INTEGER PRIMARY KEY,
    card_no     TEXT NOT NULL UNIQUE,
    full_name   TEXT NOT NULL,
    email       TEXT,
    joined_on   TEXT NOT NULL DEFAULT (date('now')),
    max_loans   INTEGER NOT NULL DEFAULT 5
);

CREATE TABLE loans (
    id           INTEGER PRIMARY KEY,
    copy_id      INTEGER NOT NULL REFERENCES copies(id),
    member_id    INTEGER NOT NULL REFERENCES members(id),
    loaned_on    TEXT NOT NULL DEFAULT (date('now')),
    due_on       TEXT NOT NULL DEFAULT (date('now', '+21 days')),
    returned_on  TEXT,
    renewals     INTEGER NOT NULL DEFAULT 0 CHECK (renewals <= 3)
);

CREATE TABLE holds (
    id          INTEGER PRIMARY KEY,
    book_id     INTEGER NOT NULL REFERENCES books(id),
    member_id   INTEGER NOT NULL REFERENCES members(id),
    placed_at   TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    fulfilled   BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (book_id, member_id)
);

-- One open loan per copy.
CREATE UNIQUE INDEX ux_loans_open_copy ON loans (copy_id) WHERE returned_on IS NULL;
CREATE INDEX idx_loans_member ON loans (member_id, loaned_on DESC);
CREATE INDEX idx_copies_book ON copies (book_id, branch_id);
CREATE INDEX IF NOT EXISTS idx_books_title ON books (title);

CREATE VIEW available_copies AS
SELECT c.id AS copy_id, c.barcode, b.title, br.name AS branch
FROM copies c
JOIN books b ON b.id = c.book_id
JOIN branches br ON br.id = c.branch_id
WHERE c.condition NOT IN ('lost', 'damaged')
  AND NOT EXISTS (SELECT 1 FROM loans l WHERE l.copy_id = c.id AND l.returned_on IS NULL);
