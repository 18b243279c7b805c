#!/usr/bin/env bash
# wait_for_it.sh host:port [-t seconds] [-- command args]
# Waits until a TCP port accepts connections, then runs the command (if any).
target="${1:-}"
shift || true
timeout=30
cmd=()

while [ $# -gt 0 ]; do
    case "$1" in
        -t) timeout="$2"; shift 2 ;;
        --) shift; cmd=("$@"); break ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done

host="${target%%:*}"
port="${target##*:}"
if [ -z "$host" ] || [ -z "$port" ] || [ "$host" = "$target" ]; then
    echo "usage: wait_for_it.sh host:port [-t seconds] [-- command]" >&2
    exit 2
fi

start=$SECONDS
until (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; do
    if (( SECONDS - start >= timeout )); then
        echo "timed out after ${timeout}s waiting for $host:$port" >&2
        exit 1
    fi
    sleep 1
done
echo "$host:$port is up after $((SECONDS - start))s"

if [ ${#cmd[@]} -gt 0 ]; then
    exec "${cmd[@]}"
fi
