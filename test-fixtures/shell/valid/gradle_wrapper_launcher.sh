#!/bin/sh
# Run the build from anywhere inside the repository.
set -eu
cd "$(git rev-parse --show-toplevel)"
exec ./gradlew --no-daemon "$@"
