-- Teardown script: drop derived objects in dependency order, then verify what remains.
CREATE TABLE audit_events (id INTEGER PRIMARY KEY, happened_at TEXT NOT NULL, detail TEXT);
CREATE INDEX idx_audit_events_time ON audit_events (happened_at);
CREATE VIEW recent_audit AS SELECT id, detail FROM audit_events WHERE happened_at > '2024-01-01';
CREATE TRIGGER trg_audit_noop AFTER INSERT ON audit_events BEGIN SELECT NEW.id; END;

DROP TRIGGER IF EXISTS trg_audit_noop;
DROP VIEW IF EXISTS recent_audit;
DROP INDEX IF EXISTS idx_audit_events_time;

INSERT INTO audit_events (happened_at, detail) VALUES ('2024-02-02 10:00:00', 'cleanup complete');
SELECT count(*) AS remaining_rows FROM audit_events;
