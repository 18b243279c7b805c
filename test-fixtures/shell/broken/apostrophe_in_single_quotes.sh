# expect: unterminated-quote at line 8 (the apostrophe of "isn't" ends the single-quoted message)
# Check that the backup volume is mounted before the nightly job writes to it.
MOUNT=/mnt/backup

if mountpoint -q "$MOUNT"; then
    echo "backup volume is mounted"
else
    echo 'Backup volume isn't mounted, skipping the backup' >&2
    exit 1
fi
