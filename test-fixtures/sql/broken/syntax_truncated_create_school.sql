-- expect: syntax at line 23 (output cut off in the middle of CREATE TABLE scores; the rest of the column list, the closing parenthesis and the semicolon are missing)
CREATE TABLE students (
    id          INTEGER PRIMARY KEY,
    student_no  TEXT NOT NULL UNIQUE,
    given_name  TEXT NOT NULL,
    family_name TEXT NOT NULL
);

CREATE TABLE assessments (
    id          INTEGER PRIMARY KEY,
    course_code TEXT NOT NULL,
    title       TEXT NOT NULL,
    weight      REAL NOT NULL CHECK (weight > 0 AND weight <= 1),
    max_points  INTEGER NOT NULL DEFAULT 100
);

INSERT INTO students VALUES (1, 'S-24001', 'Aiyana', 'Redcloud'), (2, 'S-24002', 'Björn', 'Lindqvist');
INSERT INTO assessments VALUES (1, 'MATH-10', 'Quiz 1', 0.2, 20), (2, 'MATH-10', 'Midterm', 0.3, 100);

CREATE TABLE scores (
    assessment_id INTEGER NOT NULL REFERENCES assessments(id),
    student_id    INTEGER NOT NULL REFERENCES students(id),
    points        REAL CHECK (points >=
