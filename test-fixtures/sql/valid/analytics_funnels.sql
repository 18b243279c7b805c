-- Conversion funnel: visit -> signup -> project_created -> invite_sent.
CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    user_key    TEXT NOT NULL,
    name        TEXT NOT NULL,
    occurred_at TEXT NOT NULL
);

CREATE TABLE funnel_steps (
    step_no    INTEGER PRIMARY KEY,
    event_name TEXT NOT NULL UNIQUE
);

INSERT INTO funnel_steps (step_no, event_name) VALUES
    (1, 'page_view'),
    (2, 'signup'),
    (3, 'project_created'),
    (4, 'invite_sent');

INSERT INTO events (user_key, name, occurred_at) VALUES
    ('a', 'page_view', '2024-04-01 10:00:00'),
    ('a', 'signup', '2024-04-01 10:03:00'),
    ('a', 'project_created', '2024-04-01 10:20:00'),
    ('a', 'invite_sent', '2024-04-02 09:00:00'),
    ('b', 'page_view', '2024-04-01 11:00:00'),
    ('b', 'signup', '2024-04-01 11:30:00'),
    ('c', 'page_view', '2024-04-01 12:00:00'),
    ('d', 'page_view', '2024-04-02 08:00:00'),
    ('d', 'signup', '2024-04-02 08:05:00'),
    ('d', 'project_created', '2024-04-05 14:00:00'),
    ('e', 'signup', '2024-04-03 16:00:00');

-- Strict ordered funnel: each step must happen after the previous one.
WITH first_hits AS (
    SELECT e.user_key, f.step_no, min(e.occurred_at) AS first_at
    FROM events e
    JOIN funnel_steps f ON f.event_name = e.name
    GROUP BY e.user_key, f.step_no
),
progress AS (
    SELECT s1.user_key,
           1 + (s2.first_at IS NOT NULL)
             + (s2.first_at IS NOT NULL AND s3.first_at IS NOT NULL)
             + (s2.first_at IS NOT NULL AND s3.first_at IS NOT NULL AND s4.first_at IS NOT NULL) AS reached
    FROM first_hits s1
    LEFT JOIN first_hits s2 ON s2.user_key = s1.user_key AND s2.step_no = 2 AND s2.first_at >= s1.first_at
    LEFT JOIN first_hits s3 ON s3.user_key = s1.user_key AND s3.step_no = 3 AND s3.first_at >= s2.first_at
    LEFT JOIN first_hits s4 ON s4.user_key = s1.user_key AND s4.step_no = 4 AND s4.first_at >= s3.first_at
    WHERE s1.step_no = 1
)
SELECT f.step_no,
       f.event_name,
       (SELECT count(*) FROM progress p WHERE p.reached >= f.step_no) AS users,
       round(100.0 * (SELECT count(*) FROM progress p WHERE p.reached >= f.step_no)
             / (SELECT count(*) FROM progress), 1) AS pct_of_top
FROM funnel_steps f
ORDER BY f.step_no;

-- Median-ish time from signup to first project (hours), using row_number.
WITH durations AS (
    SELECT s.user_key,
           (julianday(min(p.occurred_at)) - julianday(min(s.occurred_at))) * 24 AS hours
    FROM events s
    JOIN events p ON p.user_key = s.user_key AND p.name = 'project_created'
    WHERE s.name = 'signup'
    GROUP BY s.user_key
),
ranked AS (
    SELECT hours,
           row_number() OVER (ORDER BY hours) AS rn,
           count(*) OVER () AS n
    FROM durations
)
SELECT round(avg(hours), 2) AS median_hours
FROM ranked
WHERE rn IN ((n + 1) / 2, (n + 2) / 2);
