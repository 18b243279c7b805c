-- Reporting lines: walk the management hierarchy with a recursive CTE.
CREATE TABLE employees (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    title      TEXT NOT NULL,
    manager_id INTEGER REFERENCES employees(id)
);

INSERT INTO employees (id, name, title, manager_id) VALUES
    (1, 'Sofia Rossi', 'CEO', NULL),
    (2, 'Daniel Park', 'CTO', 1),
    (3, 'Fatima Zahra', 'CFO', 1),
    (4, 'Jonas Weber', 'Engineering Manager', 2),
    (5, 'Chloé Dubois', 'Staff Engineer', 4),
    (6, 'Ravi Patel', 'Software Engineer', 4),
    (7, 'Emily Clarke', 'Accountant', 3),
    (8, 'Mateo García', 'Software Engineer', 4);

-- Full tree with depth and a readable path.
WITH RECURSIVE org (id, name, title, depth, path) AS (
    SELECT id, name, title, 0, name
    FROM employees
    WHERE manager_id IS NULL
    UNION ALL
    SELECT e.id, e.name, e.title, org.depth + 1, org.path || ' > ' || e.name
    FROM employees e
    JOIN org ON e.manager_id = org.id
)
SELECT substr('                ', 1, depth * 2) || name AS indented_name,
       title,
       depth,
       path
FROM org
ORDER BY path;

-- Everyone who reports (directly or indirectly) to the CTO.
WITH RECURSIVE reports (id) AS (
    SELECT id FROM employees WHERE title = 'CTO'
    UNION
    SELECT e.id FROM employees e JOIN reports r ON e.manager_id = r.id
)
SELECT e.name, e.title
FROM employees e
WHERE e.id IN (SELECT r.id FROM reports r)
  AND e.title <> 'CTO'
ORDER BY e.name;

-- Span of control: number of direct reports per manager.
SELECT m.name AS manager,
       count(e.id) AS direct_reports,
       group_concat(e.name, ', ') AS team
FROM employees m
JOIN employees e ON e.manager_id = m.id
GROUP BY m.id, m.name
ORDER BY direct_reports DESC;
