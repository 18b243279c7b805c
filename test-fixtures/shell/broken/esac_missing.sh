# expect: unclosed-block at line 21 ('case' at line 8 is never closed: 'esac' is missing)
# Service control wrapper used by the on-call runbook.
set -e
SERVICE=invoice-worker

action="${1:-status}"

case "$action" in
    start|stop|restart)
        sudo systemctl "$action" "$SERVICE"
        ;;
    status)
        systemctl --no-pager status "$SERVICE"
        ;;
    logs)
        journalctl -u "$SERVICE" -n 200 --no-pager
        ;;
    *)
        echo "usage: $0 start|stop|restart|status|logs" >&2
        exit 2
        ;;
