#!/usr/bin/env bash
# Create developer accounts from a roster file:  login,full name,github user,groups
# Public keys come from GitHub; existing accounts only get their keys refreshed.
set -euo pipefail

roster="${1:-/etc/provision/developers.csv}"
[[ $EUID -eq 0 ]] || { echo "run as root" >&2; exit 1; }

add_keys() {
  local login="$1" github="$2" home
  home=$(getent passwd "$login" | cut -d: -f6)
  install -d -m 700 -o "$login" -g "$login" "$home/.ssh"
  if curl -fsS "https://github.com/${github}.keys" -o "$home/.ssh/authorized_keys.new"; then
    if [[ -s "$home/.ssh/authorized_keys.new" ]]; then
      mv "$home/.ssh/authorized_keys.new" "$home/.ssh/authorized_keys"
      chown "$login:$login" "$home/.ssh/authorized_keys"
      chmod 600 "$home/.ssh/authorized_keys"
    else
      echo "warning: $github has no public keys on GitHub" >&2
      rm -f "$home/.ssh/authorized_keys.new"
    fi
  fi
}

created=0
while IFS=, read -r login full_name github groups; do
  [[ -z "$login" || "$login" == login ]] && continue
  if id "$login" &>/dev/null; then
    echo "exists: $login"
  else
    useradd --create-home --shell /bin/bash --comment "$full_name" "$login"
    passwd --expire "$login" >/dev/null
    created=$((created + 1))
    echo "created: $login"
  fi
  IFS=';' read -ra group_list <<< "$groups"
  for group in "${group_list[@]}"; do
    getent group "$group" >/dev/null || groupadd "$group"
    usermod -aG "$group" "$login"
  done
  add_keys "$login" "$github"
done < "$roster"

echo "$created new account(s)"
