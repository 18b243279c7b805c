#!/usr/bin/env bash
# Transcode a directory of videos, at most N at a time, and report the failures.
set -uo pipefail

src="${1:?usage: parallel_jobs.sh SRC_DIR DEST_DIR [JOBS]}"
dest="${2:?usage: parallel_jobs.sh SRC_DIR DEST_DIR [JOBS]}"
max_jobs="${3:-$(nproc)}"
mkdir -p "$dest"

declare -A pid_file=()
failed=()

reap() {
  local pid
  for pid in "${!pid_file[@]}"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      if ! wait "$pid"; then
        failed+=("${pid_file[$pid]}")
      fi
      unset 'pid_file[$pid]'
    fi
  done
}

shopt -s nullglob
for input in "$src"/*.mov "$src"/*.mp4; do
  while (( ${#pid_file[@]} >= max_jobs )); do
    sleep 0.5
    reap
  done
  output="$dest/$(basename "${input%.*}").webm"
  ffmpeg -loglevel error -y -i "$input" -c:v libvpx-vp9 -b:v 0 -crf 33 -c:a libopus "$output" &
  pid_file[$!]="$input"
done

while (( ${#pid_file[@]} > 0 )); do
  sleep 0.5
  reap
done

if (( ${#failed[@]} )); then
  printf 'failed: %s\n' "${failed[@]}" >&2
  exit 1
fi
echo "all videos transcoded into $dest"
