#!/bin/sh
### BEGIN INIT INFO
# Provides:          queue-worker
# Required-Start:    $network $remote_fs
# Required-Stop:     $network $remote_fs
# Default-Start:     2 3 4 5
# Default-Stop:      0 1 6
# Short-Description: background job worker
### END INIT INFO

NAME=queue-worker
DAEMON=/opt/queue-worker/bin/worker
PIDFILE=/run/$NAME.pid
LOGFILE=/var/log/$NAME.log
RUN_AS=worker
DAEMON_ARGS="--queues default,mail --concurrency 8"

[ -x "$DAEMON" ] || exit 0
[ -r /etc/default/$NAME ] && . /etc/default/$NAME

is_running() {
    [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null
}

do_start() {
    if is_running; then
        echo "$NAME is already running (pid $(cat "$PIDFILE"))"
        return 0
    fi
    printf 'Starting %s... ' "$NAME"
    start-stop-daemon --start --background --make-pidfile --pidfile "$PIDFILE" \
        --chuid "$RUN_AS" --exec "$DAEMON" -- $DAEMON_ARGS >>"$LOGFILE" 2>&1
    sleep 1
    if is_running; then
        echo "ok"
    else
        echo "failed; see $LOGFILE"
        return 1
    fi
}

do_stop() {
    if ! is_running; then
        echo "$NAME is not running"
        rm -f "$PIDFILE"
        return 0
    fi
    printf 'Stopping %s... ' "$NAME"
    pid=$(cat "$PIDFILE")
    kill -TERM "$pid"
    i=0
    while kill -0 "$pid" 2>/dev/null; do
        i=$((i + 1))
        if [ $i -ge 30 ]; then
            kill -KILL "$pid" 2>/dev/null
            break
        fi
        sleep 1
    done
    rm -f "$PIDFILE"
    echo "ok"
}

case "$1" in
    start)
        do_start
        ;;
    stop)
        do_stop
        ;;
    restart|force-reload)
        do_stop
        do_start
        ;;
    status)
        if is_running; then
            echo "$NAME is running (pid $(cat "$PIDFILE"))"
        else
            echo "$NAME is stopped"
            exit 3
        fi
        ;;
    *)
        echo "Usage: /etc/init.d/$NAME {start|stop|restart|status}" >&2
        exit 2
        ;;
esac
exit $?
