#!/usr/bin/env bash
# Convert the warehouse stock CSV export (sku;name;qty;location) to JSON lines for the import API.
# Skips the header, trims blanks, escapes quotes and reports rows it cannot read.
set -u

input="${1:?usage: csv_to_json.sh stock.csv [out.jsonl]}"
output="${2:-/dev/stdout}"
bad=0
line_no=0

json_escape() {
  local s="$1"
  s=${s//\\/\\\\}
  s=${s//\"/\\\"}
  printf '%s' "$s"
}

trim() {
  local s="$1"
  s="${s#"${s%%[![:space:]]*}"}"
  s="${s%"${s##*[![:space:]]}"}"
  printf '%s' "$s"
}

{
  read -r _header
  while IFS=';' read -r sku name qty location || [[ -n $sku ]]; do
    line_no=$((line_no + 1))
    sku=$(trim "$sku")
    qty=$(trim "$qty")
    if [[ -z $sku || ! $qty =~ ^-?[0-9]+$ ]]; then
      printf 'row %d: cannot read "%s;%s;%s"\n' "$line_no" "$sku" "$qty" "$location" >&2
      bad=$((bad + 1))
      continue
    fi
    printf '{"sku":"%s","name":"%s","qty":%d,"location":"%s"}\n' \
      "$(json_escape "$sku")" "$(json_escape "$(trim "$name")")" "$qty" "$(json_escape "$(trim "$location")")"
  done
} < "$input" > "$output"

echo "converted $((line_no - bad)) of $line_no rows" >&2
[[ $bad -eq 0 ]]
