# expect: unclosed-test at line 7 ('[[' never closed: ']]' is glued to the last word)
# Promote the staging build to production only from the main branch.
set -euo pipefail
branch=$(git rev-parse --abbrev-ref HEAD)
build_id="${1:?usage: promote.sh BUILD_ID}"

if [[ "$branch" != "main"]]; then
    echo "promotions run from main only (on $branch)" >&2
    exit 1
fi
./bin/release promote --build "$build_id" --to production
