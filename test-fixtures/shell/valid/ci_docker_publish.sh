#!/usr/bin/env bash
# Build a multi-arch image and push it with the tags our release process expects:
# the full version, major.minor, major, and "latest" for the newest stable release.
set -euo pipefail

REGISTRY="${REGISTRY:-ghcr.io/acme}"
IMAGE="${REGISTRY}/ledger-api"
PLATFORMS="linux/amd64,linux/arm64"
CONTEXT_DIR="${1:-.}"

version="${GITHUB_REF_NAME:-}"
version="${version#v}"
if [[ ! "$version" =~ ^([0-9]+)\.([0-9]+)\.([0-9]+)(-[0-9A-Za-z.-]+)?$ ]]; then
  echo "not a release tag: '${GITHUB_REF_NAME:-}'; publishing an edge image" >&2
  tags=("${IMAGE}:edge" "${IMAGE}:sha-${GITHUB_SHA:0:7}")
else
  major="${BASH_REMATCH[1]}"
  minor="${BASH_REMATCH[2]}"
  prerelease="${BASH_REMATCH[4]}"
  tags=("${IMAGE}:${version}")
  if [[ -z "$prerelease" ]]; then
    tags+=("${IMAGE}:${major}.${minor}" "${IMAGE}:${major}")
    newest=$(git tag --list 'v[0-9]*' --sort=-v:refname | grep -v -- - | head -n 1)
    if [[ "$newest" == "v${version}" ]]; then
      tags+=("${IMAGE}:latest")
    fi
  fi
fi

tag_args=()
for tag in "${tags[@]}"; do
  tag_args+=(--tag "$tag")
done

echo "$REGISTRY_PASSWORD" | docker login "${REGISTRY%%/*}" --username "$REGISTRY_USER" --password-stdin

docker buildx create --use --name ledger-builder >/dev/null 2>&1 || docker buildx use ledger-builder
docker buildx build \
  --platform "$PLATFORMS" \
  --build-arg "VERSION=${version:-edge}" \
  --label "org.opencontainers.image.revision=${GITHUB_SHA:-unknown}" \
  --cache-from "type=registry,ref=${IMAGE}:buildcache" \
  --cache-to "type=registry,ref=${IMAGE}:buildcache,mode=max" \
  "${tag_args[@]}" \
  --push \
  "$CONTEXT_DIR"

printf 'pushed %s\n' "${tags[@]}"
