-- Time clock: punches stored with DATETIME/TIMESTAMP columns filled by SQLite date functions.
PRAGMA foreign_keys = ON;

CREATE TABLE teams (
    code  TEXT PRIMARY KEY,
    name  TEXT NOT NULL
);

CREATE TABLE staff (
    id         INTEGER PRIMARY KEY,
    badge_no   VARCHAR(12) NOT NULL UNIQUE,
    full_name  VARCHAR(120) NOT NULL,
    team_code  TEXT REFERENCES teams(code) ON UPDATE CASCADE ON DELETE NO ACTION,
    hourly_rate DECIMAL(6,2) NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE punches (
    id         INTEGER PRIMARY KEY,
    staff_id   INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    direction  TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    punched_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    work_day   DATE GENERATED ALWAYS AS (date(punched_at)) STORED,
    source     TEXT NOT NULL DEFAULT 'terminal'
);

CREATE INDEX idx_punches_staff_time ON punches (staff_id, punched_at);

INSERT INTO teams (code, name) VALUES ('WH', 'Warehouse'), ('CS', 'Customer service');

INSERT INTO staff (id, badge_no, full_name, team_code, hourly_rate) VALUES
    (1, 'B-0042', 'Aleksandra Nowak', 'WH', 18.50),
    (2, 'B-0043', 'Juan Carlos Mejía', 'WH', 17.25),
    (3, 'B-0051', 'Thandiwe Mokoena', 'CS', 19.00);

-- Renaming a team code cascades to staff.
UPDATE teams SET code = 'WHS' WHERE code = 'WH';

-- Punches relative to the start of today, so the script is valid on any date.
INSERT INTO punches (staff_id, direction, punched_at) VALUES
    (1, 'in',  datetime('now', 'start of day', '+6 hours')),
    (1, 'out', datetime('now', 'start of day', '+14 hours', '+30 minutes')),
    (2, 'in',  datetime('now', 'start of day', '+7 hours')),
    (2, 'out', datetime('now', 'start of day', '+15 hours', '+15 minutes')),
    (3, 'in',  datetime('now', 'start of day', '+9 hours'));

INSERT INTO punches (staff_id, direction, punched_at, source) VALUES (3, 'out', datetime('now', 'start of day', '+17 hours'), 'mobile');

-- Pair each "in" with the following punch and compute hours worked.
WITH ordered AS (
    SELECT staff_id,
           direction,
           punched_at,
           lead(direction) OVER (PARTITION BY staff_id ORDER BY punched_at, id) AS next_direction,
           lead(punched_at) OVER (PARTITION BY staff_id ORDER BY punched_at, id) AS next_at
    FROM punches
)
SELECT s.full_name,
       t.name AS team,
       o.punched_at AS clock_in,
       o.next_at    AS clock_out,
       round((unixepoch(o.next_at) - unixepoch(o.punched_at)) / 3600.0, 2) AS hours,
       format('%.2f', (unixepoch(o.next_at) - unixepoch(o.punched_at)) / 3600.0 * s.hourly_rate) AS pay
FROM ordered o
JOIN staff s ON s.id = o.staff_id
LEFT JOIN teams t ON t.code = s.team_code
WHERE o.direction = 'in' AND likely(o.next_direction = 'out')
ORDER BY s.full_name;

-- Second punch of the day per person, and who is still clocked in right now.
SELECT DISTINCT staff_id,
       nth_value(punched_at, 2) OVER (PARTITION BY staff_id ORDER BY punched_at
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS second_punch
FROM punches
WHERE work_day = date('now');

SELECT s.full_name, CURRENT_TIME AS checked_at
FROM staff s
WHERE (SELECT p.direction FROM punches p WHERE p.staff_id = s.id ORDER BY p.punched_at DESC, p.id DESC LIMIT 1) = 'in';
