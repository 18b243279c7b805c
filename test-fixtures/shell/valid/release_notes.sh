#!/bin/bash
# Markdown release notes between two tags, grouped by commit type.
from="${1:?usage: release_notes.sh FROM_TAG [TO_REF]}"
to="${2:-HEAD}"

declare -A titles=(
    [feat]="Features"
    [fix]="Bug fixes"
    [perf]="Performance"
    [docs]="Documentation"
)

echo "# Changes from ${from} to ${to}"
for type in feat fix perf docs; do
    entries=$(git log --no-merges --format='%s (%h)' "${from}..${to}" | grep -E "^${type}(\(|:)" || true)
    [ -z "$entries" ] && continue
    printf '\n## %s\n\n' "${titles[$type]}"
    while read -r entry; do
        echo "- ${entry#*: }"
    done <<< "$entries"
done

contributors=$(git log --format='%an' "${from}..${to}" | sort -u | paste -sd, - | sed 's/,/, /g')
printf '\nThanks to %s.\n' "$contributors"
