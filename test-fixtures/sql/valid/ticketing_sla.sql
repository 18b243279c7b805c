-- SLA policy evaluation for support tickets.
CREATE TABLE sla_policies (
    priority            INTEGER PRIMARY KEY,
    label               TEXT NOT NULL,
    first_response_mins INTEGER NOT NULL,
    resolution_hours    INTEGER NOT NULL
);

CREATE TABLE tickets (
    id                 INTEGER PRIMARY KEY,
    priority           INTEGER NOT NULL REFERENCES sla_policies(priority),
    opened_at          TEXT NOT NULL,
    first_response_at  TEXT,
    resolved_at        TEXT
);

INSERT INTO sla_policies VALUES
    (1, 'urgent', 30, 4),
    (2, 'high', 120, 24),
    (3, 'normal', 480, 72),
    (4, 'low', 1440, 168);

INSERT INTO tickets (id, priority, opened_at, first_response_at, resolved_at) VALUES
    (1, 1, '2024-06-10 09:00:00', '2024-06-10 09:20:00', '2024-06-10 12:10:00'),
    (2, 1, '2024-06-10 22:00:00', '2024-06-10 23:05:00', '2024-06-11 07:00:00'),
    (3, 2, '2024-06-11 10:00:00', '2024-06-11 11:00:00', NULL),
    (4, 3, '2024-06-07 16:00:00', '2024-06-08 09:00:00', '2024-06-12 10:00:00'),
    (5, 4, '2024-06-01 12:00:00', NULL, NULL);

-- Breach flags, evaluated against a fixed "now" so the report is reproducible.
WITH now_ts (ts) AS (SELECT '2024-06-12 12:00:00'),
evaluated AS (
    SELECT t.id,
           p.label,
           t.opened_at,
           datetime(t.opened_at, '+' || p.first_response_mins || ' minutes') AS response_due,
           datetime(t.opened_at, '+' || p.resolution_hours || ' hours')      AS resolution_due,
           coalesce(t.first_response_at, n.ts) AS responded_or_now,
           coalesce(t.resolved_at, n.ts)       AS resolved_or_now,
           t.resolved_at IS NULL               AS still_open
    FROM tickets t
    JOIN sla_policies p ON p.priority = t.priority
    CROSS JOIN now_ts n
)
SELECT id,
       label,
       response_due,
       resolution_due,
       iif(responded_or_now > response_due, 'BREACHED', 'ok')  AS response_sla,
       iif(resolved_or_now > resolution_due, 'BREACHED', 'ok') AS resolution_sla,
       still_open,
       round((julianday(resolution_due) - julianday(resolved_or_now)) * 24, 1) AS hours_to_spare
FROM evaluated
ORDER BY hours_to_spare;

-- Compliance rate per priority.
SELECT p.label,
       count(t.id) AS tickets,
       sum(t.first_response_at IS NOT NULL
           AND t.first_response_at <= datetime(t.opened_at, '+' || p.first_response_mins || ' minutes')) AS responded_in_time,
       round(100.0 * avg(t.resolved_at IS NOT NULL
           AND t.resolved_at <= datetime(t.opened_at, '+' || p.resolution_hours || ' hours')), 1) AS resolved_in_time_pct
FROM sla_policies p
LEFT JOIN tickets t ON t.priority = p.priority
GROUP BY p.priority, p.label
ORDER BY p.priority;
