-- Hotel booking engine: room inventory, rate plans, bookings and occupancy.
CREATE TABLE hotels (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    city      TEXT NOT NULL,
    stars     INTEGER CHECK (stars BETWEEN 1 AND 5)
);

CREATE TABLE room_types (
    id          INTEGER PRIMARY KEY,
    hotel_id    INTEGER NOT NULL REFERENCES hotels(id),
    code        TEXT NOT NULL,
    description TEXT NOT NULL,
    inventory   INTEGER NOT NULL CHECK (inventory >= 0),
    max_guests  INTEGER NOT NULL DEFAULT 2,
    UNIQUE (hotel_id, code)
);

CREATE TABLE rates (
    room_type_id INTEGER NOT NULL REFERENCES room_types(id),
    night        TEXT NOT NULL,
    amount       REAL NOT NULL,
    PRIMARY KEY (room_type_id, night)
);

CREATE TABLE bookings (
    id            INTEGER PRIMARY KEY,
    room_type_id  INTEGER NOT NULL REFERENCES room_types(id),
    guest_name    TEXT NOT NULL,
    check_in      TEXT NOT NULL,
    check_out     TEXT NOT NULL,
    guests        INTEGER NOT NULL DEFAULT 1,
    cancelled     INTEGER NOT NULL DEFAULT 0,
    nights        INTEGER GENERATED ALWAYS AS (CAST(julianday(check_out) - julianday(check_in) AS INTEGER)) STORED,
    CHECK (check_out > check_in)
);

INSERT INTO hotels VALUES (1, 'Hotel Alfama', 'Lisbon', 4), (2, 'Canal House', 'Amsterdam', 3);

INSERT INTO room_types (id, hotel_id, code, description, inventory, max_guests) VALUES
    (1, 1, 'DBL', 'Double room, city view', 10, 2),
    (2, 1, 'STE', 'Suite with river view', 2, 4),
    (3, 2, 'SGL', 'Single room', 6, 1);

CREATE TABLE calendar (
    night TEXT PRIMARY KEY
);

INSERT INTO calendar (night) VALUES
    ('2024-10-01'), ('2024-10-02'), ('2024-10-03'), ('2024-10-04'), ('2024-10-05'),
    ('2024-10-06'), ('2024-10-07'), ('2024-10-08'), ('2024-10-09'), ('2024-10-10');

-- Nightly rates per room type (Friday and Saturday nights cost 25% more).
INSERT INTO rates (room_type_id, night, amount)
SELECT rt.id,
       c.night,
       CASE rt.code WHEN 'DBL' THEN 140 WHEN 'STE' THEN 320 ELSE 95 END
       * (CASE WHEN strftime('%w', c.night) IN ('5', '6') THEN 1.25 ELSE 1.0 END)
FROM room_types rt
CROSS JOIN calendar c;

INSERT INTO bookings (room_type_id, guest_name, check_in, check_out, guests) VALUES
    (1, 'M. Laurent', '2024-10-02', '2024-10-05', 2),
    (1, 'S. Ahmed', '2024-10-04', '2024-10-06', 1),
    (2, 'The Okonkwo family', '2024-10-03', '2024-10-08', 4),
    (3, 'J. de Boer', '2024-10-01', '2024-10-02', 1);

-- Availability per room type and night.
WITH RECURSIVE nights (night) AS (
    SELECT '2024-10-01'
    UNION ALL
    SELECT date(night, '+1 day') FROM nights WHERE night < '2024-10-07'
)
SELECT h.name,
       rt.code,
       n.night,
       rt.inventory - count(b.id) AS rooms_left
FROM room_types rt
JOIN hotels h ON h.id = rt.hotel_id
CROSS JOIN nights n
LEFT JOIN bookings b
       ON b.room_type_id = rt.id
      AND b.cancelled = 0
      AND n.night >= b.check_in
      AND n.night < b.check_out
GROUP BY h.name, rt.id, rt.code, rt.inventory, n.night
ORDER BY h.name, rt.code, n.night;

-- Price of each booking = sum of nightly rates across the stay.
SELECT b.id, b.guest_name, b.nights, round(sum(r.amount), 2) AS total_price
FROM bookings b
JOIN rates r ON r.room_type_id = b.room_type_id AND r.night >= b.check_in AND r.night < b.check_out
GROUP BY b.id, b.guest_name, b.nights
ORDER BY b.id;

-- Occupancy percentage per hotel for the first week.
SELECT h.name,
       round(100.0 * sum(b.nights) / (7 * (SELECT sum(x.inventory) FROM room_types x WHERE x.hotel_id = h.id)), 1) AS occupancy_pct
FROM hotels h
JOIN room_types rt ON rt.hotel_id = h.id
JOIN bookings b    ON b.room_type_id = rt.id AND b.cancelled = 0
GROUP BY h.id, h.name;
