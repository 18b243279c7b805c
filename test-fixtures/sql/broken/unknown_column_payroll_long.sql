-- expect: unknown-column 'anual_salary' at line 95 (typo of annual_salary, deep inside a long file)
-- Monthly payroll run: gross-to-net with progressive tax brackets.
PRAGMA foreign_keys = ON;

CREATE TABLE employees (
    id            INTEGER PRIMARY KEY,
    employee_no   TEXT NOT NULL UNIQUE,
    full_name     TEXT NOT NULL,
    pay_type      TEXT NOT NULL CHECK (pay_type IN ('salaried', 'hourly')),
    annual_salary REAL,
    hourly_rate   REAL,
    tax_code      TEXT NOT NULL DEFAULT 'STD',
    active        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE tax_brackets (
    tax_code    TEXT NOT NULL,
    lower_bound REAL NOT NULL,
    upper_bound REAL,
    rate        REAL NOT NULL,
    PRIMARY KEY (tax_code, lower_bound)
);

CREATE TABLE timesheets (
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    work_date   TEXT NOT NULL,
    hours       REAL NOT NULL,
    overtime    REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (employee_id, work_date)
);

CREATE TABLE pay_runs (
    id           INTEGER PRIMARY KEY,
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL,
    UNIQUE (period_start, period_end)
);

CREATE TABLE payslips (
    pay_run_id  INTEGER NOT NULL REFERENCES pay_runs(id) ON DELETE CASCADE,
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    gross       REAL NOT NULL,
    tax         REAL NOT NULL,
    pension     REAL NOT NULL,
    PRIMARY KEY (pay_run_id, employee_id)
);

CREATE INDEX idx_timesheets_date ON timesheets (work_date);

INSERT INTO employees (id, employee_no, full_name, pay_type, annual_salary, hourly_rate, tax_code) VALUES
    (1, 'P-100', 'Olivia Martin', 'salaried', 72000, NULL, 'STD'),
    (2, 'P-101', 'Noah Bergström', 'salaried', 54000, NULL, 'STD'),
    (3, 'P-102', 'Amara Okafor', 'hourly', NULL, 28.50, 'STD'),
    (4, 'P-103', 'Lucas Ferreira', 'hourly', NULL, 19.75, 'LOW');

INSERT INTO tax_brackets VALUES
    ('STD', 0, 1000, 0.0),
    ('STD', 1000, 4000, 0.20),
    ('STD', 4000, NULL, 0.40),
    ('LOW', 0, 2000, 0.0),
    ('LOW', 2000, NULL, 0.15);

INSERT INTO timesheets (employee_id, work_date, hours, overtime) VALUES
    (3, '2024-05-01', 8, 0),
    (3, '2024-05-02', 9, 1),
    (3, '2024-05-03', 8, 0),
    (3, '2024-05-06', 10, 2),
    (4, '2024-05-01', 6, 0),
    (4, '2024-05-02', 7.5, 0),
    (4, '2024-05-07', 8, 0.5);

INSERT INTO pay_runs (id, period_start, period_end) VALUES (1, '2024-05-01', '2024-05-31');

-- Hours summary for hourly staff.
SELECT e.full_name,
       sum(t.hours)    AS hours,
       sum(t.overtime) AS overtime_hours,
       count(*)        AS days_worked
FROM employees e
JOIN timesheets t ON t.employee_id = e.id
WHERE e.pay_type = 'hourly'
GROUP BY e.id, e.full_name;

-- Tax bands overview.
SELECT tax_code,
       group_concat(printf('%g-%s @ %d%%', lower_bound, coalesce(CAST(upper_bound AS TEXT), 'inf'), CAST(rate * 100 AS INTEGER)), '; ') AS bands
FROM tax_brackets
GROUP BY tax_code;

-- Gross pay for the period.
CREATE TEMP TABLE period_gross AS
SELECT e.id AS employee_id,
       e.tax_code,
       CASE e.pay_type
           WHEN 'salaried' THEN round(e.anual_salary / 12.0, 2)
           ELSE round(coalesce(sum(t.hours - t.overtime) * e.hourly_rate, 0)
                    + coalesce(sum(t.overtime) * e.hourly_rate * 1.5, 0), 2)
       END AS gross
FROM employees e
LEFT JOIN timesheets t
       ON t.employee_id = e.id
      AND t.work_date BETWEEN '2024-05-01' AND '2024-05-31'
WHERE e.active = 1
GROUP BY e.id, e.tax_code, e.pay_type, e.annual_salary, e.hourly_rate;

-- Progressive tax and pension.
INSERT INTO payslips (pay_run_id, employee_id, gross, tax, pension)
SELECT 1,
       g.employee_id,
       g.gross,
       round(sum(max(0, min(g.gross, coalesce(b.upper_bound, g.gross)) - b.lower_bound) * b.rate), 2),
       round(g.gross * 0.05, 2)
FROM period_gross g
JOIN tax_brackets b ON b.tax_code = g.tax_code
GROUP BY g.employee_id, g.gross;

-- Payslip register.
SELECT e.employee_no, e.full_name, p.gross, p.tax, p.pension,
       round(p.gross - p.tax - p.pension, 2) AS net
FROM payslips p
JOIN employees e ON e.id = p.employee_id
WHERE p.pay_run_id = 1
ORDER BY e.employee_no;
