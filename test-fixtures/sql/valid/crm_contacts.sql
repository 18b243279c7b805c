-- CRM: companies, contacts, deals and a sales pipeline report.
CREATE TABLE companies (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    domain    TEXT UNIQUE,
    industry  TEXT,
    employees INTEGER
);

CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    company_id  INTEGER REFERENCES companies(id) ON DELETE SET NULL,
    first_name  TEXT NOT NULL,
    last_name   TEXT NOT NULL,
    email       TEXT UNIQUE COLLATE NOCASE,
    job_title   TEXT
);

CREATE TABLE deals (
    id           INTEGER PRIMARY KEY,
    company_id   INTEGER NOT NULL REFERENCES companies(id),
    contact_id   INTEGER REFERENCES contacts(id),
    title        TEXT NOT NULL,
    stage        TEXT NOT NULL CHECK (stage IN ('lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost')),
    amount       REAL NOT NULL DEFAULT 0,
    probability  REAL GENERATED ALWAYS AS (
                     CASE stage WHEN 'lead' THEN 0.1 WHEN 'qualified' THEN 0.25 WHEN 'proposal' THEN 0.5
                                WHEN 'negotiation' THEN 0.75 WHEN 'won' THEN 1.0 ELSE 0.0 END) VIRTUAL,
    expected_close TEXT,
    owner        TEXT NOT NULL
);

INSERT INTO companies (id, name, domain, industry, employees) VALUES
    (1, 'Helios Solar', 'helios-solar.example', 'energy', 240),
    (2, 'Brightpath Learning', 'brightpath.example', 'education', 55),
    (3, 'Nordlys Shipping', 'nordlys.example', 'logistics', 1200);

INSERT INTO contacts (id, company_id, first_name, last_name, email, job_title) VALUES
    (1, 1, 'Carmen', 'Ruiz', 'carmen.ruiz@helios-solar.example', 'Head of Procurement'),
    (2, 2, 'David', 'Osei', 'd.osei@brightpath.example', 'COO'),
    (3, 3, 'Ingrid', 'Solberg', 'ingrid@nordlys.example', 'CIO'),
    (4, 3, 'Lars', 'Eriksen', NULL, 'IT Manager');

INSERT INTO deals (company_id, contact_id, title, stage, amount, expected_close, owner) VALUES
    (1, 1, 'Fleet telematics pilot', 'proposal', 48000, '2024-07-31', 'alice'),
    (2, 2, 'LMS migration', 'qualified', 22000, '2024-09-15', 'bob'),
    (3, 3, 'Enterprise licence', 'negotiation', 310000, '2024-08-20', 'alice'),
    (3, 4, 'Support add-on', 'won', 36000, '2024-05-30', 'alice'),
    (1, NULL, 'Analytics module', 'lost', 15000, '2024-04-10', 'bob');

-- Weighted pipeline per owner.
SELECT owner,
       count(*) FILTER (WHERE stage NOT IN ('won', 'lost')) AS open_deals,
       round(sum(amount) FILTER (WHERE stage NOT IN ('won', 'lost')), 0) AS open_amount,
       round(sum(amount * probability) FILTER (WHERE stage NOT IN ('won', 'lost')), 0) AS weighted,
       round(sum(amount) FILTER (WHERE stage = 'won'), 0) AS won_amount
FROM deals
GROUP BY owner
ORDER BY weighted DESC;

-- Deals with their primary contact, falling back to the company name.
SELECT d.title,
       co.name AS company,
       coalesce(c.first_name || ' ' || c.last_name, '(no contact)') AS contact,
       d.stage,
       d.amount
FROM deals d
JOIN companies co ON co.id = d.company_id
LEFT JOIN contacts c ON c.id = d.contact_id
ORDER BY d.amount DESC;

-- Contacts without an email address, grouped by company.
SELECT co.name, group_concat(c.first_name || ' ' || c.last_name, '; ') AS missing_email
FROM contacts c
JOIN companies co ON co.id = c.company_id
WHERE c.email IS NULL
GROUP BY co.name;
