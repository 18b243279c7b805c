#!/usr/bin/env bash
# Warn about TLS certificates that expire within N days (default 21).
# usage: ssl_cert_check.sh [-d days] host[:port]...
days=21
if [[ "${1:-}" == "-d" ]]; then
  days="$2"
  shift 2
fi

now=$(date +%s)
status=0
for target in "$@"; do
  host=${target%:*}
  port=443
  [[ "$target" == *:* ]] && port=${target##*:}
  end_date=$(echo | openssl s_client -servername "$host" -connect "${host}:${port}" 2>/dev/null \
    | openssl x509 -noout -enddate 2>/dev/null | cut -d= -f2)
  if [[ -z "$end_date" ]]; then
    echo "UNKNOWN  ${target}: could not read the certificate"
    status=2
    continue
  fi
  expires=$(date -d "$end_date" +%s)
  left=$(( (expires - now) / 86400 ))
  if (( left < 0 )); then
    echo "EXPIRED  ${target}: expired $(( -left )) days ago"
    status=2
  elif (( left < days )); then
    echo "WARNING  ${target}: expires in ${left} days (${end_date})"
    (( status < 1 )) && status=1
  else
    echo "OK       ${target}: ${left} days left"
  fi
done
exit $status
