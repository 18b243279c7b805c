#!/usr/bin/env bash
# CI for the VS Code extension: clean install from the lock file, lint, compile, unit tests
# (plus the protocol test against server/target/dslfix.jar when it has been built), and a .vsix.
# Fails on the first error. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")"
start=$(date +%s)
step() {
    echo "== $*"
    "$@"
}
step npm ci --no-audit --no-fund
step npm run lint
step npm run compile
step npm test
step npm run package
vsix=$(ls -t ./*.vsix | head -n 1)
echo "== built ${vsix} ($(du -h "${vsix}" | cut -f1)) in $(( $(date +%s) - start )) s"
