-- expect: unknown-function 'NVL' at line 23 (Oracle NVL; SQLite uses ifnull or coalesce)
CREATE TABLE companies (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    industry TEXT
);

CREATE TABLE deals (
    id         INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    title      TEXT NOT NULL,
    stage      TEXT NOT NULL,
    amount     REAL NOT NULL DEFAULT 0
);

INSERT INTO companies VALUES (1, 'Helios Solar', 'energy'), (2, 'Brightpath Learning', NULL), (3, 'Nordlys Shipping', 'logistics');
INSERT INTO deals (company_id, title, stage, amount) VALUES
    (1, 'Fleet telematics pilot', 'proposal', 48000),
    (2, 'LMS migration', 'qualified', 22000),
    (3, 'Enterprise licence', 'negotiation', 310000);

-- Pipeline by industry.
SELECT NVL(c.industry, 'unknown') AS sector,
       count(d.id) AS deals,
       sum(d.amount) AS pipeline
FROM deals d
JOIN companies c ON c.id = d.company_id
WHERE d.stage NOT IN ('won', 'lost')
GROUP BY sector
ORDER BY pipeline DESC;
