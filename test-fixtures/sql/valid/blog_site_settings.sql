-- CMS site settings stored as JSON documents, plus URL slug helpers.
CREATE TABLE site_settings (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL CHECK (json_valid(value)),
    updated_by  TEXT
);

CREATE TABLE redirects (
    id          INTEGER PRIMARY KEY,
    from_path   TEXT NOT NULL UNIQUE,
    to_path     TEXT NOT NULL DEFAULT '/',
    hits        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE page_views_counter (
    id       INTEGER PRIMARY KEY,
    counted  INTEGER NOT NULL DEFAULT 0
);

INSERT INTO site_settings (key, value, updated_by) VALUES
    ('theme', '{"palette": "dark", "font": "Inter", "sizes": [14, 16, 20]}', 'jlee'),
    ('seo', json_object('title_suffix', ' | Acme Blog', 'robots', 'index,follow'), 'jlee'),
    ('nav', json_array('home', 'engineering', 'culture'), NULL);

-- Add keys only when missing, overwrite existing ones, and merge a patch.
UPDATE site_settings SET value = json_insert(value, '$.font', 'Roboto', '$.radius', 6) WHERE key = 'theme';
UPDATE site_settings SET value = json_replace(value, '$.palette', 'light') WHERE key = 'theme';
UPDATE site_settings SET value = json_patch(value, '{"robots": null, "canonical_host": "blog.acme.example"}') WHERE key = 'seo';
UPDATE site_settings SET value = json_set(value, '$[#]', 'press') WHERE key = 'nav';

-- Replace the whole document (REPLACE INTO is an alias for INSERT OR REPLACE).
REPLACE INTO site_settings (key, value, updated_by) VALUES ('maintenance', json_object('enabled', json('false')), 'ops');

INSERT INTO page_views_counter DEFAULT VALUES;

INSERT INTO redirects (from_path, to_path) VALUES
    ('/2019/05/old-post/', '/blog/old-post'),
    ('//blog//sqlite-tips', '/blog/sqlite-tips'),
    ('/feed.xml', '/rss');

-- Normalise redirect sources: trim slashes, collapse the leading double slash.
UPDATE redirects
SET from_path = '/' || rtrim(ltrim(replace(from_path, '//', '/'), '/'), '/')
WHERE instr(from_path, '//') > 0 OR substr(from_path, -1) = '/';

SELECT key,
       json_type(value)                   AS doc_type,
       json_extract(value, '$.palette')   AS palette,
       json_array_length(value, '$.sizes') AS size_count,
       json_quote(updated_by)             AS updated_by_json
FROM site_settings
ORDER BY key;

SELECT from_path,
       to_path,
       substring(from_path, 2, instr(substr(from_path, 2), '/') - 1) AS first_segment
FROM redirects
WHERE from_path NOT GLOB '*.xml'
ORDER BY from_path;

SELECT id, counted FROM page_views_counter;
