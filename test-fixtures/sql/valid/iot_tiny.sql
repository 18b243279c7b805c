-- Battery check for the gateway dashboard.
CREATE TABLE battery_status (device TEXT PRIMARY KEY, percent INTEGER NOT NULL, charging BOOLEAN NOT NULL DEFAULT 0);
INSERT INTO battery_status VALUES ('gw-01', 83, 0), ('node-17', 9, 0), ('node-22', 14, 1);
SELECT device, percent, iif(charging, 'charging', 'on battery') AS state
FROM battery_status
WHERE percent < 15 AND NOT charging
ORDER BY percent;
