#!/bin/sh
# Apply site settings to postgresql.conf and pg_hba.conf, keeping a backup of each file.
set -eu

PGDATA=${PGDATA:-/var/lib/postgresql/15/main}
CONF="$PGDATA/postgresql.conf"
HBA="$PGDATA/pg_hba.conf"

set_param() {
    key=$1
    value=$2
    if grep -qE "^[#[:space:]]*${key}[[:space:]]*=" "$CONF"; then
        sed -i -E "s|^[#[:space:]]*(${key})[[:space:]]*=.*|\1 = ${value}|" "$CONF"
    else
        printf '%s = %s\n' "$key" "$value" >> "$CONF"
    fi
}

cp -p "$CONF" "$CONF.bak.$(date +%s)"
cp -p "$HBA" "$HBA.bak.$(date +%s)"

set_param listen_addresses "'*'"
set_param max_connections 200
set_param shared_buffers 4GB
set_param work_mem 32MB
set_param log_min_duration_statement 500

# Allow the app subnet with scram-sha-256, once.
if ! grep -q '10.20.0.0/16' "$HBA"; then
    sed -i '/^# IPv4 local connections:/a host    all    all    10.20.0.0/16    scram-sha-256' "$HBA"
fi
# md5 is deprecated here: switch every remaining md5 line.
sed -i 's/[[:space:]]md5$/ scram-sha-256/' "$HBA"

echo "settings applied; reload with: pg_ctlcluster 15 main reload"
