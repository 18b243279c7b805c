-- expect: syntax at line 28 (unterminated string literal starting at 'Parental leave: the closing quote is missing)
CREATE TABLE leave_types (
    code        TEXT PRIMARY KEY,
    description TEXT NOT NULL,
    paid        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE leave_requests (
    id          INTEGER PRIMARY KEY,
    employee_id INTEGER NOT NULL,
    leave_code  TEXT NOT NULL REFERENCES leave_types(code),
    starts_on   TEXT NOT NULL,
    ends_on     TEXT NOT NULL
);

INSERT INTO leave_types (code, description, paid) VALUES ('VAC', 'Vacation', 1), ('SICK', 'Sick leave', 1);

INSERT INTO leave_requests (employee_id, leave_code, starts_on, ends_on) VALUES
    (2, 'VAC', '2024-07-01', '2024-07-12'),
    (4, 'SICK', '2024-03-04', '2024-03-05');

SELECT r.employee_id, t.description, r.starts_on, r.ends_on,
       julianday(r.ends_on) - julianday(r.starts_on) + 1 AS days
FROM leave_requests r
JOIN leave_types t ON t.code = r.leave_code
ORDER BY r.starts_on;

INSERT INTO leave_types (code, description, paid) VALUES ('PAR', 'Parental leave, 1);
