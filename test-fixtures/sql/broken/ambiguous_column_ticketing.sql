-- expect: ambiguous-column 'id' at line 29 (tickets and ticket_messages both have 'id'; should be t.id)
CREATE TABLE tickets (
    id        INTEGER PRIMARY KEY,
    subject   TEXT NOT NULL,
    status    TEXT NOT NULL DEFAULT 'new',
    opened_at TEXT NOT NULL
);

CREATE TABLE ticket_messages (
    id        INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id),
    body      TEXT NOT NULL,
    sent_at   TEXT NOT NULL
);

INSERT INTO tickets (id, subject, status, opened_at) VALUES
    (1001, 'SSO login loop', 'open', '2024-06-03 08:12'),
    (1002, 'Wrong VAT number', 'solved', '2024-06-03 09:40');

INSERT INTO ticket_messages (ticket_id, body, sent_at) VALUES
    (1001, 'Since this morning nobody can log in.', '2024-06-03 08:12'),
    (1001, 'Could you send us the new IdP metadata?', '2024-06-03 08:45'),
    (1002, 'Fixed, corrected invoice attached.', '2024-06-03 15:00');

-- Conversation for one ticket.
SELECT t.subject, m.body, m.sent_at
FROM tickets t
JOIN ticket_messages m ON m.ticket_id = t.id
WHERE id = 1001
ORDER BY m.sent_at;
