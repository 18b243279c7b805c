-- expect: syntax at line 34 (statement truncated at end of file after 'r.room_type_id =')
CREATE TABLE room_types (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    inventory  INTEGER NOT NULL
);

CREATE TABLE rates (
    room_type_id INTEGER NOT NULL REFERENCES room_types(id),
    night        TEXT NOT NULL,
    amount       REAL NOT NULL,
    PRIMARY KEY (room_type_id, night)
);

CREATE TABLE bookings (
    id           INTEGER PRIMARY KEY,
    room_type_id INTEGER NOT NULL REFERENCES room_types(id),
    guest_name   TEXT NOT NULL,
    check_in     TEXT NOT NULL,
    check_out    TEXT NOT NULL
);

INSERT INTO room_types VALUES (1, 'DBL', 10), (2, 'STE', 2);
INSERT INTO rates VALUES
    (1, '2024-10-02', 140), (1, '2024-10-03', 140), (1, '2024-10-04', 175),
    (2, '2024-10-03', 320), (2, '2024-10-04', 400);
INSERT INTO bookings (room_type_id, guest_name, check_in, check_out) VALUES
    (1, 'M. Laurent', '2024-10-02', '2024-10-05'),
    (2, 'The Okonkwo family', '2024-10-03', '2024-10-05');

-- Price of each booking = sum of nightly rates across the stay.
SELECT b.id, b.guest_name, round(sum(r.amount), 2) AS total_price
FROM bookings b
JOIN rates r ON r.room_type_id =
