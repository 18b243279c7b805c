-- Scratch work for a one-off data fix using temporary and derived tables.
CREATE TABLE subscribers (
    id          INTEGER PRIMARY KEY,
    email       TEXT NOT NULL,
    list_name   TEXT NOT NULL,
    subscribed  TEXT NOT NULL
);

INSERT INTO subscribers (email, list_name, subscribed) VALUES
    ('Ann@Example.com', 'news', '2023-01-01'),
    ('ann@example.com ', 'news', '2023-05-09'),
    ('bo@example.com', 'news', '2023-02-14'),
    ('bo@example.com', 'offers', '2023-02-14');

CREATE TEMP TABLE normalised AS
SELECT id, lower(trim(email)) AS email_norm, list_name, subscribed
FROM subscribers;

CREATE TEMP TABLE IF NOT EXISTS keepers (
    id INTEGER PRIMARY KEY
) WITHOUT ROWID;

INSERT INTO keepers (id)
SELECT min(id) FROM normalised GROUP BY email_norm, list_name;

DELETE FROM subscribers WHERE id NOT IN (SELECT k.id FROM keepers k);

UPDATE subscribers SET email = lower(trim(email));

CREATE TABLE subscribers_report AS
SELECT list_name, count(*) AS subscribers, min(subscribed) AS first_signup
FROM subscribers
GROUP BY list_name;

SELECT * FROM subscribers_report ORDER BY list_name;
