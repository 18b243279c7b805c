#!/usr/bin/env bash
# Compare installed packages between two servers and list what only one of them has.
set -o pipefail
left="${1:?usage: process_substitution_diff.sh HOST_A HOST_B}"
right="${2:?usage: process_substitution_diff.sh HOST_A HOST_B}"

packages() {
    ssh "$1" "dpkg-query -W -f='\${Package}=\${Version}\n'" | sort
}

readarray -t only_left < <(comm -23 <(packages "$left") <(packages "$right"))
readarray -t only_right < <(comm -13 <(packages "$left") <(packages "$right"))

echo "only on $left (${#only_left[@]}):"
printf '  %s\n' "${only_left[@]}"
echo "only on $right (${#only_right[@]}):"
printf '  %s\n' "${only_right[@]}"

diff -u <(packages "$left" | cut -d= -f1) <(packages "$right" | cut -d= -f1) > /dev/null && echo "same package names"
