-- Outpatient clinic scheduling.
CREATE TABLE clinicians (
    id          INTEGER PRIMARY KEY,
    full_name   TEXT NOT NULL,
    specialty   TEXT NOT NULL,
    slot_minutes INTEGER NOT NULL DEFAULT 20
);

CREATE TABLE patients (
    id          INTEGER PRIMARY KEY,
    mrn         TEXT NOT NULL UNIQUE,       -- medical record number
    full_name   TEXT NOT NULL,
    birth_date  TEXT NOT NULL,
    phone       TEXT
);

CREATE TABLE appointments (
    id            INTEGER PRIMARY KEY,
    clinician_id  INTEGER NOT NULL REFERENCES clinicians(id),
    patient_id    INTEGER NOT NULL REFERENCES patients(id),
    starts_at     TEXT NOT NULL,
    duration_min  INTEGER NOT NULL DEFAULT 20 CHECK (duration_min IN (10, 20, 30, 40, 60)),
    status        TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'arrived', 'completed', 'no_show', 'cancelled')),
    reason        TEXT
);

CREATE UNIQUE INDEX ux_appointments_slot ON appointments (clinician_id, starts_at) WHERE status <> 'cancelled';

INSERT INTO clinicians (id, full_name, specialty, slot_minutes) VALUES
    (1, 'Dr. Amal Haddad', 'General practice', 20),
    (2, 'Dr. Pieter de Vries', 'Dermatology', 30);

INSERT INTO patients (id, mrn, full_name, birth_date, phone) VALUES
    (1, 'MRN-55012', 'Rosa Jiménez', '1958-08-19', '+34 600 111 222'),
    (2, 'MRN-55013', 'Kofi Boateng', '1990-02-03', NULL),
    (3, 'MRN-55014', 'Elena Popescu', '1975-05-30', '+40 720 333 444'),
    (4, 'MRN-55015', 'Hiroshi Tanaka', '2012-11-11', '+81 90 5555 6666');

INSERT INTO appointments (clinician_id, patient_id, starts_at, duration_min, status, reason) VALUES
    (1, 1, '2024-07-01 09:00', 20, 'completed', 'BP review'),
    (1, 2, '2024-07-01 09:20', 20, 'no_show', 'Sore throat'),
    (1, 3, '2024-07-01 09:40', 40, 'completed', 'Annual check-up'),
    (2, 3, '2024-07-01 10:00', 30, 'cancelled', 'Mole check'),
    (2, 4, '2024-07-02 14:00', 30, 'booked', 'Eczema follow-up'),
    (1, 2, '2024-07-03 08:40', 20, 'booked', 'Sore throat (rebooked)');

-- Day sheet for a clinician with end times.
SELECT time(a.starts_at) AS start_time,
       time(a.starts_at, '+' || a.duration_min || ' minutes') AS end_time,
       p.full_name,
       (CAST(strftime('%Y', a.starts_at) AS INTEGER) - CAST(strftime('%Y', p.birth_date) AS INTEGER)
        - (strftime('%m-%d', a.starts_at) < strftime('%m-%d', p.birth_date))) AS age,
       a.reason,
       a.status
FROM appointments a
JOIN patients p ON p.id = a.patient_id
WHERE a.clinician_id = 1 AND date(a.starts_at) = '2024-07-01'
ORDER BY a.starts_at;

-- No-show rate per clinician.
SELECT c.full_name,
       count(*) FILTER (WHERE a.status IN ('completed', 'no_show')) AS due,
       count(*) FILTER (WHERE a.status = 'no_show') AS no_shows,
       round(100.0 * count(*) FILTER (WHERE a.status = 'no_show')
             / nullif(count(*) FILTER (WHERE a.status IN ('completed', 'no_show')), 0), 1) AS no_show_pct
FROM clinicians c
LEFT JOIN appointments a ON a.clinician_id = c.id
GROUP BY c.id, c.full_name;

-- Overlapping bookings for the same clinician (should be empty).
SELECT a.id, b.id AS overlaps_with
FROM appointments a
JOIN appointments b
  ON a.clinician_id = b.clinician_id
 AND a.id < b.id
 AND a.status <> 'cancelled' AND b.status <> 'cancelled'
 AND julianday(b.starts_at) < julianday(a.starts_at) + a.duration_min / 1440.0
 AND julianday(a.starts_at) < julianday(b.starts_at) + b.duration_min / 1440.0;
