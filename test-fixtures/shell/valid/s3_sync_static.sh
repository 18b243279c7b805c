#!/usr/bin/env bash
# Publish the static site: hashed assets cached for a year, HTML never cached,
# then invalidate the CDN paths that changed.
set -euo pipefail

bucket="s3://${SITE_BUCKET:?SITE_BUCKET is not set}"
distribution="${CF_DISTRIBUTION_ID:?CF_DISTRIBUTION_ID is not set}"
site_dir="public"

[[ -f "$site_dir/index.html" ]] || { echo "build the site first (npm run build)"; exit 1; }

aws s3 sync "$site_dir" "$bucket" \
  --exclude '*.html' --exclude 'sitemap.xml' \
  --cache-control 'public, max-age=31536000, immutable' \
  --delete

changed=$(aws s3 sync "$site_dir" "$bucket" \
  --exclude '*' --include '*.html' --include 'sitemap.xml' \
  --cache-control 'no-cache' --content-type 'text/html; charset=utf-8' \
  | awk '/^upload:/ { sub("^.*" bucket, "", $4); print $4 }' bucket="$bucket")

if [[ -n "$changed" ]]; then
  mapfile -t paths <<< "$changed"
  echo "invalidating ${#paths[@]} path(s)"
  aws cloudfront create-invalidation --distribution-id "$distribution" --paths "${paths[@]}" >/dev/null
else
  echo "no HTML changed; nothing to invalidate"
fi
