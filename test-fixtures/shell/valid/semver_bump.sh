#!/usr/bin/env bash
# Compute the next version from the latest tag and the commit messages since it
# (conventional commits), tag it, and print it.  usage: semver_bump.sh [--dry-run]
set -euo pipefail

dry_run=0
[[ "${1:-}" == "--dry-run" ]] && dry_run=1

last_tag=$(git describe --tags --abbrev=0 --match 'v[0-9]*' 2>/dev/null || echo v0.0.0)
IFS=. read -r major minor patch <<< "${last_tag#v}"
patch=${patch%%-*}

range="${last_tag}..HEAD"
[[ "$last_tag" == v0.0.0 ]] && range=HEAD

bump=none
while IFS= read -r subject; do
  case "$subject" in
    *'BREAKING CHANGE'*|*'!:'*)
      bump=major
      break
      ;;
    feat:*|feat\(*)
      bump=minor
      ;;
    fix:*|fix\(*|perf:*|perf\(*)
      [[ $bump == none ]] && bump=patch
      ;;
  esac
done < <(git log --format='%s%n%b' "$range")

case $bump in
  major) major=$((major + 1)); minor=0; patch=0 ;;
  minor) minor=$((minor + 1)); patch=0 ;;
  patch) patch=$((patch + 1)) ;;
  none)
    echo "no releasable commits since $last_tag" >&2
    exit 0
    ;;
esac

next="v${major}.${minor}.${patch}"
if (( dry_run )); then
  echo "would tag $next ($bump bump from $last_tag)"
else
  git tag -a "$next" -m "Release $next"
  echo "$next"
fi
