-- Helpdesk ticketing: customers, agents, tickets, messages, and queue reports.
PRAGMA foreign_keys = ON;

CREATE TABLE organisations (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    tier    TEXT NOT NULL DEFAULT 'standard' CHECK (tier IN ('standard', 'premium', 'enterprise'))
);

CREATE TABLE requesters (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER REFERENCES organisations(id),
    email           TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL
);

CREATE TABLE agents (
    id          INTEGER PRIMARY KEY,
    handle      TEXT NOT NULL UNIQUE,
    team        TEXT NOT NULL,
    is_active   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE tickets (
    id           INTEGER PRIMARY KEY,
    requester_id INTEGER NOT NULL REFERENCES requesters(id),
    assignee_id  INTEGER REFERENCES agents(id) ON DELETE SET NULL,
    subject      TEXT NOT NULL,
    priority     INTEGER NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 4),
    status       TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'open', 'pending', 'solved', 'closed')),
    channel      TEXT NOT NULL DEFAULT 'email',
    opened_at    TEXT NOT NULL,
    solved_at    TEXT
);

CREATE TABLE ticket_messages (
    id          INTEGER PRIMARY KEY,
    ticket_id   INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    agent_id    INTEGER REFERENCES agents(id),
    is_public   INTEGER NOT NULL DEFAULT 1,
    body        TEXT NOT NULL,
    sent_at     TEXT NOT NULL
);

CREATE TABLE ticket_tags (
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    tag       TEXT NOT NULL,
    PRIMARY KEY (ticket_id, tag)
) WITHOUT ROWID;

CREATE INDEX idx_tickets_status_priority ON tickets (status, priority);
CREATE INDEX idx_tickets_assignee_open ON tickets (assignee_id) WHERE status IN ('new', 'open', 'pending');
CREATE INDEX idx_messages_ticket_time ON ticket_messages (ticket_id, sent_at);

INSERT INTO organisations (id, name, tier) VALUES (1, 'Globex', 'enterprise'), (2, 'Initech', 'standard'), (3, 'Umbrella Health', 'premium');

INSERT INTO requesters (id, organisation_id, email, display_name) VALUES
    (1, 1, 'hank@globex.example', 'Hank Scorpio'),
    (2, 2, 'peter@initech.example', 'Peter Gibbons'),
    (3, 3, 'alice@umbrella.example', 'Alice Abernathy'),
    (4, NULL, 'someone@gmail.example', 'Anonymous Shopper');

INSERT INTO agents (id, handle, team) VALUES (1, 'nadia', 'tier1'), (2, 'oscar', 'tier1'), (3, 'yusuf', 'tier2');

INSERT INTO tickets (id, requester_id, assignee_id, subject, priority, status, channel, opened_at, solved_at) VALUES
    (1001, 1, 3, 'SSO login loop after IdP change', 1, 'open', 'email', '2024-06-03 08:12:00', NULL),
    (1002, 2, 1, 'Invoice shows wrong VAT number', 3, 'solved', 'web', '2024-06-03 09:40:00', '2024-06-03 15:02:00'),
    (1003, 3, 2, 'Export to CSV times out', 2, 'pending', 'chat', '2024-06-04 11:05:00', NULL),
    (1004, 4, NULL, 'How do I reset my password?', 4, 'new', 'web', '2024-06-05 19:30:00', NULL),
    (1005, 1, 3, 'API rate limit too low', 2, 'solved', 'email', '2024-06-01 14:00:00', '2024-06-04 10:00:00');

INSERT INTO ticket_messages (ticket_id, agent_id, is_public, body, sent_at) VALUES
    (1001, NULL, 1, 'Since this morning nobody can log in.', '2024-06-03 08:12:00'),
    (1001, 3, 0, 'Probably the new certificate, checking metadata.', '2024-06-03 08:40:00'),
    (1001, 3, 1, 'Could you send us the new IdP metadata XML?', '2024-06-03 08:45:00'),
    (1002, 1, 1, 'Fixed, a corrected invoice is attached.', '2024-06-03 15:00:00'),
    (1003, 2, 1, 'We reproduced it; engineering is on it.', '2024-06-04 13:30:00'),
    (1005, 3, 1, 'Limit raised to 600 rpm.', '2024-06-04 09:58:00');

INSERT INTO ticket_tags VALUES (1001, 'sso'), (1001, 'outage'), (1003, 'export'), (1003, 'bug'), (1005, 'api');

-- Auto-assign new tickets to the active tier1 agent with the fewest open tickets.
UPDATE tickets
SET assignee_id = (
        SELECT a.id
        FROM agents a
        LEFT JOIN tickets t ON t.assignee_id = a.id AND t.status IN ('new', 'open', 'pending')
        WHERE a.team = 'tier1' AND a.is_active = 1
        GROUP BY a.id
        ORDER BY count(t.id), a.id
        LIMIT 1
    ),
    status = 'open'
WHERE assignee_id IS NULL AND status = 'new';

-- Agent queue: open work per agent, weighted by priority.
SELECT a.handle,
       a.team,
       count(t.id)                                            AS open_tickets,
       sum(CASE t.priority WHEN 1 THEN 8 WHEN 2 THEN 4 WHEN 3 THEN 2 ELSE 1 END) AS load_points,
       min(t.opened_at)                                       AS oldest_open
FROM agents a
LEFT JOIN tickets t ON t.assignee_id = a.id AND t.status IN ('new', 'open', 'pending')
GROUP BY a.id, a.handle, a.team
ORDER BY load_points DESC;

-- First public agent response time per ticket (minutes).
SELECT t.id,
       t.subject,
       round((julianday(min(m.sent_at)) - julianday(t.opened_at)) * 24 * 60) AS first_response_min
FROM tickets t
LEFT JOIN ticket_messages m ON m.ticket_id = t.id AND m.agent_id IS NOT NULL AND m.is_public = 1
GROUP BY t.id, t.subject, t.opened_at
ORDER BY first_response_min IS NULL, first_response_min;

-- Tickets carrying both the 'bug' and 'export' tags.
SELECT ticket_id FROM ticket_tags WHERE tag = 'bug'
INTERSECT
SELECT ticket_id FROM ticket_tags WHERE tag = 'export';

-- Tickets without any tag.
SELECT id FROM tickets
EXCEPT
SELECT ticket_id FROM ticket_tags;

-- Resolution time by organisation tier.
SELECT o.tier,
       count(*) AS solved,
       round(avg((julianday(t.solved_at) - julianday(t.opened_at)) * 24), 1) AS avg_hours
FROM tickets t
JOIN requesters r    ON r.id = t.requester_id
JOIN organisations o ON o.id = r.organisation_id
WHERE t.solved_at IS NOT NULL
GROUP BY o.tier;
