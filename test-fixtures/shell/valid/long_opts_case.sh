#!/usr/bin/env bash
# Restore a database snapshot into a staging environment.
# Long options are parsed by hand so that --opt=value and --opt value both work.
set -euo pipefail

ENVIRONMENT=""
SNAPSHOT=""
DB_NAME="app"
FORCE=0
SKIP_ANONYMIZE=0
EXTRA_TABLES=()

print_help() {
    cat <<'HELP'
Usage: restore_snapshot.sh --env ENV --snapshot ID [options]

Options:
  -e, --env ENV            staging, qa or demo (production is refused)
  -s, --snapshot ID        snapshot id, or "latest"
  -d, --db NAME            database name (default: app)
  -t, --table NAME         also truncate NAME after restore (repeatable)
      --skip-anonymize     keep personal data (needs --force)
  -f, --force              do not ask for confirmation
  -h, --help               this text
HELP
}

fail() {
    echo "restore: $*" >&2
    exit 2
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        -e|--env)
            [[ $# -ge 2 ]] || fail "$1 needs a value"
            ENVIRONMENT="$2"
            shift 2
            ;;
        --env=*)
            ENVIRONMENT="${1#*=}"
            shift
            ;;
        -s|--snapshot)
            [[ $# -ge 2 ]] || fail "$1 needs a value"
            SNAPSHOT="$2"
            shift 2
            ;;
        --snapshot=*)
            SNAPSHOT="${1#*=}"
            shift
            ;;
        -d|--db)
            DB_NAME="${2:?--db needs a value}"
            shift 2
            ;;
        -t|--table)
            EXTRA_TABLES+=("${2:?--table needs a value}")
            shift 2
            ;;
        --skip-anonymize)
            SKIP_ANONYMIZE=1
            shift
            ;;
        -f|--force)
            FORCE=1
            shift
            ;;
        -h|--help)
            print_help
            exit 0
            ;;
        --)
            shift
            break
            ;;
        -*)
            fail "unknown option $1 (see --help)"
            ;;
        *)
            fail "unexpected argument $1"
            ;;
    esac
done

[[ -n $ENVIRONMENT ]] || fail "--env is required"
[[ -n $SNAPSHOT ]] || fail "--snapshot is required"
case "$ENVIRONMENT" in
    staging|qa|demo) ;;
    prod|production) fail "refusing to restore into production" ;;
    *) fail "unknown environment $ENVIRONMENT" ;;
esac
if (( SKIP_ANONYMIZE && ! FORCE )); then
    fail "--skip-anonymize needs --force"
fi

if (( ! FORCE )); then
    read -r -p "Restore snapshot $SNAPSHOT into $ENVIRONMENT/$DB_NAME? [y/N] " answer
    [[ $answer == [yY]* ]] || { echo "aborted"; exit 1; }
fi

echo "restoring $SNAPSHOT into $ENVIRONMENT/$DB_NAME"
./bin/snapshot-restore --env "$ENVIRONMENT" --db "$DB_NAME" --snapshot "$SNAPSHOT"
if (( ! SKIP_ANONYMIZE )); then
    ./bin/anonymize --env "$ENVIRONMENT" --db "$DB_NAME"
fi
for table in "${EXTRA_TABLES[@]}"; do
    ./bin/dbshell --env "$ENVIRONMENT" --db "$DB_NAME" -c "TRUNCATE TABLE ${table} CASCADE"
done
echo "done"
