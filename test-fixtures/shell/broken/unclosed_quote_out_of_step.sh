# expect: unterminated-quote at line 8 (the echo never closes its string; bash pairs the following quotes wrongly)
#!/usr/bin/env bash
set -euo pipefail

CONFIG="${CONFIG:-/etc/mirror/mirror.conf}"
TARGET=/srv/mirror

echo "Syncing mirror into $TARGET
if [ -f "$CONFIG" ]; then
    . "$CONFIG"
fi
rsync -a --delete "${UPSTREAM:-rsync://mirror.example.org/debian/}" "$TARGET/"
echo "mirror synced at $(date)"
