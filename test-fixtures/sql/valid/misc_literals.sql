-- Literal forms: numbers, hex, blobs, escaped quotes, booleans and NULL handling.
CREATE TABLE samples (
    id        INTEGER PRIMARY KEY,
    label     TEXT NOT NULL,
    n_int     INTEGER,
    n_real    REAL,
    payload   BLOB,
    flag      BOOLEAN
);

INSERT INTO samples (id, label, n_int, n_real, payload, flag) VALUES
    (1, 'plain', 42, 3.14159, NULL, TRUE),
    (2, 'it''s quoted', 0xFF, 1e3, X'DEADBEEF', FALSE),
    (3, 'negative', -7, -2.5E-3, X'', NULL),
    (4, 'big', 9223372036854775807, 0.5, zeroblob(4), 1),
    (5, '', NULL, 0.0, randomblob(8), 0);

SELECT id,
       quote(label)        AS quoted_label,
       typeof(n_int)       AS int_type,
       n_real * 2          AS doubled,
       hex(payload)        AS payload_hex,
       length(payload)     AS payload_len,
       ifnull(flag, -1)    AS flag_or_default,
       coalesce(n_int, n_real, 0) AS first_number
FROM samples
WHERE label <> '' OR n_int IS NULL
ORDER BY id;

SELECT 'O''Reilly' AS publisher, char(72, 105) AS greeting, unicode('é') AS code_point,
       CURRENT_DATE IS NOT NULL AS has_date, CAST('12.50' AS REAL) + 1 AS price;
