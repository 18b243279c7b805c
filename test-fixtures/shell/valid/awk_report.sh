#!/bin/bash
# Summarise an nginx access log: top paths, status codes, and the slowest requests.
# Expects the "timed_combined" format with $request_time as the last field.
log="${1:-/var/log/nginx/access.log}"
top="${2:-10}"

if [[ ! -r $log ]]; then
    echo "cannot read $log" >&2
    exit 1
fi

echo "== requests: $(wc -l < "$log")"

echo "== status codes"
awk '{ codes[$9]++ } END { for (c in codes) printf "%s %d\n", c, codes[c] }' "$log" | sort -k2,2nr

echo "== top $top paths"
awk '{ split($7, p, "?"); hits[p[1]]++ } END { for (u in hits) print hits[u], u }' "$log" \
    | sort -rn | head -n "$top"

echo "== slowest $top requests (seconds)"
awk '{ print $NF, $7 }' "$log" | sort -rn | head -n "$top"

echo "== 5xx per hour"
awk '$9 ~ /^5/ { split($4, t, ":"); hour = t[2]; errors[hour]++ }
     END { for (h in errors) print h ":00", errors[h] }' "$log" | sort

echo "== unique clients: $(awk '{ print $1 }' "$log" | sort -u | wc -l)"
