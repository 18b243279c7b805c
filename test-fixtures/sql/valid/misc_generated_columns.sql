-- Generated columns for derived values that must never drift from their inputs.
CREATE TABLE invoice_lines (
    id            INTEGER PRIMARY KEY,
    invoice_no    TEXT NOT NULL,
    description   TEXT NOT NULL,
    quantity      REAL NOT NULL CHECK (quantity > 0),
    unit_price    REAL NOT NULL,
    discount_pct  REAL NOT NULL DEFAULT 0 CHECK (discount_pct BETWEEN 0 AND 100),
    vat_rate      REAL NOT NULL DEFAULT 0.21,
    net_amount    REAL GENERATED ALWAYS AS (round(quantity * unit_price * (1 - discount_pct / 100.0), 2)) STORED,
    vat_amount    REAL GENERATED ALWAYS AS (round(net_amount * vat_rate, 2)) VIRTUAL,
    gross_amount  REAL GENERATED ALWAYS AS (net_amount + vat_amount),
    search_key    TEXT GENERATED ALWAYS AS (lower(invoice_no || ' ' || description))
);

CREATE INDEX idx_invoice_lines_search ON invoice_lines (search_key);

INSERT INTO invoice_lines (invoice_no, description, quantity, unit_price, discount_pct, vat_rate) VALUES
    ('INV-2024-0042', 'Consulting hours', 12.5, 95.00, 0, 0.21),
    ('INV-2024-0042', 'Travel (flat fee)', 1, 180.00, 0, 0.0),
    ('INV-2024-0043', 'Annual licence', 3, 499.00, 15, 0.21),
    ('INV-2024-0043', 'Onboarding workshop', 1, 1200.00, 10, 0.09);

SELECT invoice_no,
       count(*)                    AS lines,
       round(sum(net_amount), 2)   AS net,
       round(sum(vat_amount), 2)   AS vat,
       round(sum(gross_amount), 2) AS gross
FROM invoice_lines
GROUP BY invoice_no
ORDER BY invoice_no;

SELECT description, net_amount FROM invoice_lines WHERE search_key LIKE '%licence%';
