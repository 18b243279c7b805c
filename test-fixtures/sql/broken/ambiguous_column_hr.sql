-- expect: ambiguous-column 'name' at line 22 (both employees and departments have a 'name' column; qualify it as e.name)
CREATE TABLE departments (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE employees (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    department_id INTEGER REFERENCES departments(id),
    salary        REAL NOT NULL
);

INSERT INTO departments VALUES (1, 'ENG', 'Engineering'), (2, 'OPS', 'Operations');
INSERT INTO employees (name, department_id, salary) VALUES
    ('Priya Raman', 1, 145000),
    ('Tomás Ortega', 1, 118000),
    ('Hannah Schmidt', 2, 99000);

-- Employees with their department code, highest paid first.
SELECT name, d.code, e.salary
FROM employees e
JOIN departments d ON d.id = e.department_id
ORDER BY e.salary DESC;
