#!/usr/bin/env bash
# Cross-compile the CLI for every OS/arch pair and write a checksum file.
set -euo pipefail

name=geofence
version=$(git describe --tags --always)
platforms=(linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64)
out=dist
rm -rf "$out" && mkdir -p "$out"

for platform in "${platforms[@]}"; do
  os=${platform%/*}
  arch=${platform#*/}
  ext=""
  [[ $os == windows ]] && ext=".exe"
  bin="$out/${name}_${version}_${os}_${arch}${ext}"
  echo "building $bin"
  GOOS=$os GOARCH=$arch CGO_ENABLED=0 go build -trimpath \
    -ldflags "-s -w -X main.version=${version}" -o "$bin" ./cmd/$name
done

# Smoke-test the native build a few times to catch flaky start-up.
native="$out/${name}_${version}_$(go env GOOS)_$(go env GOARCH)"
for ((i = 1; i <= 3; i++)); do
  "$native" --version >/dev/null || { echo "smoke test $i failed" >&2; exit 1; }
done

(cd "$out" && sha256sum ./* > SHA256SUMS)
ls -lh "$out"
