-- Who joined in the last twelve months?
CREATE TABLE employees (
    id         INTEGER PRIMARY KEY,
    full_name  TEXT NOT NULL,
    hired_on   TEXT NOT NULL
);

INSERT INTO employees VALUES (1, 'Ana Souza', '2024-05-20'), (2, 'Brian Kim', '2019-03-11');

SELECT full_name, hired_on
FROM employees
WHERE hired_on >= date('now', '-12 months')
ORDER BY hired_on DESC;
