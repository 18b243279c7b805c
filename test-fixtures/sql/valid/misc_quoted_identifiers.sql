-- Legacy import table with awkward column names; all quoting styles SQLite accepts.
CREATE TABLE "Customer Import" (
    "Customer ID"   INTEGER PRIMARY KEY,
    "First Name"    TEXT NOT NULL,
    `Last Name`     TEXT NOT NULL,
    [E-mail]        TEXT,
    "Order Count"   INTEGER NOT NULL DEFAULT 0
);

INSERT INTO "Customer Import" ("Customer ID", "First Name", `Last Name`, [E-mail], "Order Count") VALUES
    (1, 'Maria', 'Gonçalves', 'maria@example.pt', 3),
    (2, 'Wei', 'Zhang', NULL, 1),
    (3, 'Oluwaseun', 'Adeyemi', 'seun@example.ng', 7);

CREATE VIEW customer_clean AS
SELECT "Customer ID" AS customer_id,
       "First Name" || ' ' || `Last Name` AS full_name,
       lower([E-mail]) AS email,
       "Order Count" AS sort_order
FROM "Customer Import";

SELECT ci."Customer ID", ci.[E-mail], cc.full_name
FROM "Customer Import" AS ci
JOIN customer_clean cc ON cc.customer_id = ci."Customer ID"
WHERE ci."Order Count" > 0
ORDER BY ci."Order Count" DESC;
