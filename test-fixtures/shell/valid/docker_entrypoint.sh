#!/bin/sh
# Container entrypoint: render the config from environment variables, wait for the
# database, run migrations once, then hand PID 1 to the real process.
set -e

: "${APP_PORT:=8000}"
: "${DB_HOST:?DB_HOST must be set}"
: "${DB_PORT:=5432}"
: "${WORKERS:=4}"

render_config() {
    envsubst '${APP_PORT} ${DB_HOST} ${DB_PORT} ${WORKERS}' \
        < /etc/app/app.conf.template > /etc/app/app.conf
}

wait_for_db() {
    tries=0
    until nc -z "$DB_HOST" "$DB_PORT"; do
        tries=$((tries + 1))
        if [ "$tries" -ge 30 ]; then
            echo "database $DB_HOST:$DB_PORT not reachable after $tries tries" >&2
            exit 1
        fi
        sleep 2
    done
}

render_config

if [ "$1" = "serve" ] || [ "$1" = "worker" ]; then
    wait_for_db
    if [ "${RUN_MIGRATIONS:-true}" = "true" ]; then
        python manage.py migrate --noinput
    fi
fi

case "$1" in
    serve)
        exec gunicorn app.wsgi --bind "0.0.0.0:${APP_PORT}" --workers "$WORKERS"
        ;;
    worker)
        exec celery -A app worker --loglevel=info
        ;;
    *)
        exec "$@"
        ;;
esac
