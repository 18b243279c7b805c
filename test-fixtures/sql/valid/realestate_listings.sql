-- Real estate listings with price history and neighbourhood statistics.
CREATE TABLE neighbourhoods (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL,
    city  TEXT NOT NULL
);

CREATE TABLE listings (
    id                INTEGER PRIMARY KEY,
    neighbourhood_id  INTEGER NOT NULL REFERENCES neighbourhoods(id),
    address           TEXT NOT NULL,
    bedrooms          INTEGER NOT NULL,
    area_m2           REAL NOT NULL CHECK (area_m2 > 0),
    asking_price      INTEGER NOT NULL,
    listed_on         TEXT NOT NULL,
    sold_on           TEXT,
    sold_price        INTEGER
);

INSERT INTO neighbourhoods VALUES (1, 'Vesterbro', 'Copenhagen'), (2, 'Nørrebro', 'Copenhagen'), (3, 'Södermalm', 'Stockholm');

INSERT INTO listings (neighbourhood_id, address, bedrooms, area_m2, asking_price, listed_on, sold_on, sold_price) VALUES
    (1, 'Istedgade 12, 3.tv', 2, 68, 3950000, '2024-02-01', '2024-03-10', 3875000),
    (1, 'Enghavevej 40, 1.th', 3, 92, 5200000, '2024-02-15', NULL, NULL),
    (2, 'Jægersborggade 7, st.', 1, 45, 2650000, '2024-01-20', '2024-02-02', 2790000),
    (2, 'Nørrebrogade 150, 4.', 2, 71, 3600000, '2024-03-01', NULL, NULL),
    (3, 'Götgatan 88', 2, 58, 4100000, '2024-02-10', '2024-04-01', 4250000);

-- Price per square metre and days on market.
SELECT n.name AS neighbourhood,
       l.address,
       round(coalesce(l.sold_price, l.asking_price) / l.area_m2) AS price_per_m2,
       CAST(julianday(coalesce(l.sold_on, '2024-04-30')) - julianday(l.listed_on) AS INTEGER) AS days_on_market,
       CASE WHEN l.sold_price > l.asking_price THEN 'over asking'
            WHEN l.sold_price < l.asking_price THEN 'under asking'
            WHEN l.sold_price IS NULL THEN 'unsold'
            ELSE 'at asking' END AS outcome
FROM listings l
JOIN neighbourhoods n ON n.id = l.neighbourhood_id
ORDER BY price_per_m2 DESC;

-- Neighbourhood summary.
SELECT n.city, n.name,
       count(*) AS listings,
       sum(l.sold_on IS NOT NULL) AS sold,
       round(avg(l.asking_price / l.area_m2)) AS avg_ask_per_m2
FROM neighbourhoods n
JOIN listings l ON l.neighbourhood_id = n.id
GROUP BY n.id, n.city, n.name
ORDER BY n.city, avg_ask_per_m2 DESC;
