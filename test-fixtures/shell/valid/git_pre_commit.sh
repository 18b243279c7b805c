#!/usr/bin/env bash
# Git pre-commit hook: lint only the staged files, refuse debug leftovers and big files.
set -u

fail=0
max_bytes=$((2 * 1024 * 1024))

mapfile -t staged < <(git diff --cached --name-only --diff-filter=ACM)
[ ${#staged[@]} -eq 0 ] && exit 0

for file in "${staged[@]}"; do
  size=$(git cat-file -s ":$file")
  if [ "$size" -gt "$max_bytes" ]; then
    echo "pre-commit: $file is $((size / 1024)) KiB; use Git LFS for large files" >&2
    fail=1
  fi
  case "$file" in
    *.py)
      if git show ":$file" | grep -nE '^\s*(breakpoint\(\)|import pdb)'; then
        echo "pre-commit: remove the debugger call from $file" >&2
        fail=1
      fi
      ;;
    *.js|*.ts|*.tsx)
      if git show ":$file" | grep -n 'console\.log('; then
        echo "pre-commit: $file still logs to the console" >&2
        fail=1
      fi
      ;;
    *.sh)
      shellcheck "$file" || fail=1
      ;;
  esac
done

if git diff --cached | grep -qE '^\+.*(AKIA[0-9A-Z]{16}|-----BEGIN (RSA|EC) PRIVATE KEY-----)'; then
  echo "pre-commit: the change looks like it contains a secret" >&2
  fail=1
fi

exit "$fail"
