#!/usr/bin/env bash
# End-to-end test: the dslfix Neovim plugin with the real `nvim --headless` and the real server.
#   clients/neovim/test/e2e.sh path/to/dslfix.jar [FIXTURE.sql]
# Needs nvim (0.7+) and java on PATH. Prints PASS/FAIL lines; exit 0 only on success.
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 DSLFIX_JAR [FIXTURE.sql]" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
client_dir=$(cd "$here/.." && pwd)
repo=$(cd "$client_dir/../.." && pwd)
jar=$(realpath "$1")
fixture=$(realpath "${2:-$repo/test-fixtures/sql/broken/syntax_missing_paren_shop_report.sql}")
[ -f "$jar" ] || { echo "FAIL neovim e2e: jar not found: $1" >&2; exit 2; }
[ -f "$fixture" ] || { echo "FAIL neovim e2e: fixture not found: $fixture" >&2; exit 2; }
command -v nvim >/dev/null || { echo "FAIL neovim e2e: nvim not on PATH" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/dslfix-nvim-e2e.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/work" "$tmp/xdg/config" "$tmp/xdg/data" "$tmp/xdg/state" "$tmp/xdg/cache"

# No user configuration, no TTY, no shada/swap files; everything under $tmp.
set +e
env -i PATH="$PATH" LANG=C.UTF-8 TERM=dumb \
  HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/xdg/config" XDG_DATA_HOME="$tmp/xdg/data" \
  XDG_STATE_HOME="$tmp/xdg/state" XDG_CACHE_HOME="$tmp/xdg/cache" NVIM_LOG_FILE="$tmp/nvim.log" \
  ${JAVA_HOME:+JAVA_HOME="$JAVA_HOME"} \
  DSLFIX_JAR="$jar" DSLFIX_JAVA="${DSLFIX_JAVA:-java}" DSLFIX_FIXTURE="$fixture" \
  DSLFIX_WORK="$tmp/work" DSLFIX_CLIENT_DIR="$client_dir" \
  timeout -k 5 110 nvim --headless --clean -n -i NONE \
    -c "luafile $here/e2e.lua" </dev/null
rc=$?
set -e

if [ $rc -ne 0 ]; then
  [ $rc -eq 124 ] && echo "FAIL neovim e2e: timed out after 110 s"
  for log in "$tmp/xdg/cache/nvim/lsp.log" "$tmp/xdg/state/nvim/lsp.log" "$tmp/nvim.log"; do
    if [ -s "$log" ]; then
      echo "---- tail of $log"
      tail -n 40 "$log"
    fi
  done
  echo "FAIL neovim e2e (exit $rc)"
  exit 1
fi
exit 0
