# expect: syntax at line 17 (a leftover 'fi' with no 'if')
# Refresh the local development database from the latest anonymised dump.
set -euo pipefail

DUMP_URL="https://dumps.internal.example/dev/latest.sql.gz"
DB=shop_dev

if ! pg_isready -q; then
    echo "start postgres first (docker compose up -d db)" >&2
    exit 1
fi

curl -fsS "$DUMP_URL" -o /tmp/latest.sql.gz
dropdb --if-exists "$DB"
createdb "$DB"
gunzip -c /tmp/latest.sql.gz | psql -q "$DB"
fi
echo "database $DB refreshed"
