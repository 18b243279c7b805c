-- expect: type-mismatch at line 103 (text literal 'none' inserted into INTEGER column overdraft_limit; should be 0)
-- Credit union ledger: members, accounts, double-entry postings and balances.
PRAGMA foreign_keys = ON;

CREATE TABLE branches (
    id        INTEGER PRIMARY KEY,
    sort_code TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL
);

CREATE TABLE members (
    id         INTEGER PRIMARY KEY,
    member_no  TEXT NOT NULL UNIQUE,
    full_name  TEXT NOT NULL,
    branch_id  INTEGER NOT NULL REFERENCES branches(id),
    joined_on  TEXT NOT NULL
);

CREATE TABLE accounts (
    id              INTEGER PRIMARY KEY,
    iban            TEXT NOT NULL UNIQUE,
    member_id       INTEGER REFERENCES members(id),
    product         TEXT NOT NULL CHECK (product IN ('current', 'savings', 'loan', 'internal')),
    currency        TEXT NOT NULL DEFAULT 'EUR',
    overdraft_limit INTEGER NOT NULL DEFAULT 0,
    opened_on       TEXT NOT NULL,
    closed_on       TEXT
);

CREATE TABLE journal_entries (
    id          INTEGER PRIMARY KEY,
    entry_ref   TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL,
    value_date  TEXT NOT NULL
);

CREATE TABLE postings (
    id         INTEGER PRIMARY KEY,
    entry_id   INTEGER NOT NULL REFERENCES journal_entries(id),
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    amount     INTEGER NOT NULL CHECK (amount <> 0),
    memo       TEXT
);

CREATE INDEX idx_postings_account ON postings (account_id);

CREATE VIEW account_balances AS
SELECT a.id AS account_id, a.iban, a.product, a.overdraft_limit,
       coalesce(sum(p.amount), 0) AS balance
FROM accounts a
LEFT JOIN postings p ON p.account_id = a.id
GROUP BY a.id, a.iban, a.product, a.overdraft_limit;

INSERT INTO branches VALUES (1, '10-20-30', 'Harbour Street'), (2, '10-20-31', 'University Campus');

INSERT INTO members (id, member_no, full_name, branch_id, joined_on) VALUES
    (1, 'M-000101', 'Siobhán Kelly', 1, '2019-06-03'),
    (2, 'M-000102', 'Arjun Nair', 2, '2021-01-15'),
    (3, 'M-000103', 'Léa Fontaine', 2, '2024-04-20');

INSERT INTO accounts (id, iban, member_id, product, overdraft_limit, opened_on) VALUES
    (1, 'IE00CRED10203000000001', NULL, 'internal', 0, '2019-01-01'),
    (2, 'IE00CRED10203000000002', NULL, 'internal', 0, '2019-01-01'),
    (10, 'IE00CRED10203000000010', 1, 'current', 50000, '2019-06-03'),
    (11, 'IE00CRED10203000000011', 1, 'savings', 0, '2019-06-03'),
    (12, 'IE00CRED10203100000012', 2, 'current', 25000, '2021-01-15');

INSERT INTO journal_entries (id, entry_ref, description, value_date) VALUES
    (1, 'JE-2024-0001', 'Cash deposit at counter', '2024-04-02'),
    (2, 'JE-2024-0002', 'Salary credit', '2024-04-25'),
    (3, 'JE-2024-0003', 'Transfer current to savings', '2024-04-26'),
    (4, 'JE-2024-0004', 'Monthly account fee', '2024-04-30'),
    (5, 'JE-2024-0005', 'Card payment', '2024-04-28');

INSERT INTO postings (entry_id, account_id, amount, memo) VALUES
    (1, 1, 150000, 'cash in'),
    (1, 10, -150000, 'deposit'),
    (2, 1, 320000, 'incoming SEPA'),
    (2, 10, -320000, 'ACME PAYROLL'),
    (3, 10, 100000, NULL),
    (3, 11, -100000, NULL),
    (4, 10, 500, 'fee'),
    (4, 2, -500, 'fee'),
    (5, 12, 31000, 'electronics store'),
    (5, 1, -31000, 'card settlement');

-- Every journal entry must balance; this should return no rows.
SELECT e.entry_ref, sum(p.amount) AS imbalance
FROM journal_entries e
JOIN postings p ON p.entry_id = e.id
GROUP BY e.id, e.entry_ref
HAVING sum(p.amount) <> 0;

-- Customer balances (liabilities are credits, so negate).
SELECT b.iban, m.full_name, -b.balance / 100.0 AS balance_eur
FROM account_balances b
JOIN accounts a ON a.id = b.account_id
JOIN members m  ON m.id = a.member_id
ORDER BY m.full_name, b.iban;

-- Open an account for the newest member; no overdraft facility yet.
INSERT INTO accounts (id, iban, member_id, product, overdraft_limit, opened_on)
VALUES (14, 'IE00CRED10203100000014', 3, 'current', 'none', '2024-04-20');

INSERT INTO journal_entries (id, entry_ref, description, value_date) VALUES (6, 'JE-2024-0006', 'Opening deposit', '2024-04-20');
INSERT INTO postings (entry_id, account_id, amount, memo) VALUES (6, 1, 2500, 'cash'), (6, 14, -2500, 'opening deposit');

-- Accounts beyond their overdraft limit.
SELECT b.iban, -b.balance / 100.0 AS balance_eur, b.overdraft_limit / 100.0 AS limit_eur
FROM account_balances b
WHERE b.product = 'current'
  AND -b.balance < -b.overdraft_limit;

-- Monthly posting volume by product.
SELECT strftime('%Y-%m', e.value_date) AS month,
       a.product,
       count(*) AS postings,
       sum(abs(p.amount)) / 100.0 AS volume_eur
FROM postings p
JOIN journal_entries e ON e.id = p.entry_id
JOIN accounts a        ON a.id = p.account_id
GROUP BY month, a.product
ORDER BY month, a.product;
