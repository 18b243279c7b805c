#!/bin/bash
# Runs every five minutes from cron. Checks each endpoint, and mails the on-call alias
# once per outage (a state file remembers which endpoints are already known to be down).
ENDPOINTS_FILE=/etc/healthcheck/endpoints.txt
STATE_DIR=/var/lib/healthcheck
ALERT_TO="oncall@example.com"
mkdir -p "$STATE_DIR"

notify() {
    local subject="$1" body="$2"
    printf '%s\n' "$body" | mail -s "$subject" "$ALERT_TO"
}

while IFS= read -r url; do
    [[ -z "$url" || "$url" == \#* ]] && continue
    key=$(printf '%s' "$url" | md5sum | cut -c1-12)
    state="$STATE_DIR/$key.down"
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$url")
    if [[ "$code" =~ ^2[0-9][0-9]$ ]]; then
        if [[ -f "$state" ]]; then
            down_since=$(<"$state")
            notify "RECOVERED: $url" "$url is back (HTTP $code); down since $down_since"
            rm -f "$state"
        fi
    else
        if [[ ! -f "$state" ]]; then
            date -Is > "$state"
            notify "DOWN: $url" "$url answered HTTP ${code:-none} at $(date -Is)"
        fi
    fi
done < "$ENDPOINTS_FILE"
