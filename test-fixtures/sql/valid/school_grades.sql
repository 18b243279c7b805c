-- School information system: students, courses, enrolments, assessments and grade reports.
CREATE TABLE students (
    id          INTEGER PRIMARY KEY,
    student_no  TEXT NOT NULL UNIQUE,
    given_name  TEXT NOT NULL,
    family_name TEXT NOT NULL,
    birth_date  TEXT NOT NULL,
    grade_level INTEGER NOT NULL CHECK (grade_level BETWEEN 1 AND 12)
);

CREATE TABLE teachers (
    id         INTEGER PRIMARY KEY,
    full_name  TEXT NOT NULL,
    email      TEXT NOT NULL UNIQUE
);

CREATE TABLE courses (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    teacher_id  INTEGER REFERENCES teachers(id),
    credits     REAL NOT NULL DEFAULT 1.0
);

CREATE TABLE enrolments (
    student_id  INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    course_id   INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    term        TEXT NOT NULL,
    PRIMARY KEY (student_id, course_id, term)
);

CREATE TABLE assessments (
    id          INTEGER PRIMARY KEY,
    course_id   INTEGER NOT NULL REFERENCES courses(id),
    term        TEXT NOT NULL,
    title       TEXT NOT NULL,
    weight      REAL NOT NULL CHECK (weight > 0 AND weight <= 1),
    max_points  INTEGER NOT NULL DEFAULT 100
);

CREATE TABLE scores (
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    student_id    INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    points        REAL CHECK (points >= 0),
    excused       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (assessment_id, student_id)
);

INSERT INTO teachers VALUES (1, 'Dr. Ines Almeida', 'ialmeida@school.example'), (2, 'Mr. Tobias Lang', 'tlang@school.example');

INSERT INTO students (id, student_no, given_name, family_name, birth_date, grade_level) VALUES
    (1, 'S-24001', 'Aiyana', 'Redcloud', '2008-03-14', 10),
    (2, 'S-24002', 'Björn', 'Lindqvist', '2008-07-02', 10),
    (3, 'S-24003', 'Chiara', 'Bianchi', '2007-11-23', 11),
    (4, 'S-24004', 'Dev', 'Malhotra', '2008-01-30', 10);

INSERT INTO courses (id, code, title, teacher_id, credits) VALUES
    (1, 'MATH-10', 'Algebra II', 1, 1.0),
    (2, 'CHEM-10', 'Chemistry', 2, 1.0),
    (3, 'ART-EL', 'Studio Art (elective)', NULL, 0.5);

INSERT INTO enrolments VALUES
    (1, 1, '2024-S1'), (2, 1, '2024-S1'), (4, 1, '2024-S1'),
    (1, 2, '2024-S1'), (2, 2, '2024-S1'), (3, 2, '2024-S1'),
    (3, 3, '2024-S1'), (4, 3, '2024-S1');

INSERT INTO assessments (id, course_id, term, title, weight, max_points) VALUES
    (1, 1, '2024-S1', 'Quiz 1', 0.2, 20),
    (2, 1, '2024-S1', 'Midterm', 0.3, 100),
    (3, 1, '2024-S1', 'Final', 0.5, 100),
    (4, 2, '2024-S1', 'Lab reports', 0.4, 50),
    (5, 2, '2024-S1', 'Final', 0.6, 100),
    (6, 3, '2024-S1', 'Portfolio', 1.0, 10);

INSERT INTO scores (assessment_id, student_id, points, excused) VALUES
    (1, 1, 18, 0), (1, 2, 14, 0), (1, 4, 19.5, 0),
    (2, 1, 88, 0), (2, 2, 61, 0), (2, 4, NULL, 1),
    (3, 1, 91, 0), (3, 2, 70, 0), (3, 4, 95, 0),
    (4, 1, 44, 0), (4, 2, 39, 0), (4, 3, 47, 0),
    (5, 1, 79, 0), (5, 2, 58, 0), (5, 3, 90, 0),
    (6, 3, 9, 0), (6, 4, 7, 0);

-- Weighted course percentage; excused assessments are dropped and weights re-normalised.
CREATE VIEW course_results AS
SELECT e.student_id,
       e.course_id,
       e.term,
       round(100.0 * sum(a.weight * sc.points / a.max_points) / sum(a.weight), 1) AS percent
FROM enrolments e
JOIN assessments a ON a.course_id = e.course_id AND a.term = e.term
JOIN scores sc     ON sc.assessment_id = a.id AND sc.student_id = e.student_id
WHERE sc.excused = 0 AND sc.points IS NOT NULL
GROUP BY e.student_id, e.course_id, e.term;

-- Report card with letter grades.
SELECT s.student_no,
       s.family_name || ', ' || s.given_name AS student,
       c.code,
       r.percent,
       CASE
           WHEN r.percent >= 90 THEN 'A'
           WHEN r.percent >= 80 THEN 'B'
           WHEN r.percent >= 70 THEN 'C'
           WHEN r.percent >= 60 THEN 'D'
           ELSE 'F'
       END AS letter
FROM course_results r
JOIN students s ON s.id = r.student_id
JOIN courses c  ON c.id = r.course_id
ORDER BY s.family_name, c.code;

-- GPA on a 4-point scale weighted by credits.
SELECT s.student_no,
       round(sum(c.credits * CASE
                     WHEN r.percent >= 90 THEN 4.0
                     WHEN r.percent >= 80 THEN 3.0
                     WHEN r.percent >= 70 THEN 2.0
                     WHEN r.percent >= 60 THEN 1.0
                     ELSE 0.0 END) / sum(c.credits), 2) AS gpa
FROM course_results r
JOIN students s ON s.id = r.student_id
JOIN courses c  ON c.id = r.course_id
GROUP BY s.id, s.student_no
ORDER BY gpa DESC;

-- Class statistics and each student's position within the class.
SELECT c.title,
       s.given_name,
       r.percent,
       round(avg(r.percent) OVER (PARTITION BY r.course_id), 1) AS class_avg,
       rank() OVER (PARTITION BY r.course_id ORDER BY r.percent DESC) AS class_rank
FROM course_results r
JOIN courses c  ON c.id = r.course_id
JOIN students s ON s.id = r.student_id
ORDER BY c.title, class_rank;

-- Students missing a score for an assessment in a course they are enrolled in.
SELECT s.student_no, a.title AS assessment, c.code
FROM enrolments e
JOIN assessments a ON a.course_id = e.course_id AND a.term = e.term
JOIN students s    ON s.id = e.student_id
JOIN courses c     ON c.id = e.course_id
LEFT JOIN scores sc ON sc.assessment_id = a.id AND sc.student_id = e.student_id
WHERE sc.assessment_id IS NULL;
