-- expect: syntax at line 11 (missing closing parenthesis: the CHECK expression 'salary > 0' is not closed before the comma)
CREATE TABLE departments (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE employees (
    id            INTEGER PRIMARY KEY,
    full_name     TEXT NOT NULL,
    department_id INTEGER REFERENCES departments(id),
    salary        REAL NOT NULL CHECK (salary > 0,
    hired_on      TEXT NOT NULL
);

INSERT INTO departments (id, name) VALUES (1, 'Engineering'), (2, 'Finance');
INSERT INTO employees (full_name, department_id, salary, hired_on) VALUES
    ('Priya Raman', 1, 145000, '2018-04-01'),
    ('Mei Chen', 2, 104000, '2020-01-06');

SELECT d.name, count(e.id) AS headcount, avg(e.salary) AS avg_salary
FROM departments d
LEFT JOIN employees e ON e.department_id = d.id
GROUP BY d.name;
