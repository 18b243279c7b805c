#!/usr/bin/env bash
# Dump every MySQL schema, encrypt the dump for the backup key and upload it to S3.
set -euo pipefail

BUCKET="s3://acme-db-backups/mysql/$(hostname -s)"
RECIPIENT="backups@acme.example"
STAMP=$(date -u +%Y-%m-%dT%H%M)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

schemas=$(mysql --defaults-extra-file=/etc/mysql/backup.cnf -N -e 'SHOW DATABASES' \
  | grep -Ev '^(information_schema|performance_schema|mysql|sys)$')

for schema in $schemas; do
  file="$WORK/${schema}-${STAMP}.sql.gz.gpg"
  mysqldump --defaults-extra-file=/etc/mysql/backup.cnf \
      --single-transaction --routines --triggers --events "$schema" \
    | gzip -6 \
    | gpg --batch --yes --trust-model always --encrypt --recipient "$RECIPIENT" > "$file"
  aws s3 cp --only-show-errors --storage-class STANDARD_IA "$file" "$BUCKET/${STAMP}/"
  echo "uploaded $(basename "$file") ($(stat -c %s "$file") bytes)"
done

aws s3 ls "$BUCKET/" | awk '{ print $2 }' | sort | head -n -30 | while read -r old; do
  aws s3 rm --recursive --only-show-errors "$BUCKET/$old"
done
