# expect: missing-then at line 9 ('then' on the condition's line without ';' before it)
# Refuse to start when the lock file of a previous run is still there.
LOCK=/var/run/report-export.lock

if [ -e "$LOCK" ]; then
    echo "another export is running (pid $(cat "$LOCK"))" >&2
    exit 1
fi
if [ ! -d /srv/exports ] then
    mkdir -p /srv/exports
fi
echo $$ > "$LOCK"
trap 'rm -f "$LOCK"' EXIT
./bin/export-reports --out /srv/exports
