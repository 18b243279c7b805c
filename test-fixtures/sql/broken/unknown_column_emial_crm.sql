-- expect: unknown-column 'emial' at line 26 (typo of email)
CREATE TABLE companies (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL,
    domain TEXT UNIQUE
);

CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    company_id  INTEGER REFERENCES companies(id),
    first_name  TEXT NOT NULL,
    last_name   TEXT NOT NULL,
    email       TEXT UNIQUE COLLATE NOCASE
);

INSERT INTO companies VALUES (1, 'Helios Solar', 'helios-solar.example'), (2, 'Brightpath Learning', 'brightpath.example');
INSERT INTO contacts (company_id, first_name, last_name, email) VALUES
    (1, 'Carmen', 'Ruiz', 'carmen.ruiz@helios-solar.example'),
    (2, 'David', 'Osei', 'd.osei@brightpath.example'),
    (2, 'Lena', 'Fischer', NULL);

-- Contacts whose address matches their company's domain.
SELECT c.first_name, c.last_name, co.name
FROM contacts c
JOIN companies co ON co.id = c.company_id
WHERE c.emial LIKE '%@' || co.domain
ORDER BY co.name, c.last_name;
