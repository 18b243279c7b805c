-- expect: syntax at line 31 (misspelled keyword WHRE instead of WHERE)
CREATE TABLE accounts (
    id              INTEGER PRIMARY KEY,
    iban            TEXT NOT NULL UNIQUE,
    product         TEXT NOT NULL CHECK (product IN ('current', 'savings', 'loan')),
    overdraft_limit INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE postings (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    amount     INTEGER NOT NULL,
    value_date TEXT NOT NULL
);

INSERT INTO accounts (id, iban, product, overdraft_limit) VALUES
    (1, 'IE00CRED10203000000010', 'current', 50000),
    (2, 'IE00CRED10203000000011', 'savings', 0),
    (3, 'IE00CRED10203100000013', 'loan', 0);

INSERT INTO postings (account_id, amount, value_date) VALUES
    (1, -150000, '2024-04-02'),
    (2, -100000, '2024-04-26'),
    (3, 1200000, '2024-03-01'),
    (3, -29000, '2024-04-01');

-- Outstanding loan principal.
SELECT a.iban, sum(p.amount) / 100.0 AS outstanding
FROM accounts a
JOIN postings p ON p.account_id = a.id
WHRE a.product = 'loan'
GROUP BY a.iban;
