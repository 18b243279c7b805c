-- expect: insert-count at line 23 (INSERT names 3 columns but supplies only 2 values)
CREATE TABLE courses (
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    title   TEXT NOT NULL,
    credits REAL NOT NULL DEFAULT 1.0
);

CREATE TABLE enrolments (
    student_no TEXT NOT NULL,
    course_id  INTEGER NOT NULL REFERENCES courses(id),
    term       TEXT NOT NULL,
    PRIMARY KEY (student_no, course_id, term)
);

INSERT INTO courses (id, code, title, credits) VALUES
    (1, 'MATH-10', 'Algebra II', 1.0),
    (2, 'CHEM-10', 'Chemistry', 1.0),
    (3, 'ART-EL', 'Studio Art', 0.5);

INSERT INTO enrolments (student_no, course_id, term) VALUES ('S-24001', 1, '2024-S1');
INSERT INTO enrolments (student_no, course_id, term) VALUES ('S-24002', 1, '2024-S1');
INSERT INTO enrolments (student_no, course_id, term) VALUES ('S-24003', 2);

SELECT c.code, c.title, count(e.student_no) AS enrolled
FROM courses c
LEFT JOIN enrolments e ON e.course_id = c.id
GROUP BY c.id, c.code, c.title
ORDER BY enrolled DESC;
