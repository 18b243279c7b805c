# expect: unclosed-test at line 10 (no space before ']'); missing-then at line 26 ('then' without ';' before it)
#!/bin/bash
# Nightly sanity checks of the file server.
set -u
SHARE=/srv/share
MIN_FREE_GB=50
ALERT=ops@example.com

check_free_space() {
    if [ ! -d "$SHARE"]; then
        echo "$SHARE is missing" | mail -s "fileserver: share missing" "$ALERT"
        return 1
    fi
    local free_gb
    free_gb=$(df -BG --output=avail "$SHARE" | tail -n 1 | tr -dc '0-9')
    echo "free space: ${free_gb} GB"
    if [ "$free_gb" -lt "$MIN_FREE_GB" ]
    then
        echo "only ${free_gb} GB left on $SHARE" | mail -s "fileserver: low disk" "$ALERT"
    fi
}

check_permissions() {
    local bad
    bad=$(find "$SHARE" -maxdepth 2 -type d -perm -o+w | head -n 20)
    if [ -n "$bad" ] then
        printf 'world-writable directories:\n%s\n' "$bad" | mail -s "fileserver: permissions" "$ALERT"
    fi
}

check_free_space
check_permissions
