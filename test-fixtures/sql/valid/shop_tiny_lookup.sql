-- Currency lookup table used by the checkout page.
CREATE TABLE currencies (code TEXT PRIMARY KEY, symbol TEXT NOT NULL, decimals INTEGER NOT NULL DEFAULT 2);

INSERT INTO currencies (code, symbol, decimals) VALUES ('USD', '$', 2), ('EUR', '€', 2), ('JPY', '¥', 0);

SELECT code, symbol FROM currencies WHERE decimals > 0 ORDER BY code;
