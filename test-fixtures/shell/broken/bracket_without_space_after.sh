# expect: unclosed-test at line 6 ('[-n' is read as a command name)
# Start the worker only when a queue URL is configured.
QUEUE_URL="${QUEUE_URL:-}"
WORKERS="${WORKERS:-2}"

if [-n "$QUEUE_URL" ]; then
    exec ./bin/worker --queue "$QUEUE_URL" --concurrency "$WORKERS"
fi
echo "QUEUE_URL is empty; not starting the worker" >&2
exit 1
