#!/bin/bash
# Nightly maintenance for the reporting database: purge old events, refresh the
# materialized views, vacuum the big tables. SQL is fed through here-documents.
set -euo pipefail
export PGDATABASE=reporting PGUSER=maintenance

retention_days=${RETENTION_DAYS:-180}

psql -v ON_ERROR_STOP=1 -q <<SQL
BEGIN;
DELETE FROM events WHERE created_at < now() - interval '${retention_days} days';
DELETE FROM sessions WHERE ended_at IS NOT NULL AND ended_at < now() - interval '30 days';
COMMIT;
SQL

for view in daily_revenue weekly_active_users funnel_steps; do
    echo "refreshing $view"
    psql -v ON_ERROR_STOP=1 -q -c "REFRESH MATERIALIZED VIEW CONCURRENTLY ${view};"
done

big_tables=$(psql -At <<'SQL'
SELECT relname
FROM pg_stat_user_tables
WHERE n_dead_tup > 100000
ORDER BY n_dead_tup DESC
LIMIT 5;
SQL
)

for table in $big_tables; do
    echo "vacuuming $table"
    psql -q -c "VACUUM (ANALYZE) ${table};"
done
echo "maintenance finished at $(date -Is)"
