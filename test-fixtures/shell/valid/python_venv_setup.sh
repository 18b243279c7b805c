#!/usr/bin/env bash
# Create or refresh the project's virtualenv; reinstall only when the lock file changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON="${PYTHON:-python3}"
VENV=".venv"
STAMP="$VENV/.requirements.sha256"

version=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [[ "$(printf '%s\n' 3.10 "$version" | sort -V | head -n1)" != 3.10 ]]; then
  echo "Python >= 3.10 needed, found $version" >&2
  exit 1
fi

[[ -d "$VENV" ]] || "$PYTHON" -m venv "$VENV"
# shellcheck disable=SC1091
source "$VENV/bin/activate"

wanted=$(sha256sum requirements.lock | cut -d' ' -f1)
if [[ ! -f "$STAMP" || "$(<"$STAMP")" != "$wanted" ]]; then
  pip install --quiet --upgrade pip wheel
  pip install --quiet -r requirements.lock
  pip install --quiet -e .
  echo "$wanted" > "$STAMP"
  echo "dependencies installed"
else
  echo "dependencies up to date"
fi
python -m pip check
