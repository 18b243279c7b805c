#!/bin/bash
# Nightly PostgreSQL backup: one compressed custom-format dump per database,
# daily files kept for 14 days, the Sunday dump kept for 8 weeks.
set -o errexit
set -o nounset
set -o pipefail

PGHOST="${PGHOST:-localhost}"
PGUSER="${PGUSER:-backup}"
BACKUP_DIR="/var/backups/postgres"
DAILY_KEEP_DAYS=14
WEEKLY_KEEP_DAYS=56
today=$(date +%F)
weekday=$(date +%u)

mkdir -p "$BACKUP_DIR/daily" "$BACKUP_DIR/weekly"

databases=$(psql -h "$PGHOST" -U "$PGUSER" -At -c \
  "SELECT datname FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres'")

status=0
for db in $databases; do
  target="$BACKUP_DIR/daily/${db}_${today}.dump"
  echo "dumping $db -> $target"
  if ! pg_dump -h "$PGHOST" -U "$PGUSER" -Fc -Z 6 -f "$target.partial" "$db"; then
    echo "pg_dump failed for $db" >&2
    rm -f "$target.partial"
    status=1
    continue
  fi
  mv "$target.partial" "$target"
  if [ "$weekday" -eq 7 ]; then
    cp "$target" "$BACKUP_DIR/weekly/"
  fi
done

find "$BACKUP_DIR/daily" -name '*.dump' -mtime +"$DAILY_KEEP_DAYS" -print -delete
find "$BACKUP_DIR/weekly" -name '*.dump' -mtime +"$WEEKLY_KEEP_DAYS" -print -delete

du -sh "$BACKUP_DIR"/daily "$BACKUP_DIR"/weekly
exit $status
