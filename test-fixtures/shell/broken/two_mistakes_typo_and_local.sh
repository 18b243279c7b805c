# expect: local-outside-function at line 24 (local in the main body); undefined-function 'notfy_slack' at line 33 (defined as notify_slack)
#!/usr/bin/env bash
# Check the replication lag of every replica and tell the team on Slack when it is too high.
set -euo pipefail

SLACK_WEBHOOK="${SLACK_WEBHOOK:?SLACK_WEBHOOK is not set}"
MAX_LAG_SECONDS=30
REPLICAS=(db-replica-1 db-replica-2 db-replica-3)

replica_lag() {
    local host="$1"
    psql -h "$host" -At -c "SELECT COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())::int, 0)"
}

notify_slack() {
    local text="$1"
    local payload
    payload=$(printf '{"text": "%s"}' "$text")
    curl -fsS -X POST -H 'Content-Type: application/json' -d "$payload" "$SLACK_WEBHOOK" >/dev/null
}

lagging=()
for host in "${REPLICAS[@]}"; do
    local lag
    lag=$(replica_lag "$host")
    echo "$host: ${lag}s behind"
    if (( lag > MAX_LAG_SECONDS )); then
        lagging+=("$host (${lag}s)")
    fi
done

if (( ${#lagging[@]} > 0 )); then
    notfy_slack ":warning: replication lag above ${MAX_LAG_SECONDS}s on ${lagging[*]}"
fi
