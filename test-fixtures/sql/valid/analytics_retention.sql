/*
 * SaaS analytics warehouse (SQLite edition)
 * ----------------------------------------
 * Cohort retention, MRR movements, churn and engagement scoring.
 * All tables are declared here so the script can run on an empty database.
 */

PRAGMA foreign_keys = ON;

-- ---------------------------------------------------------------------------
-- Dimensions
-- ---------------------------------------------------------------------------

CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL,
    industry      TEXT,
    country       TEXT    NOT NULL,
    signed_up_on  TEXT    NOT NULL,
    sales_owner   TEXT
);

CREATE TABLE plans (
    code          TEXT PRIMARY KEY,
    display_name  TEXT NOT NULL,
    monthly_price REAL NOT NULL CHECK (monthly_price >= 0),
    tier          INTEGER NOT NULL
);

CREATE TABLE account_users (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    email       TEXT NOT NULL,
    role        TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('owner', 'admin', 'member')),
    invited_on  TEXT NOT NULL,
    UNIQUE (account_id, email)
);

-- ---------------------------------------------------------------------------
-- Facts
-- ---------------------------------------------------------------------------

CREATE TABLE subscriptions (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts(id),
    plan_code   TEXT    NOT NULL REFERENCES plans(code),
    seats       INTEGER NOT NULL DEFAULT 1 CHECK (seats > 0),
    started_on  TEXT    NOT NULL,
    ended_on    TEXT,
    CHECK (ended_on IS NULL OR ended_on > started_on)
);

CREATE TABLE activity (
    account_user_id INTEGER NOT NULL REFERENCES account_users(id) ON DELETE CASCADE,
    day             TEXT    NOT NULL,
    actions         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (account_user_id, day)
) WITHOUT ROWID;

CREATE INDEX idx_subscriptions_account ON subscriptions (account_id, started_on);
CREATE INDEX idx_activity_day ON activity (day);

-- ---------------------------------------------------------------------------
-- Sample data
-- ---------------------------------------------------------------------------

INSERT INTO plans (code, display_name, monthly_price, tier) VALUES
    ('starter', 'Starter', 9.0, 1),
    ('growth', 'Growth', 29.0, 2),
    ('scale', 'Scale', 99.0, 3);

INSERT INTO accounts (id, name, industry, country, signed_up_on, sales_owner) VALUES
    (1, 'Northwind Traders', 'retail', 'US', '2024-01-04', 'alice'),
    (2, 'Bluefin Analytics', 'software', 'CA', '2024-01-18', 'bob'),
    (3, 'Kaffeehaus Müller', 'hospitality', 'AT', '2024-01-29', NULL),
    (4, 'Orbital Freight', 'logistics', 'NL', '2024-02-07', 'alice'),
    (5, 'Sakura Design', 'agency', 'JP', '2024-02-21', 'carol'),
    (6, 'Pampas Agro', 'agriculture', 'AR', '2024-03-02', NULL),
    (7, 'Fjord Health', 'healthcare', 'NO', '2024-03-15', 'bob'),
    (8, 'Lagos Fintech Hub', 'finance', 'NG', '2024-03-28', 'carol');

INSERT INTO account_users (id, account_id, email, role, invited_on) VALUES
    (1, 1, 'ops@northwind.example', 'owner', '2024-01-04'),
    (2, 1, 'buyer@northwind.example', 'member', '2024-01-10'),
    (3, 2, 'cto@bluefin.example', 'owner', '2024-01-18'),
    (4, 3, 'anna@kaffeehaus.example', 'owner', '2024-01-29'),
    (5, 4, 'it@orbital.example', 'owner', '2024-02-07'),
    (6, 4, 'dispatch@orbital.example', 'admin', '2024-02-09'),
    (7, 5, 'yuki@sakura.example', 'owner', '2024-02-21'),
    (8, 6, 'campo@pampas.example', 'owner', '2024-03-02'),
    (9, 7, 'admin@fjord.example', 'owner', '2024-03-15'),
    (10, 8, 'ceo@lagoshub.example', 'owner', '2024-03-28');

INSERT INTO subscriptions (account_id, plan_code, seats, started_on, ended_on) VALUES
    (1, 'starter', 2, '2024-01-04', '2024-02-04'),
    (1, 'growth', 5, '2024-02-04', NULL),
    (2, 'growth', 3, '2024-01-18', NULL),
    (3, 'starter', 1, '2024-01-29', '2024-03-29'),
    (4, 'scale', 10, '2024-02-07', NULL),
    (5, 'starter', 1, '2024-02-21', '2024-03-21'),
    (6, 'growth', 2, '2024-03-02', NULL),
    (7, 'scale', 4, '2024-03-15', NULL),
    (8, 'starter', 1, '2024-03-28', NULL);

INSERT INTO activity (account_user_id, day, actions) VALUES
    (1, '2024-01-05', 12), (1, '2024-02-10', 30), (1, '2024-03-11', 18), (1, '2024-04-02', 25),
    (2, '2024-01-11', 4),  (2, '2024-03-20', 7),
    (3, '2024-01-19', 40), (3, '2024-02-19', 38), (3, '2024-03-19', 41), (3, '2024-04-19', 44),
    (4, '2024-01-30', 3),  (4, '2024-02-14', 1),
    (5, '2024-02-08', 55), (5, '2024-03-08', 61), (6, '2024-03-09', 12), (5, '2024-04-08', 58),
    (7, '2024-02-22', 9),
    (8, '2024-03-03', 14), (8, '2024-04-03', 11),
    (9, '2024-03-16', 22), (9, '2024-04-16', 27),
    (10, '2024-03-29', 5);

-- ---------------------------------------------------------------------------
-- Views
-- ---------------------------------------------------------------------------

-- Monthly recurring revenue contributed by each subscription.
CREATE VIEW v_subscription_mrr AS
SELECT s.id            AS subscription_id,
       s.account_id,
       s.plan_code,
       s.seats,
       s.started_on,
       s.ended_on,
       p.monthly_price * s.seats AS mrr
FROM subscriptions s
JOIN plans p ON p.code = s.plan_code;

-- Account-level activity per calendar month.
CREATE VIEW v_account_month_activity (account_id, month, active_users, actions) AS
SELECT u.account_id,
       strftime('%Y-%m', a.day),
       count(DISTINCT a.account_user_id),
       sum(a.actions)
FROM activity a
JOIN account_users u ON u.id = a.account_user_id
GROUP BY u.account_id, strftime('%Y-%m', a.day);

-- ---------------------------------------------------------------------------
-- 1. Cohort retention matrix (by signup month, months since signup)
-- ---------------------------------------------------------------------------

WITH cohorts AS (
    SELECT id AS account_id, strftime('%Y-%m', signed_up_on) AS cohort
    FROM accounts
),
months_active AS (
    SELECT DISTINCT account_id, month
    FROM v_account_month_activity
),
offsets AS (
    SELECT c.cohort,
           c.account_id,
           (CAST(substr(m.month, 1, 4) AS INTEGER) - CAST(substr(c.cohort, 1, 4) AS INTEGER)) * 12
           + CAST(substr(m.month, 6, 2) AS INTEGER) - CAST(substr(c.cohort, 6, 2) AS INTEGER) AS month_offset
    FROM cohorts c
    JOIN months_active m ON m.account_id = c.account_id
)
SELECT cohort,
       (SELECT count(*) FROM cohorts c2 WHERE c2.cohort = o.cohort)  AS cohort_size,
       count(DISTINCT account_id) FILTER (WHERE month_offset = 0)     AS m0,
       count(DISTINCT account_id) FILTER (WHERE month_offset = 1)     AS m1,
       count(DISTINCT account_id) FILTER (WHERE month_offset = 2)     AS m2,
       count(DISTINCT account_id) FILTER (WHERE month_offset = 3)     AS m3
FROM offsets o
GROUP BY cohort
ORDER BY cohort;

-- ---------------------------------------------------------------------------
-- 2. MRR at each month end, and movement classification
-- ---------------------------------------------------------------------------

WITH RECURSIVE month_ends (month_end) AS (
    SELECT date('2024-01-01', 'start of month', '+1 month', '-1 day')
    UNION ALL
    SELECT date(month_end, '+1 day', '+1 month', '-1 day')
    FROM month_ends
    WHERE month_end < '2024-04-30'
),
account_mrr AS (
    SELECT me.month_end,
           a.id AS account_id,
           coalesce(sum(v.mrr), 0) AS mrr
    FROM month_ends me
    CROSS JOIN accounts a
    LEFT JOIN v_subscription_mrr v
           ON v.account_id = a.id
          AND v.started_on <= me.month_end
          AND (v.ended_on IS NULL OR v.ended_on > me.month_end)
    GROUP BY me.month_end, a.id
),
movements AS (
    SELECT month_end,
           account_id,
           mrr,
           lag(mrr, 1, 0) OVER (PARTITION BY account_id ORDER BY month_end) AS prev_mrr
    FROM account_mrr
)
SELECT month_end,
       round(sum(mrr), 2)                                                        AS total_mrr,
       round(total(CASE WHEN prev_mrr = 0 AND mrr > 0 THEN mrr END), 2)          AS new_mrr,
       round(total(CASE WHEN prev_mrr > 0 AND mrr > prev_mrr THEN mrr - prev_mrr END), 2) AS expansion_mrr,
       round(total(CASE WHEN prev_mrr > mrr AND mrr > 0 THEN prev_mrr - mrr END), 2)      AS contraction_mrr,
       round(total(CASE WHEN prev_mrr > 0 AND mrr = 0 THEN prev_mrr END), 2)     AS churned_mrr
FROM movements
GROUP BY month_end
ORDER BY month_end;

-- ---------------------------------------------------------------------------
-- 3. Engagement scoring and segmentation
-- ---------------------------------------------------------------------------

WITH engagement AS (
    SELECT a.id                     AS account_id,
           a.name,
           coalesce(sum(x.actions), 0)  AS actions_90d,
           count(DISTINCT x.account_user_id) AS active_users_90d
    FROM accounts a
    LEFT JOIN account_users u ON u.account_id = a.id
    LEFT JOIN activity x
           ON x.account_user_id = u.id
          AND x.day > date('2024-04-30', '-90 days')
    GROUP BY a.id, a.name
)
SELECT name,
       actions_90d,
       active_users_90d,
       ntile(4) OVER (ORDER BY actions_90d)                        AS quartile,
       round(percent_rank() OVER (ORDER BY actions_90d), 3)        AS pct_rank,
       round(cume_dist() OVER (ORDER BY actions_90d), 3)           AS cume,
       CASE
           WHEN actions_90d = 0 THEN 'dormant'
           WHEN actions_90d < 20 THEN 'at risk'
           WHEN actions_90d < 80 THEN 'healthy'
           ELSE 'champion'
       END AS segment
FROM engagement
ORDER BY actions_90d DESC, name;

-- ---------------------------------------------------------------------------
-- 4. Churned accounts with their last plan and lifetime value
-- ---------------------------------------------------------------------------

SELECT a.name,
       a.country,
       last_sub.plan_code                       AS last_plan,
       last_sub.ended_on                        AS churned_on,
       round(sum(v.mrr * (julianday(coalesce(v.ended_on, '2024-04-30')) - julianday(v.started_on)) / 30.4), 2) AS approx_ltv
FROM accounts a
JOIN v_subscription_mrr v ON v.account_id = a.id
JOIN (
    SELECT s.account_id, s.plan_code, s.ended_on,
           row_number() OVER (PARTITION BY s.account_id ORDER BY s.started_on DESC) AS rn
    FROM subscriptions s
) last_sub ON last_sub.account_id = a.id AND last_sub.rn = 1
WHERE last_sub.ended_on IS NOT NULL
GROUP BY a.id, a.name, a.country, last_sub.plan_code, last_sub.ended_on
ORDER BY approx_ltv DESC;

-- ---------------------------------------------------------------------------
-- 5. Snapshot table for the BI tool
-- ---------------------------------------------------------------------------

CREATE TABLE account_snapshot AS
SELECT a.id AS account_id,
       a.name,
       a.country,
       (SELECT v.plan_code FROM v_subscription_mrr v
         WHERE v.account_id = a.id AND v.ended_on IS NULL
         ORDER BY v.started_on DESC LIMIT 1)                       AS current_plan,
       (SELECT total(v.mrr) FROM v_subscription_mrr v
         WHERE v.account_id = a.id AND v.ended_on IS NULL)          AS current_mrr,
       (SELECT max(x.day) FROM activity x
          JOIN account_users u ON u.id = x.account_user_id
         WHERE u.account_id = a.id)                                 AS last_active_day
FROM accounts a;

SELECT current_plan,
       count(*)                 AS accounts,
       round(sum(current_mrr), 2) AS mrr,
       json_group_array(name)   AS account_names
FROM account_snapshot
WHERE current_plan IS NOT NULL
GROUP BY current_plan
ORDER BY mrr DESC;
