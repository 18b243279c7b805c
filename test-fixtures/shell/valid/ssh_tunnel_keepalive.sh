#!/usr/bin/env bash
# Keep a reverse SSH tunnel to the bastion open; restart it with growing pauses.
remote_port=${REMOTE_PORT:-22022}
bastion=${BASTION:-tunnel@bastion.example.net}
pause=5

while true; do
  echo "$(date -Is) opening tunnel ${bastion}:${remote_port} -> localhost:22"
  ssh -N -T \
      -o ServerAliveInterval=30 -o ServerAliveCountMax=3 \
      -o ExitOnForwardFailure=yes \
      -R "${remote_port}:localhost:22" "$bastion"
  rc=$?
  echo "$(date -Is) tunnel closed (exit $rc); reconnecting in ${pause}s"
  sleep "$pause"
  (( pause < 300 )) && pause=$(( pause * 2 ))
done
