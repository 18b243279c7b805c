# expect: break-outside-loop at line 13 ('break' used to stop the script; it is not in a loop)
# Apply pending database migrations, but only when the schema lock is free.
set -u

lock_holder=$(psql -At -c "SELECT holder FROM schema_lock WHERE id = 1")
echo "schema lock held by: ${lock_holder:-nobody}"

case "$lock_holder" in
    "")
        ;;
    *)
        echo "another migration is running; nothing to do"
        break
        ;;
esac

./bin/migrate up
