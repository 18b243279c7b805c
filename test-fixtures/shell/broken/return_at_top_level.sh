# expect: return-outside-function at line 10 (a script run directly cannot 'return')
#!/usr/bin/env bash
# Bump the version in package.json when the working tree is clean.
set -euo pipefail

part="${1:-patch}"

if [[ -n "$(git status --porcelain)" ]]; then
    echo "working tree is dirty; commit or stash first" >&2
    return 1
fi
npm version "$part" -m "release %s"
git push --follow-tags
