-- Payroll run: gross-to-net calculation with deductions and a pay-run audit.
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
    rate        REAL NOT NULL CHECK (rate BETWEEN 0 AND 1),
    PRIMARY KEY (tax_code, lower_bound)
);

CREATE TABLE timesheets (
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    work_date   TEXT NOT NULL,
    hours       REAL NOT NULL CHECK (hours >= 0 AND hours <= 24),
    overtime    REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (employee_id, work_date)
);

CREATE TABLE pay_runs (
    id          INTEGER PRIMARY KEY,
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL,
    run_at       TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (period_start, period_end)
);

CREATE TABLE payslips (
    pay_run_id   INTEGER NOT NULL REFERENCES pay_runs(id) ON DELETE CASCADE,
    employee_id  INTEGER NOT NULL REFERENCES employees(id),
    gross        REAL NOT NULL,
    tax          REAL NOT NULL,
    pension      REAL NOT NULL,
    net          REAL GENERATED ALWAYS AS (round(gross - tax - pension, 2)) STORED,
    PRIMARY KEY (pay_run_id, employee_id)
);

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
    (3, '2024-05-01', 8, 0), (3, '2024-05-02', 9, 1), (3, '2024-05-03', 8, 0),
    (3, '2024-05-06', 10, 2), (4, '2024-05-01', 6, 0), (4, '2024-05-02', 7.5, 0),
    (4, '2024-05-07', 8, 0.5);

INSERT INTO pay_runs (id, period_start, period_end) VALUES (1, '2024-05-01', '2024-05-31');

-- Gross pay for the period: salaried = 1/12 of annual, hourly = hours + 1.5x overtime.
CREATE TEMP TABLE period_gross AS
SELECT e.id AS employee_id,
       e.tax_code,
       CASE e.pay_type
           WHEN 'salaried' THEN round(e.annual_salary / 12.0, 2)
           ELSE round(coalesce(sum(t.hours - t.overtime) * e.hourly_rate, 0)
                    + coalesce(sum(t.overtime) * e.hourly_rate * 1.5, 0), 2)
       END AS gross
FROM employees e
LEFT JOIN timesheets t
       ON t.employee_id = e.id
      AND t.work_date BETWEEN '2024-05-01' AND '2024-05-31'
WHERE e.active = 1
GROUP BY e.id, e.tax_code, e.pay_type, e.annual_salary, e.hourly_rate;

-- Progressive tax: sum the slice of gross that falls into each bracket.
INSERT INTO payslips (pay_run_id, employee_id, gross, tax, pension)
SELECT 1,
       g.employee_id,
       g.gross,
       round(sum(
           max(0, min(g.gross, coalesce(b.upper_bound, g.gross)) - b.lower_bound) * b.rate
       ), 2) AS tax,
       round(g.gross * 0.05, 2) AS pension
FROM period_gross g
JOIN tax_brackets b ON b.tax_code = g.tax_code
GROUP BY g.employee_id, g.gross;

-- Payslip register.
SELECT e.employee_no,
       e.full_name,
       printf('%10.2f', p.gross)   AS gross,
       printf('%10.2f', p.tax)     AS tax,
       printf('%10.2f', p.pension) AS pension,
       printf('%10.2f', p.net)     AS net
FROM payslips p
JOIN employees e ON e.id = p.employee_id
WHERE p.pay_run_id = 1
ORDER BY e.employee_no;

-- Totals for the finance journal.
SELECT r.period_start,
       r.period_end,
       count(*)                 AS payslips,
       round(sum(p.gross), 2)   AS total_gross,
       round(total(p.tax), 2)   AS total_tax,
       round(sum(p.net), 2)     AS total_net
FROM pay_runs r
JOIN payslips p ON p.pay_run_id = r.id
GROUP BY r.id, r.period_start, r.period_end;
