-- Schema migration 0042: suppliers get contact details, legacy column renamed.
CREATE TABLE suppliers (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    phone_no  TEXT,
    fax       TEXT
);

CREATE TABLE supplier_items (
    supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
    sku         TEXT NOT NULL,
    lead_days   INTEGER NOT NULL DEFAULT 7,
    PRIMARY KEY (supplier_id, sku)
);

INSERT INTO suppliers (name, phone_no, fax) VALUES ('Acme Fasteners', '+1 555 0100', '+1 555 0101');

ALTER TABLE suppliers ADD COLUMN email TEXT;
ALTER TABLE suppliers ADD country TEXT NOT NULL DEFAULT 'US';
ALTER TABLE suppliers RENAME COLUMN phone_no TO phone;
ALTER TABLE suppliers DROP COLUMN fax;
ALTER TABLE supplier_items ADD COLUMN min_order_qty INTEGER NOT NULL DEFAULT 1 CHECK (min_order_qty > 0);
ALTER TABLE supplier_items RENAME TO supplier_catalog;

CREATE INDEX idx_supplier_catalog_sku ON supplier_catalog (sku);

UPDATE suppliers SET email = 'orders@acme.example' WHERE name = 'Acme Fasteners';

INSERT INTO supplier_catalog (supplier_id, sku, lead_days, min_order_qty) VALUES (1, 'BOLT-M8-50', 5, 10);

SELECT s.name, s.phone, s.email, s.country, c.sku, c.lead_days, c.min_order_qty
FROM suppliers s
JOIN supplier_catalog c ON c.supplier_id = s.id;
