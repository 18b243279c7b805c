-- =============================================================================
-- Core banking ledger (double-entry) for a small credit union.
-- Money is stored as integer minor units (cents) to avoid rounding surprises.
-- =============================================================================

PRAGMA foreign_keys = ON;

-- -----------------------------------------------------------------------------
-- Reference data
-- -----------------------------------------------------------------------------

CREATE TABLE currencies (
    code        TEXT PRIMARY KEY CHECK (length(code) = 3),
    minor_units INTEGER NOT NULL DEFAULT 2
);

CREATE TABLE branches (
    id          INTEGER PRIMARY KEY,
    sort_code   TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL
);

CREATE TABLE members (
    id            INTEGER PRIMARY KEY,
    member_no     TEXT NOT NULL UNIQUE,
    full_name     TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,
    kyc_status    TEXT NOT NULL DEFAULT 'pending' CHECK (kyc_status IN ('pending', 'verified', 'rejected')),
    branch_id     INTEGER NOT NULL REFERENCES branches(id),
    joined_on     TEXT NOT NULL
);

CREATE TABLE gl_accounts (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('asset', 'liability', 'equity', 'income', 'expense'))
);

CREATE TABLE accounts (
    id             INTEGER PRIMARY KEY,
    iban           TEXT NOT NULL UNIQUE,
    member_id      INTEGER REFERENCES members(id),
    gl_code        TEXT NOT NULL REFERENCES gl_accounts(code),
    product        TEXT NOT NULL CHECK (product IN ('current', 'savings', 'loan', 'internal')),
    currency       TEXT NOT NULL REFERENCES currencies(code),
    overdraft_limit INTEGER NOT NULL DEFAULT 0 CHECK (overdraft_limit >= 0),
    opened_on      TEXT NOT NULL,
    closed_on      TEXT,
    CONSTRAINT member_required CHECK (product = 'internal' OR member_id IS NOT NULL)
);

-- -----------------------------------------------------------------------------
-- Journal
-- -----------------------------------------------------------------------------

CREATE TABLE journal_entries (
    id           INTEGER PRIMARY KEY,
    entry_ref    TEXT NOT NULL UNIQUE,
    description  TEXT NOT NULL,
    value_date   TEXT NOT NULL,
    posted_at    TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    reversed_by  INTEGER REFERENCES journal_entries(id)
);

CREATE TABLE postings (
    id           INTEGER PRIMARY KEY,
    entry_id     INTEGER NOT NULL REFERENCES journal_entries(id) ON DELETE RESTRICT,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE RESTRICT,
    amount       INTEGER NOT NULL CHECK (amount <> 0),   -- positive = debit, negative = credit
    memo         TEXT
);

CREATE INDEX idx_postings_account ON postings (account_id, entry_id);
CREATE INDEX idx_postings_entry ON postings (entry_id);
CREATE INDEX idx_entries_value_date ON journal_entries (value_date);

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    row_key    INTEGER NOT NULL,
    action     TEXT NOT NULL,
    detail     TEXT,
    logged_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Postings are immutable: log any attempt to change them and record closures.
CREATE TRIGGER trg_postings_audit_update
AFTER UPDATE ON postings
FOR EACH ROW
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, detail)
    VALUES ('postings', OLD.id, 'update', json_object('old_amount', OLD.amount, 'new_amount', NEW.amount));
END;

CREATE TRIGGER trg_accounts_closed
AFTER UPDATE OF closed_on ON accounts
FOR EACH ROW
WHEN OLD.closed_on IS NULL AND NEW.closed_on IS NOT NULL
BEGIN
    INSERT INTO audit_log (table_name, row_key, action, detail)
    VALUES ('accounts', NEW.id, 'close', NEW.iban);
END;

-- -----------------------------------------------------------------------------
-- Views
-- -----------------------------------------------------------------------------

CREATE VIEW account_balances AS
SELECT a.id          AS account_id,
       a.iban,
       a.product,
       a.currency,
       a.overdraft_limit,
       coalesce(sum(p.amount), 0) AS balance
FROM accounts a
LEFT JOIN postings p ON p.account_id = a.id
GROUP BY a.id, a.iban, a.product, a.currency, a.overdraft_limit;

CREATE VIEW unbalanced_entries AS
SELECT e.id, e.entry_ref, sum(p.amount) AS imbalance
FROM journal_entries e
JOIN postings p ON p.entry_id = e.id
GROUP BY e.id, e.entry_ref
HAVING sum(p.amount) <> 0;

-- -----------------------------------------------------------------------------
-- Data
-- -----------------------------------------------------------------------------

INSERT INTO currencies (code, minor_units) VALUES ('EUR', 2), ('USD', 2);

INSERT INTO branches (id, sort_code, name) VALUES (1, '10-20-30', 'Harbour Street'), (2, '10-20-31', 'University Campus');

INSERT INTO gl_accounts (code, name, kind) VALUES
    ('1000', 'Cash and central bank', 'asset'),
    ('1200', 'Member loans', 'asset'),
    ('2000', 'Member current accounts', 'liability'),
    ('2100', 'Member savings', 'liability'),
    ('4000', 'Interest income', 'income'),
    ('4100', 'Fee income', 'income'),
    ('5000', 'Interest expense', 'expense');

INSERT INTO members (id, member_no, full_name, date_of_birth, kyc_status, branch_id, joined_on) VALUES
    (1, 'M-000101', 'Siobhán Kelly', '1986-02-11', 'verified', 1, '2019-06-03'),
    (2, 'M-000102', 'Arjun Nair', '1992-09-27', 'verified', 2, '2021-01-15'),
    (3, 'M-000103', 'Léa Fontaine', '2001-12-05', 'pending', 2, '2024-04-20');

INSERT INTO accounts (id, iban, member_id, gl_code, product, currency, overdraft_limit, opened_on) VALUES
    (1, 'IE00CRED10203000000001', NULL, '1000', 'internal', 'EUR', 0, '2019-01-01'),
    (2, 'IE00CRED10203000000002', NULL, '4100', 'internal', 'EUR', 0, '2019-01-01'),
    (3, 'IE00CRED10203000000003', NULL, '5000', 'internal', 'EUR', 0, '2019-01-01'),
    (4, 'IE00CRED10203000000004', NULL, '4000', 'internal', 'EUR', 0, '2019-01-01'),
    (10, 'IE00CRED10203000000010', 1, '2000', 'current', 'EUR', 50000, '2019-06-03'),
    (11, 'IE00CRED10203000000011', 1, '2100', 'savings', 'EUR', 0, '2019-06-03'),
    (12, 'IE00CRED10203100000012', 2, '2000', 'current', 'EUR', 0, '2021-01-15'),
    (13, 'IE00CRED10203100000013', 2, '1200', 'loan', 'EUR', 0, '2023-03-01'),
    (14, 'IE00CRED10203100000014', 3, '2000', 'current', 'EUR', 0, '2024-04-20');

INSERT INTO journal_entries (id, entry_ref, description, value_date) VALUES
    (1, 'JE-2024-0001', 'Cash deposit at counter', '2024-04-02'),
    (2, 'JE-2024-0002', 'Salary credit', '2024-04-25'),
    (3, 'JE-2024-0003', 'Transfer current -> savings', '2024-04-26'),
    (4, 'JE-2024-0004', 'Monthly account fee', '2024-04-30'),
    (5, 'JE-2024-0005', 'Loan drawdown', '2024-03-01'),
    (6, 'JE-2024-0006', 'Loan repayment', '2024-04-01'),
    (7, 'JE-2024-0007', 'Savings interest April', '2024-04-30'),
    (8, 'JE-2024-0008', 'Opening deposit', '2024-04-20');

-- Debits positive, credits negative; asset accounts grow with debits, liabilities with credits.
INSERT INTO postings (entry_id, account_id, amount, memo) VALUES
    (1, 1, 150000, 'cash in'),        (1, 10, -150000, 'deposit'),
    (2, 1, 320000, 'incoming SEPA'),  (2, 10, -320000, 'ACME PAYROLL'),
    (3, 10, 100000, NULL),            (3, 11, -100000, NULL),
    (4, 10, 500, 'fee'),              (4, 2, -500, 'fee'),
    (5, 13, 1200000, 'car loan'),     (5, 12, -1200000, 'drawdown'),
    (6, 12, 35000, 'instalment 1'),   (6, 13, -29000, 'principal'),   (6, 4, -6000, 'interest'),
    (7, 3, 183, 'interest expense'),  (7, 11, -183, 'interest 2.2% p.a.'),
    (8, 1, 2500, 'cash'),             (8, 14, -2500, 'opening deposit');

-- -----------------------------------------------------------------------------
-- Operations
-- -----------------------------------------------------------------------------

-- A mistaken fee is reversed with a mirror entry.
BEGIN;
INSERT INTO journal_entries (id, entry_ref, description, value_date)
VALUES (9, 'JE-2024-0009', 'Reversal of JE-2024-0004', '2024-05-01');
INSERT INTO postings (entry_id, account_id, amount, memo)
SELECT 9, account_id, -amount, 'reversal: ' || coalesce(memo, '')
FROM postings
WHERE entry_id = 4;
UPDATE journal_entries SET reversed_by = 9 WHERE id = 4;
COMMIT;

-- Close the pending member's account after a failed KYC.
UPDATE members SET kyc_status = 'rejected' WHERE member_no = 'M-000103';
UPDATE accounts SET closed_on = '2024-05-02' WHERE member_id = 3 AND closed_on IS NULL;

-- -----------------------------------------------------------------------------
-- Reports
-- -----------------------------------------------------------------------------

-- Trial balance by GL account: debits and credits must be equal overall.
SELECT g.code,
       g.name,
       g.kind,
       total(CASE WHEN p.amount > 0 THEN p.amount END) / 100.0  AS debits,
       -total(CASE WHEN p.amount < 0 THEN p.amount END) / 100.0 AS credits,
       total(p.amount) / 100.0                                  AS net
FROM gl_accounts g
LEFT JOIN accounts a ON a.gl_code = g.code
LEFT JOIN postings p ON p.account_id = a.id
GROUP BY g.code, g.name, g.kind
ORDER BY g.code;

-- Integrity check: should return no rows.
SELECT id, entry_ref, imbalance FROM unbalanced_entries;

-- Member statement for April 2024 with opening balance and running balance.
WITH params (acct, from_date, to_date) AS (
    SELECT 10, '2024-04-01', '2024-04-30'
),
opening AS (
    SELECT coalesce(sum(p.amount), 0) AS opening_balance
    FROM postings p
    JOIN journal_entries e ON e.id = p.entry_id
    JOIN params ON p.account_id = params.acct
    WHERE e.value_date < params.from_date
),
lines AS (
    SELECT e.value_date, e.entry_ref, e.description, p.memo, -p.amount AS credit_amount, p.id AS posting_id
    FROM postings p
    JOIN journal_entries e ON e.id = p.entry_id
    JOIN params ON p.account_id = params.acct
    WHERE e.value_date BETWEEN params.from_date AND params.to_date
)
SELECT l.value_date,
       l.entry_ref,
       coalesce(l.memo, l.description)                         AS narrative,
       printf('%.2f', l.credit_amount / 100.0)                 AS amount,
       printf('%.2f', (-(SELECT opening_balance FROM opening)
              + sum(l.credit_amount) OVER (ORDER BY l.value_date, l.posting_id)) / 100.0) AS balance
FROM lines l
ORDER BY l.value_date, l.posting_id;

-- Accounts in unauthorised overdraft (customer balance is the negated ledger balance).
SELECT b.iban,
       m.full_name,
       -b.balance / 100.0          AS customer_balance,
       b.overdraft_limit / 100.0   AS limit_eur
FROM account_balances b
JOIN accounts a ON a.id = b.account_id
JOIN members m  ON m.id = a.member_id
WHERE b.product = 'current'
  AND -b.balance < -b.overdraft_limit;

-- Deposits by member, most valuable first, with share of total.
SELECT m.member_no,
       m.full_name,
       sum(-b.balance) / 100.0 AS deposits,
       round(100.0 * sum(-b.balance) / sum(sum(-b.balance)) OVER (), 2) AS pct_of_total
FROM account_balances b
JOIN accounts a ON a.id = b.account_id
JOIN members m  ON m.id = a.member_id
WHERE b.product IN ('current', 'savings')
GROUP BY m.id, m.member_no, m.full_name
ORDER BY deposits DESC;

-- Loan book: outstanding principal and next instalment estimate (annuity, 6.5% p.a., 36 months).
SELECT a.iban,
       m.full_name,
       b.balance / 100.0 AS outstanding,
       round((1200000 / 100.0) * (0.065 / 12) / (1 - pow(1 + 0.065 / 12, -36)), 2) AS instalment
FROM account_balances b
JOIN accounts a ON a.id = b.account_id
JOIN members m  ON m.id = a.member_id
WHERE a.product = 'loan';

-- Audit trail.
SELECT logged_at, table_name, row_key, action, detail FROM audit_log ORDER BY id;
