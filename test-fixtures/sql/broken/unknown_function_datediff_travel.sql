-- expect: unknown-function 'DATEDIFF' at line 26 (MySQL DATEDIFF; SQLite uses a julianday difference)
CREATE TABLE hotels (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    city TEXT NOT NULL
);

CREATE TABLE bookings (
    id         INTEGER PRIMARY KEY,
    hotel_id   INTEGER NOT NULL REFERENCES hotels(id),
    guest_name TEXT NOT NULL,
    check_in   TEXT NOT NULL,
    check_out  TEXT NOT NULL,
    nightly    REAL NOT NULL
);

INSERT INTO hotels VALUES (1, 'Hotel Alfama', 'Lisbon'), (2, 'Canal House', 'Amsterdam');
INSERT INTO bookings (hotel_id, guest_name, check_in, check_out, nightly) VALUES
    (1, 'M. Laurent', '2024-10-02', '2024-10-05', 140),
    (1, 'S. Ahmed', '2024-10-04', '2024-10-06', 175),
    (2, 'J. de Boer', '2024-10-01', '2024-10-02', 95);

-- Revenue per booking.
SELECT h.name,
       b.guest_name,
       DATEDIFF(b.check_out, b.check_in) AS nights,
       b.nightly
FROM bookings b
JOIN hotels h ON h.id = b.hotel_id
ORDER BY h.name, b.check_in;
