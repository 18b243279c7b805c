# expect: unclosed-block at line 8 (the if inside $( ... ) is never closed)
# Pick the deployment color that is currently idle (blue/green).
set -euo pipefail

active=$(curl -fsS http://lb.internal/active-color)
idle=$(
    if [ "$active" = blue ]; then echo green
    else echo blue
)
echo "active: $active, deploying to: $idle"
./bin/deploy --color "$idle"
