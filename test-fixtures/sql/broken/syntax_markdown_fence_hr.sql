-- expect: syntax at line 2 (stray markdown code fence ```sql before the SQL); syntax at line 24 (closing markdown fence ```)
```sql
CREATE TABLE employees (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    title      TEXT NOT NULL,
    manager_id INTEGER REFERENCES employees(id)
);

INSERT INTO employees (id, name, title, manager_id) VALUES
    (1, 'Sofia Rossi', 'CEO', NULL),
    (2, 'Daniel Park', 'CTO', 1),
    (3, 'Jonas Weber', 'Engineering Manager', 2),
    (4, 'Ravi Patel', 'Software Engineer', 3);

WITH RECURSIVE chain (id, name, depth) AS (
    SELECT id, name, 0 FROM employees WHERE manager_id IS NULL
    UNION ALL
    SELECT e.id, e.name, chain.depth + 1
    FROM employees e
    JOIN chain ON e.manager_id = chain.id
)
SELECT name, depth FROM chain ORDER BY depth, name;
```
