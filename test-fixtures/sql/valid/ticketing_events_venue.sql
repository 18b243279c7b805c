-- Event ticketing: venues, seats, performances and seat reservations.
CREATE TABLE venues (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL,
    city   TEXT NOT NULL
);

CREATE TABLE seats (
    id        INTEGER PRIMARY KEY,
    venue_id  INTEGER NOT NULL REFERENCES venues(id),
    section   TEXT NOT NULL,
    row_label TEXT NOT NULL,
    seat_no   INTEGER NOT NULL,
    price_band TEXT NOT NULL DEFAULT 'B',
    UNIQUE (venue_id, section, row_label, seat_no)
);

CREATE TABLE performances (
    id         INTEGER PRIMARY KEY,
    venue_id   INTEGER NOT NULL REFERENCES venues(id),
    title      TEXT NOT NULL,
    starts_at  TEXT NOT NULL
);

CREATE TABLE price_bands (
    performance_id INTEGER NOT NULL REFERENCES performances(id),
    band           TEXT NOT NULL,
    price          DECIMAL(8,2) NOT NULL,
    PRIMARY KEY (performance_id, band)
);

CREATE TABLE reservations (
    performance_id INTEGER NOT NULL REFERENCES performances(id),
    seat_id        INTEGER NOT NULL REFERENCES seats(id),
    customer_email TEXT NOT NULL,
    reserved_at    TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (performance_id, seat_id)
);

INSERT INTO venues VALUES (1, 'Teatro Colón', 'Buenos Aires');
INSERT INTO seats (venue_id, section, row_label, seat_no, price_band) VALUES
    (1, 'Platea', 'A', 1, 'A'), (1, 'Platea', 'A', 2, 'A'), (1, 'Platea', 'A', 3, 'A'),
    (1, 'Platea', 'B', 1, 'B'), (1, 'Platea', 'B', 2, 'B'),
    (1, 'Paraíso', 'K', 10, 'C'), (1, 'Paraíso', 'K', 11, 'C');
INSERT INTO performances VALUES (1, 1, 'La Traviata', '2024-09-14 20:00'), (2, 1, 'Carmen', '2024-09-21 20:00');
INSERT INTO price_bands VALUES (1, 'A', 120.00), (1, 'B', 80.00), (1, 'C', 25.00), (2, 'A', 110.00), (2, 'B', 70.00), (2, 'C', 20.00);
INSERT INTO reservations (performance_id, seat_id, customer_email) VALUES (1, 1, 'ana@example.com'), (1, 2, 'ana@example.com'), (1, 6, 'leo@example.com');

-- Available seats for a performance, with price.
SELECT s.section, s.row_label, s.seat_no, pb.price
FROM performances p
JOIN seats s        ON s.venue_id = p.venue_id
JOIN price_bands pb ON pb.performance_id = p.id AND pb.band = s.price_band
LEFT JOIN reservations r ON r.performance_id = p.id AND r.seat_id = s.id
WHERE p.id = 1 AND r.seat_id IS NULL
ORDER BY s.section, s.row_label, s.seat_no;

-- Occupancy and revenue per performance.
SELECT p.title,
       count(r.seat_id) AS sold,
       (SELECT count(*) FROM seats s2 WHERE s2.venue_id = p.venue_id) AS capacity,
       total(pb.price) AS revenue
FROM performances p
LEFT JOIN reservations r ON r.performance_id = p.id
LEFT JOIN seats s        ON s.id = r.seat_id
LEFT JOIN price_bands pb ON pb.performance_id = p.id AND pb.band = s.price_band
GROUP BY p.id, p.title, p.venue_id;
