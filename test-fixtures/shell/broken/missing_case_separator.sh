# expect: syntax at line 14 (the 'stop)' item above 'status)' has no ';;')
# Minimal service script for the mock SMTP server used in tests.
PIDFILE=/tmp/mailhog.pid

case "$1" in
    start)
        nohup mailhog >/tmp/mailhog.log 2>&1 &
        echo $! > "$PIDFILE"
        echo "mailhog started"
        ;;
    stop)
        kill "$(cat "$PIDFILE")" && rm -f "$PIDFILE"
        echo "mailhog stopped"
    status)
        if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
            echo "running"
        else
            echo "stopped"
        fi
        ;;
esac
