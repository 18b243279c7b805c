# expect: misspelled-keyword at line 7 (the loop's 'done' typed as 'dnoe', so the loop never closes)
# Compress yesterday's logs, one file at a time, and report each archive.
LOG_DIR=/var/log/app

for f in "$LOG_DIR"/*.log.1; do
    gzip -9 "$f" && echo "compressed $f"
dnoe

echo "all logs compressed"
