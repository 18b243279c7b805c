-- expect: type-mismatch at line 26 (INTEGER column priority compared with text literal 'high'; priorities are 1-4)
CREATE TABLE sla_policies (
    priority            INTEGER PRIMARY KEY,
    label               TEXT NOT NULL,
    first_response_mins INTEGER NOT NULL
);

CREATE TABLE tickets (
    id         INTEGER PRIMARY KEY,
    subject    TEXT NOT NULL,
    priority   INTEGER NOT NULL REFERENCES sla_policies(priority),
    status     TEXT NOT NULL DEFAULT 'open',
    opened_at  TEXT NOT NULL
);

INSERT INTO sla_policies VALUES (1, 'urgent', 30), (2, 'high', 120), (3, 'normal', 480), (4, 'low', 1440);

INSERT INTO tickets (subject, priority, status, opened_at) VALUES
    ('SSO login loop', 1, 'open', '2024-06-03 08:12'),
    ('Export times out', 2, 'open', '2024-06-04 11:05'),
    ('Typo on pricing page', 4, 'open', '2024-06-05 10:00');

-- High-priority open tickets.
SELECT t.id, t.subject, t.opened_at
FROM tickets t
WHERE t.priority = 'high'
  AND t.status = 'open'
ORDER BY t.opened_at;

SELECT p.label, count(t.id) AS open_tickets
FROM sla_policies p
LEFT JOIN tickets t ON t.priority = p.priority AND t.status = 'open'
GROUP BY p.priority, p.label;
