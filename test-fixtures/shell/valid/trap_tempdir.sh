#!/usr/bin/env bash
# Build a release tarball in a scratch directory that is removed however the script ends.
set -euo pipefail

workdir=$(mktemp -d "${TMPDIR:-/tmp}/release.XXXXXX")
cleanup() {
  local rc=$?
  rm -rf "$workdir"
  if (( rc != 0 )); then
    echo "release build failed (exit $rc)" >&2
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'echo "interrupted" >&2; exit 130' INT
trap 'echo "terminated" >&2; exit 143' TERM

version=$(git describe --tags --always --dirty)
name="inventory-service-${version}"

git archive --format=tar --prefix="${name}/" HEAD | tar -x -C "$workdir"
(
  cd "$workdir/$name"
  npm ci --omit=dev --ignore-scripts
  npm run build
  rm -rf test docs .github
)
tar -C "$workdir" -czf "dist/${name}.tar.gz" "$name"
echo "wrote dist/${name}.tar.gz ($(du -h "dist/${name}.tar.gz" | cut -f1))"
