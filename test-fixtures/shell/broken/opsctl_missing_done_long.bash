# expect: unclosed-block at line 143 (the 'for' at line 133 lost its 'done'; the parser notices at the function's closing brace)
# opsctl: the on-call toolbox for the "ledger" platform.
#
#   opsctl status [ENV]              service and queue overview
#   opsctl deploy ENV VERSION        deploy a released version (with canary)
#   opsctl logs ENV SERVICE [-f]     tail logs of one service
#   opsctl scale ENV SERVICE N       change the replica count
#   opsctl backup ENV                snapshot the database now
#   opsctl rotate-secret ENV NAME    rotate one secret and restart its users
#   opsctl help
#
# Environments are described in $OPSCTL_HOME/envs/<env>.conf (sourced).
set -euo pipefail

readonly OPSCTL_HOME="${OPSCTL_HOME:-$HOME/.opsctl}"
readonly SERVICES=(api worker scheduler webhooks)
readonly CANARY_PERCENT=10
VERBOSE=${VERBOSE:-0}

# ------------------------------------------------------------------ helpers

color() {
  local code="$1"
  shift
  if [[ -t 1 ]]; then
    printf '\033[%sm%s\033[0m' "$code" "$*"
  else
    printf '%s' "$*"
  fi
}

info() { printf '%s %s\n' "$(color 34 '==>')" "$*"; }
warn() { printf '%s %s\n' "$(color 33 'warning:')" "$*" >&2; }
fatal() {
  printf '%s %s\n' "$(color 31 'error:')" "$*" >&2
  exit 1
}

debug() {
  (( VERBOSE )) || return 0
  printf '[debug] %s\n' "$*" >&2
}

load_env() {
  local env="$1"
  local conf="$OPSCTL_HOME/envs/${env}.conf"
  [[ -r "$conf" ]] || fatal "unknown environment '$env' (no $conf)"
  # shellcheck source=/dev/null
  source "$conf"
  : "${KUBE_CONTEXT:?$conf must set KUBE_CONTEXT}"
  : "${NAMESPACE:?$conf must set NAMESPACE}"
  : "${DB_INSTANCE:?$conf must set DB_INSTANCE}"
  debug "loaded $conf (context $KUBE_CONTEXT, namespace $NAMESPACE)"
}

kube() {
  kubectl --context "$KUBE_CONTEXT" --namespace "$NAMESPACE" "$@"
}

known_service() {
  local wanted="$1" s
  for s in "${SERVICES[@]}"; do
    [[ "$s" == "$wanted" ]] && return 0
  done
  return 1
}

confirm_production() {
  local env="$1" action="$2"
  [[ "$env" == production ]] || return 0
  local answer
  read -r -p "$(color 31 "About to $action in PRODUCTION.") Type the environment name to go on: " answer
  [[ "$answer" == production ]] || fatal "aborted"
}

# ------------------------------------------------------------------ commands

cmd_status() {
  local env="${1:-staging}"
  load_env "$env"
  info "services in $env"
  printf '%-12s %-10s %-30s\n' SERVICE READY IMAGE
  local s ready image
  for s in "${SERVICES[@]}"; do
    ready=$(kube get deployment "$s" -o jsonpath='{.status.readyReplicas}/{.spec.replicas}' 2>/dev/null || echo "?")
    image=$(kube get deployment "$s" -o jsonpath='{.spec.template.spec.containers[0].image}' 2>/dev/null || echo "-")
    printf '%-12s %-10s %-30s\n' "$s" "$ready" "${image##*/}"
  done
  info "queues"
  kube exec deploy/worker -- ledger-admin queues --format tsv |
    while IFS=$'\t' read -r queue depth oldest; do
      if (( depth > 1000 )); then
        printf '  %-20s %8d  oldest %s  %s\n' "$queue" "$depth" "$oldest" "$(color 31 BACKLOG)"
      else
        printf '  %-20s %8d  oldest %s\n' "$queue" "$depth" "$oldest"
      fi
    done
}

wait_ready() {
  local s="$1" timeout="${2:-300}"
  if ! kube rollout status "deployment/$s" --timeout="${timeout}s"; then
    warn "$s did not become ready within ${timeout}s"
    return 1
  fi
}

cmd_deploy() {
  (( $# == 2 )) || fatal "usage: opsctl deploy ENV VERSION"
  local env="$1" version="$2"
  [[ "$version" =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]] || fatal "VERSION must look like v1.2.3"
  load_env "$env"
  confirm_production "$env" "deploy $version"

  local image="${REGISTRY:-ghcr.io/acme}/ledger:${version}"
  info "canary: ${CANARY_PERCENT}% of api traffic to $version"
  kube set image deployment/api-canary "api=$image"
  wait_ready api-canary 180 || fatal "canary failed; production untouched"

  local errors
  errors=$(kube exec deploy/api-canary -- ledger-admin error-rate --window 5m)
  debug "canary error rate: $errors"
  if awk -v e="$errors" 'BEGIN { exit !(e > 0.02) }'; then
    kube rollout undo deployment/api-canary
    fatal "canary error rate ${errors} is above 2%; rolled back"
  fi

  local s failed=()
  for s in "${SERVICES[@]}"; do
    info "deploying $s"
    kube set image "deployment/$s" "$s=$image"
  done
  for s in "${SERVICES[@]}"; do
    wait_ready "$s" || failed+=("$s")
  if (( ${#failed[@]} > 0 )); then
    warn "rolling back: ${failed[*]}"
    for s in "${failed[@]}"; do
      kube rollout undo "deployment/$s"
    done
    fatal "deploy of $version to $env failed"
  fi
  info "$env now runs $version"
}

cmd_logs() {
  (( $# >= 2 )) || fatal "usage: opsctl logs ENV SERVICE [-f]"
  local env="$1" service="$2" follow=()
  known_service "$service" || fatal "unknown service '$service' (one of: ${SERVICES[*]})"
  [[ "${3:-}" == "-f" ]] && follow=(--follow)
  load_env "$env"
  kube logs "deployment/$service" --all-containers --since=30m --prefix "${follow[@]}"
}

cmd_scale() {
  (( $# == 3 )) || fatal "usage: opsctl scale ENV SERVICE N"
  local env="$1" service="$2" replicas="$3"
  known_service "$service" || fatal "unknown service '$service'"
  [[ "$replicas" =~ ^[0-9]+$ ]] && (( replicas <= 50 )) || fatal "N must be a number up to 50"
  load_env "$env"
  confirm_production "$env" "scale $service to $replicas"
  kube scale "deployment/$service" --replicas="$replicas"
  wait_ready "$service"
}

cmd_backup() {
  (( $# == 1 )) || fatal "usage: opsctl backup ENV"
  load_env "$1"
  local id="manual-$(date -u +%Y%m%d%H%M%S)-${USER:-ops}"
  info "creating snapshot $id of $DB_INSTANCE"
  aws rds create-db-snapshot --db-instance-identifier "$DB_INSTANCE" --db-snapshot-identifier "$id" >/dev/null
  local i state
  for (( i = 0; i < 60; i++ )); do
    state=$(aws rds describe-db-snapshots --db-snapshot-identifier "$id" \
      --query 'DBSnapshots[0].Status' --output text)
    [[ "$state" == available ]] && { info "snapshot $id is available"; return 0; }
    debug "snapshot state: $state"
    sleep 20
  done
  warn "snapshot $id still '$state' after 20 minutes; check the console"
}

cmd_rotate_secret() {
  (( $# == 2 )) || fatal "usage: opsctl rotate-secret ENV NAME"
  local env="$1" name="$2"
  load_env "$env"
  confirm_production "$env" "rotate secret $name"
  local value
  value=$(openssl rand -base64 48 | tr -d '\n/+=' | cut -c1-40)
  kube create secret generic "$name" --from-literal=value="$value" \
    --dry-run=client -o yaml | kube apply -f -
  local users
  users=$(kube get deployments -o json |
    jq -r --arg n "$name" '.items[] | select(.spec.template.spec.containers[].envFrom[]?.secretRef.name == $n) | .metadata.name' |
    sort -u)
  if [[ -z "$users" ]]; then
    warn "no deployment reads secret $name"
    return 0
  fi
  local d
  while read -r d; do
    info "restarting $d"
    kube rollout restart "deployment/$d"
  done <<< "$users"
}

usage() {
  sed -n '2,12s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

main() {
  local command="${1:-help}"
  (( $# > 0 )) && shift
  case "$command" in
    status) cmd_status "$@" ;;
    deploy) cmd_deploy "$@" ;;
    logs) cmd_logs "$@" ;;
    scale) cmd_scale "$@" ;;
    backup) cmd_backup "$@" ;;
    rotate-secret) cmd_rotate_secret "$@" ;;
    help|-h|--help) usage ;;
    *)
      usage >&2
      fatal "unknown command '$command'"
      ;;
  esac
}

main "$@"
