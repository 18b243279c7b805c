# expect: unclosed-test at line 6 (no space before ']', so '[' gets '"$API_KEY"]' as its last argument)
# Call the weather API for the configured city and cache the answer for ten minutes.
CACHE=/tmp/weather.json
CITY="${CITY:-Berlin}"

if [ -z "$API_KEY"]; then
    echo "set API_KEY first" >&2
    exit 1
fi
if [ ! -f "$CACHE" ] || [ -n "$(find "$CACHE" -mmin +10)" ]; then
    curl -fsS "https://api.weather.example/v1/current?city=${CITY}&key=${API_KEY}" -o "$CACHE"
fi
jq -r '.temperature' "$CACHE"
