#!/bin/sh
# Rotate application logs without logrotate: compress yesterday's files,
# truncate the live log in place (the app keeps its file handle), drop old archives.

LOG_DIR=/var/log/billing
ARCHIVE_DIR=$LOG_DIR/archive
RETENTION_DAYS=30
STAMP=$(date +%Y-%m-%d)

[ -d "$ARCHIVE_DIR" ] || mkdir -p "$ARCHIVE_DIR"

for log in "$LOG_DIR"/*.log; do
    [ -e "$log" ] || continue
    size=$(wc -c < "$log")
    if [ "$size" -eq 0 ]; then
        continue
    fi
    name=$(basename "$log" .log)
    archive="$ARCHIVE_DIR/$name-$STAMP.log"
    if [ -e "$archive.gz" ]; then
        archive="$ARCHIVE_DIR/$name-$STAMP-$(date +%H%M%S).log"
    fi
    cp -p "$log" "$archive" && : > "$log"
    gzip -9 "$archive"
    echo "rotated $log ($size bytes) to $archive.gz"
done

# Remove archives past retention, oldest first, and report what went.
find "$ARCHIVE_DIR" -type f -name '*.log.gz' -mtime +$RETENTION_DAYS | sort | while read -r old; do
    rm -f "$old"
    echo "removed $old"
done

# Ask the app to reopen its files if it supports SIGHUP.
if [ -f /run/billing.pid ]; then
    kill -HUP "$(cat /run/billing.pid)" 2>/dev/null || echo "billing not running" >&2
fi
