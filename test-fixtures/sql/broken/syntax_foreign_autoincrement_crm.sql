-- expect: syntax at line 3 (MySQL AUTO_INCREMENT is not SQLite; use INTEGER PRIMARY KEY AUTOINCREMENT)
CREATE TABLE companies (
    id        INTEGER PRIMARY KEY AUTO_INCREMENT,
    name      TEXT NOT NULL,
    domain    TEXT UNIQUE
);

CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    company_id  INTEGER REFERENCES companies(id),
    first_name  TEXT NOT NULL,
    last_name   TEXT NOT NULL,
    email       TEXT UNIQUE
);

INSERT INTO companies (name, domain) VALUES ('Helios Solar', 'helios-solar.example'), ('Nordlys Shipping', 'nordlys.example');
INSERT INTO contacts (company_id, first_name, last_name, email) VALUES
    (1, 'Carmen', 'Ruiz', 'carmen.ruiz@helios-solar.example'),
    (2, 'Ingrid', 'Solberg', 'ingrid@nordlys.example');

SELECT co.name, c.first_name || ' ' || c.last_name AS contact
FROM companies co
JOIN contacts c ON c.company_id = co.id
ORDER BY co.name;
