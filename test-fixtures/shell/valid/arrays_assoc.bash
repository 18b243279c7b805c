#!/usr/bin/env bash
# Inventory of hosts by role with associative arrays; prints an ssh config snippet and
# runs a command on every host of one role.  usage: arrays_assoc.bash ROLE [COMMAND...]
set -euo pipefail

declare -A role_of=(
  [db-01]=database
  [db-02]=database
  [app-01]=app
  [app-02]=app
  [app-03]=app
  [cache-01]=cache
)
declare -A port_of=([database]=5432 [app]=8080 [cache]=6379)
declare -a order=()

# Sort host names so the output is stable.
mapfile -t order < <(printf '%s\n' "${!role_of[@]}" | sort)

hosts_with_role() {
  local wanted="$1" host
  for host in "${order[@]}"; do
    [[ ${role_of[$host]} == "$wanted" ]] && printf '%s\n' "$host"
  done
}

print_ssh_config() {
  local host
  for host in "${order[@]}"; do
    cat <<EOF
Host ${host}
    HostName ${host}.prod.internal
    User ops
    # ${role_of[$host]}, service port ${port_of[${role_of[$host]}]}
EOF
  done
}

role="${1:-}"
if [[ -z $role ]]; then
  print_ssh_config
  exit 0
fi
if [[ -z ${port_of[$role]+set} ]]; then
  echo "unknown role '$role'; known: ${!port_of[*]}" >&2
  exit 2
fi
shift

targets=()
while read -r h; do
  targets+=("$h")
done < <(hosts_with_role "$role")
echo "${#targets[@]} ${role} host(s): ${targets[*]}"

if (( $# > 0 )); then
  for h in "${targets[@]}"; do
    echo "--- $h"
    ssh "ops@${h}.prod.internal" "$@"
  done
fi
