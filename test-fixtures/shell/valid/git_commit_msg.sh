#!/bin/sh
# commit-msg hook: enforce "type(scope): summary" with a short summary line.
msg_file=$1
first_line=$(head -n 1 "$msg_file")

case "$first_line" in
    Merge\ *|Revert\ *|fixup!\ *|squash!\ *)
        exit 0
        ;;
esac

if ! printf '%s\n' "$first_line" | grep -qE '^(feat|fix|docs|refactor|test|chore|perf|build|ci)(\([a-z0-9-]+\))?!?: .+'; then
    echo "commit message must look like: feat(api): add pagination" >&2
    echo "got: $first_line" >&2
    exit 1
fi

if [ "${#first_line}" -gt 72 ]; then
    echo "the first line has ${#first_line} characters; keep it under 72" >&2
    exit 1
fi
