#!/usr/bin/env bash
# End-to-end test: dslfix.el with the real `emacs --batch`, Eglot and the real server.
#   clients/emacs/test/e2e.sh path/to/dslfix.jar [FIXTURE.sql]
# Needs emacs (28+ with elpa-eglot, or 29+) and java on PATH. Prints PASS/FAIL lines; exit 0
# only on success. DSLFIX_ELPA_DIRS overrides where Eglot is looked for (default: Debian's
# /usr/share/emacs/site-lisp/elpa, which `emacs -Q` does not search by itself).
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
[ -f "$jar" ] || { echo "FAIL emacs e2e: jar not found: $1" >&2; exit 2; }
[ -f "$fixture" ] || { echo "FAIL emacs e2e: fixture not found: $fixture" >&2; exit 2; }
command -v emacs >/dev/null || { echo "FAIL emacs e2e: emacs not on PATH" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/dslfix-emacs-e2e.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/work"

# -Q: no user or site init files; HOME is empty; stdin is not a terminal.
set +e
env -i PATH="$PATH" LANG=C.UTF-8 TERM=dumb HOME="$tmp/home" \
  ${JAVA_HOME:+JAVA_HOME="$JAVA_HOME"} ${DSLFIX_ELPA_DIRS:+DSLFIX_ELPA_DIRS="$DSLFIX_ELPA_DIRS"} \
  DSLFIX_JAR="$jar" DSLFIX_JAVA="${DSLFIX_JAVA:-java}" DSLFIX_FIXTURE="$fixture" \
  DSLFIX_WORK="$tmp/work" DSLFIX_CLIENT_DIR="$client_dir" \
  timeout -k 5 110 emacs --batch -Q -l "$here/e2e.el" </dev/null 2>"$tmp/stderr"
rc=$?
set -e

if [ $rc -ne 0 ]; then
  [ $rc -eq 124 ] && echo "FAIL emacs e2e: timed out after 110 s"
  echo "---- tail of emacs stderr"
  tail -n 40 "$tmp/stderr"
  echo "FAIL emacs e2e (exit $rc)"
  exit 1
fi
exit 0
