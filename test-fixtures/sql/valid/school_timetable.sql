-- Weekly timetable with room clash detection.
CREATE TABLE rooms (
    code      TEXT PRIMARY KEY,
    capacity  INTEGER NOT NULL,
    has_lab   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE classes (
    id        INTEGER PRIMARY KEY,
    subject   TEXT NOT NULL,
    cohort    TEXT NOT NULL,
    size      INTEGER NOT NULL
);

CREATE TABLE sessions (
    id         INTEGER PRIMARY KEY,
    class_id   INTEGER NOT NULL REFERENCES classes(id),
    room_code  TEXT NOT NULL REFERENCES rooms(code),
    weekday    INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 5),
    starts_at  TEXT NOT NULL,
    ends_at    TEXT NOT NULL,
    CHECK (ends_at > starts_at)
);

INSERT INTO rooms VALUES ('R101', 30, 0), ('R102', 24, 0), ('LAB1', 20, 1);
INSERT INTO classes VALUES (1, 'Mathematics', '10A', 28), (2, 'Physics', '10A', 28), (3, 'Biology', '11B', 18), (4, 'History', '11B', 18);

INSERT INTO sessions (class_id, room_code, weekday, starts_at, ends_at) VALUES
    (1, 'R101', 1, '08:30', '09:20'),
    (2, 'LAB1', 1, '09:30', '10:20'),
    (3, 'LAB1', 1, '10:00', '10:50'),
    (4, 'R102', 2, '08:30', '09:20'),
    (1, 'R101', 3, '08:30', '09:20');

-- Double-booked rooms.
SELECT a.room_code, a.weekday, a.starts_at, a.ends_at, b.starts_at AS other_start, b.ends_at AS other_end
FROM sessions a
JOIN sessions b
  ON b.room_code = a.room_code
 AND b.weekday = a.weekday
 AND b.id > a.id
 AND b.starts_at < a.ends_at
 AND a.starts_at < b.ends_at;

-- Classes placed in rooms that are too small.
SELECT c.subject, c.cohort, c.size, r.code, r.capacity
FROM sessions s
JOIN classes c ON c.id = s.class_id
JOIN rooms r   ON r.code = s.room_code
WHERE c.size > r.capacity;

-- Weekly minutes per cohort.
SELECT c.cohort,
       sum((CAST(substr(s.ends_at, 1, 2) AS INTEGER) * 60 + CAST(substr(s.ends_at, 4, 2) AS INTEGER))
         - (CAST(substr(s.starts_at, 1, 2) AS INTEGER) * 60 + CAST(substr(s.starts_at, 4, 2) AS INTEGER))) AS minutes
FROM sessions s
JOIN classes c ON c.id = s.class_id
GROUP BY c.cohort;
