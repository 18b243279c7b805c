-- Tags stored both relationally and as a JSON array for the API layer.
CREATE TABLE articles (
    id        INTEGER PRIMARY KEY,
    title     TEXT NOT NULL,
    meta      TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE tags (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE
);

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
);

INSERT INTO articles (id, title, meta) VALUES
    (1, 'Indexing strategies', json_object('reading_minutes', 7, 'featured', json('true'))),
    (2, 'Window functions 101', json_object('reading_minutes', 12, 'featured', json('false'))),
    (3, 'JSON in SQLite', '{"reading_minutes": 5}');

INSERT INTO tags (id, name) VALUES (1, 'sql'), (2, 'performance'), (3, 'json'), (4, 'tutorial');

INSERT INTO article_tags VALUES (1, 1), (1, 2), (2, 1), (2, 4), (3, 1), (3, 3), (3, 4);

-- API payload: one JSON document per article.
SELECT json_object(
           'id', a.id,
           'title', a.title,
           'readingMinutes', json_extract(a.meta, '$.reading_minutes'),
           'featured', coalesce(json_extract(a.meta, '$.featured'), 0),
           'tags', (SELECT json_group_array(t.name)
                      FROM article_tags at2
                      JOIN tags t ON t.id = at2.tag_id
                     WHERE at2.article_id = a.id)
       ) AS payload
FROM articles a
ORDER BY a.id;

-- Mark article 3 as featured and record an editor note.
UPDATE articles
SET meta = json_set(meta, '$.featured', json('true'), '$.editor_note', 'Checked for 3.45 JSONB changes')
WHERE id = 3;

UPDATE articles SET meta = json_remove(meta, '$.editor_note') WHERE json_type(meta, '$.editor_note') = 'text';

-- Tag cloud with counts as a single JSON object.
SELECT json_group_object(name, uses) AS cloud
FROM (
    SELECT t.name, count(*) AS uses
    FROM tags t
    JOIN article_tags x ON x.tag_id = t.id
    GROUP BY t.name
) AS tag_counts;
