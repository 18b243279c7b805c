-- expect: syntax at line 12 (missing comma between the values 'Zoë' and 'Bianchi'; the line contains non-ASCII text before the error)
CREATE TABLE students (
    id          INTEGER PRIMARY KEY,
    given_name  TEXT NOT NULL,
    family_name TEXT NOT NULL,
    grade_level INTEGER NOT NULL
);

INSERT INTO students (id, given_name, family_name, grade_level) VALUES
    (1, 'Aiyana', 'Redcloud', 10),
    (2, 'Björn', 'Lindqvist', 10),
    (3, 'Zoë' 'Bianchi', 11),
    (4, 'Dev', 'Malhotra', 10);

SELECT grade_level, count(*) AS students
FROM students
GROUP BY grade_level
ORDER BY grade_level;
