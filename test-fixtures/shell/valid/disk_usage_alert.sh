#!/bin/sh
# Alert when a local filesystem is fuller than the threshold (percent).
THRESHOLD=${1:-85}
HOST=$(hostname -s)

df -P -x tmpfs -x devtmpfs -x squashfs | awk 'NR > 1 { sub("%", "", $5); print $5, $6 }' |
while read -r used mount; do
    if [ "$used" -ge "$THRESHOLD" ]; then
        biggest=$(du -xh --max-depth=1 "$mount" 2>/dev/null | sort -rh | sed -n '2,4p' | tr '\n' ' ')
        logger -p user.warning -t disk-alert "$HOST:$mount is ${used}% full; largest: $biggest"
        echo "$HOST:$mount ${used}% (largest: $biggest)"
    fi
done
