#!/usr/bin/env bash
# Resize and watermark product photos for the web shop.
# usage: resize_images.sh [-w width] [-q quality] [-o outdir] [-n] [-v] file...
set -euo pipefail

width=1200
quality=82
outdir="./web"
dry_run=false
verbose=0

usage() {
  cat <<USAGE
usage: ${0##*/} [-w width] [-q quality] [-o outdir] [-n] [-v] file...
  -w width    longest edge in pixels (default: $width)
  -q quality  JPEG quality 1-100 (default: $quality)
  -o outdir   where resized images go (default: $outdir)
  -n          show what would be done
  -v          verbose; repeat for more
USAGE
}

while getopts ':w:q:o:nvh' opt; do
  case "$opt" in
    w) width="$OPTARG" ;;
    q) quality="$OPTARG" ;;
    o) outdir="$OPTARG" ;;
    n) dry_run=true ;;
    v) verbose=$((verbose + 1)) ;;
    h) usage; exit 0 ;;
    :) echo "option -$OPTARG needs a value" >&2; usage >&2; exit 2 ;;
    \?) echo "unknown option -$OPTARG" >&2; usage >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))

if [[ $# -eq 0 ]]; then
  usage >&2
  exit 2
fi
if ! [[ $width =~ ^[0-9]+$ ]] || (( width < 100 || width > 6000 )); then
  echo "width must be a number between 100 and 6000" >&2
  exit 2
fi
if ! [[ $quality =~ ^[0-9]+$ ]] || (( quality < 1 || quality > 100 )); then
  echo "quality must be between 1 and 100" >&2
  exit 2
fi

$dry_run || mkdir -p "$outdir"
count=0
for src in "$@"; do
  if [[ ! -f $src ]]; then
    echo "skipping $src: not a file" >&2
    continue
  fi
  base=$(basename "${src%.*}")
  dest="$outdir/${base}-${width}.jpg"
  (( verbose > 0 )) && echo "$src -> $dest"
  if $dry_run; then
    continue
  fi
  convert "$src" -auto-orient -resize "${width}x${width}>" -strip \
    -gravity southeast -pointsize 18 -fill 'rgba(255,255,255,0.6)' -annotate +12+12 'acme shop' \
    -quality "$quality" "$dest"
  (( verbose > 1 )) && identify "$dest"
  count=$((count + 1))
done
echo "resized $count image(s)"
