-- expect: syntax at line 19 (mismatched quotes: 'MRN-55016" opens with a single quote and closes with a double quote)
CREATE TABLE patients (
    id         INTEGER PRIMARY KEY,
    mrn        TEXT NOT NULL UNIQUE,
    full_name  TEXT NOT NULL,
    birth_date TEXT NOT NULL
);

CREATE TABLE appointments (
    id          INTEGER PRIMARY KEY,
    patient_id  INTEGER NOT NULL REFERENCES patients(id),
    starts_at   TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'booked'
);

INSERT INTO patients (mrn, full_name, birth_date) VALUES
    ('MRN-55012', 'Rosa Jimenez', '1958-08-19'),
    ('MRN-55013', 'Kofi Boateng', '1990-02-03'),
    ('MRN-55016", 'Ana Lima', '1983-06-21');

INSERT INTO appointments (patient_id, starts_at, status) VALUES
    (1, '2024-07-01 09:00', 'completed'),
    (2, '2024-07-01 09:20', 'no_show');

SELECT p.full_name, a.starts_at, a.status
FROM appointments a
JOIN patients p ON p.id = a.patient_id
ORDER BY a.starts_at;
