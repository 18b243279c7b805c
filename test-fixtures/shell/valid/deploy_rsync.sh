#!/usr/bin/env bash
# Deploy a built web app to a set of hosts with rsync, keeping the last five releases
# and switching the "current" symlink atomically. Rolls back on a failed health check.
set -euo pipefail

APP_NAME="storefront"
BUILD_DIR="${BUILD_DIR:-./dist}"
DEPLOY_ROOT="/srv/${APP_NAME}"
KEEP_RELEASES=5
HOSTS=(web-01.internal web-02.internal web-03.internal)
RELEASE="$(date -u +%Y%m%dT%H%M%SZ)"

log() {
  printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2
}

die() {
  log "ERROR: $*"
  exit 1
}

remote() {
  local host="$1"
  shift
  ssh -o BatchMode=yes -o ConnectTimeout=10 "deploy@${host}" "$@"
}

upload_release() {
  local host="$1"
  log "uploading ${RELEASE} to ${host}"
  remote "$host" "mkdir -p ${DEPLOY_ROOT}/releases/${RELEASE}"
  rsync -az --delete \
    --exclude '.git' \
    --exclude '*.map' \
    "${BUILD_DIR}/" "deploy@${host}:${DEPLOY_ROOT}/releases/${RELEASE}/"
}

activate_release() {
  local host="$1"
  remote "$host" "ln -sfn ${DEPLOY_ROOT}/releases/${RELEASE} ${DEPLOY_ROOT}/current.tmp && mv -T ${DEPLOY_ROOT}/current.tmp ${DEPLOY_ROOT}/current"
  remote "$host" "sudo systemctl reload ${APP_NAME}"
}

healthy() {
  local host="$1" attempt
  for attempt in 1 2 3 4 5; do
    if curl -fsS --max-time 5 "http://${host}:8080/healthz" >/dev/null; then
      return 0
    fi
    log "health check ${attempt}/5 failed on ${host}, retrying"
    sleep 3
  done
  return 1
}

rollback() {
  local host="$1"
  local previous
  previous=$(remote "$host" "ls -1 ${DEPLOY_ROOT}/releases | sort | tail -n 2 | head -n 1")
  if [[ -z "$previous" || "$previous" == "$RELEASE" ]]; then
    log "no previous release on ${host}; leaving it as it is"
    return 1
  fi
  log "rolling back ${host} to ${previous}"
  remote "$host" "ln -sfn ${DEPLOY_ROOT}/releases/${previous} ${DEPLOY_ROOT}/current && sudo systemctl reload ${APP_NAME}"
}

prune_releases() {
  local host="$1"
  remote "$host" "cd ${DEPLOY_ROOT}/releases && ls -1 | sort -r | tail -n +$((KEEP_RELEASES + 1)) | xargs -r rm -rf"
}

[[ -d "$BUILD_DIR" ]] || die "build directory ${BUILD_DIR} not found; run the build first"

failed=()
for host in "${HOSTS[@]}"; do
  upload_release "$host"
  activate_release "$host"
  if healthy "$host"; then
    prune_releases "$host"
    log "${host} is serving ${RELEASE}"
  else
    rollback "$host" || true
    failed+=("$host")
  fi
done

if (( ${#failed[@]} > 0 )); then
  die "deploy failed on: ${failed[*]}"
fi
log "deployed ${APP_NAME} ${RELEASE} to ${#HOSTS[@]} hosts"
