-- expect: syntax at line 18 (misspelled keyword FORM instead of FROM)
CREATE TABLE tickets (
    id        INTEGER PRIMARY KEY,
    subject   TEXT NOT NULL,
    priority  INTEGER NOT NULL DEFAULT 3,
    status    TEXT NOT NULL DEFAULT 'new',
    opened_at TEXT NOT NULL
);

INSERT INTO tickets (subject, priority, status, opened_at) VALUES
    ('SSO login loop', 1, 'open', '2024-06-03 08:12'),
    ('Wrong VAT number on invoice', 3, 'solved', '2024-06-03 09:40'),
    ('Export times out', 2, 'pending', '2024-06-04 11:05');

UPDATE tickets SET status = 'open' WHERE status = 'new';

-- Open queue, most urgent first.
SELECT id, subject, priority FORM tickets
WHERE status IN ('open', 'pending')
ORDER BY priority, opened_at;
