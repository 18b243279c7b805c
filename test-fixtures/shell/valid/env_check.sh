#!/usr/bin/env bash
# Fail fast when the environment the job needs is incomplete.
required=(DATABASE_URL REDIS_URL S3_BUCKET SENTRY_DSN)
missing=0
for var in "${required[@]}"; do
    if [[ -z "${!var:-}" ]]; then
        echo "missing environment variable: $var" >&2
        missing=$((missing + 1))
    fi
done
(( missing == 0 )) || exit 1
: "${WORKER_CONCURRENCY:=4}"
echo "environment complete; concurrency ${WORKER_CONCURRENCY}"
