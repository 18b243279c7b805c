# expect: syntax at line 2 (markdown fence before the script); syntax at line 13 (closing fence)
```bash
#!/usr/bin/env bash
set -euo pipefail

# Print the ten largest directories under the given path.
path="${1:-.}"
du -x --max-depth=2 "$path" 2>/dev/null \
  | sort -rn \
  | head -n 10 \
  | awk '{ printf "%8.1f MiB  %s\n", $1 / 1024, $2 }'
echo "done"
```
