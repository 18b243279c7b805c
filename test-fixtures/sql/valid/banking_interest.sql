-- Savings products: compound interest projections and APR/APY conversions.
CREATE TABLE savings_products (
    code            TEXT PRIMARY KEY,
    nominal_rate    REAL NOT NULL,      -- annual, e.g. 0.035 = 3.5 %
    compounding     INTEGER NOT NULL,   -- periods per year
    min_balance     NUMERIC NOT NULL DEFAULT 0
);

INSERT INTO savings_products VALUES
    ('EASY', 0.0150, 12, 0),
    ('FIXED1Y', 0.0375, 1, 1000),
    ('BONUS', 0.0300, 365, 5000);

-- Effective annual yield from the nominal rate.
SELECT code,
       nominal_rate,
       round(pow(1 + nominal_rate / compounding, compounding) - 1, 6) AS apy,
       round(compounding * (exp(ln(1 + nominal_rate) / compounding) - 1), 6) AS equivalent_nominal_if_apy_were_nominal
FROM savings_products;

-- Balance projection for a 10,000 deposit over 1..5 years.
WITH RECURSIVE years (n) AS (
    SELECT 1
    UNION ALL
    SELECT n + 1 FROM years WHERE n < 5
)
SELECT p.code,
       y.n AS year,
       round(10000 * pow(1 + p.nominal_rate / p.compounding, p.compounding * y.n), 2) AS balance
FROM savings_products p
CROSS JOIN years y
WHERE 10000 >= p.min_balance
ORDER BY p.code, y.n;

-- Years needed to double the money (exact and rule of 72).
SELECT code,
       round(ln(2) / (compounding * ln(1 + nominal_rate / compounding)), 2) AS years_to_double,
       round(72 / (nominal_rate * 100), 1) AS rule_of_72,
       ceil(log(2) / log(1 + nominal_rate)) AS whole_years
FROM savings_products
ORDER BY years_to_double;
