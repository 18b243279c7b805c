#!/usr/bin/env bash
# Keep only the newest build of each branch in the artifacts directory.
shopt -s extglob nullglob
cd /srv/artifacts || exit 1

declare -A newest=()
for file in build-*.tar.gz; do
    if [[ $file =~ ^build-(.+)-([0-9]{8}T[0-9]{6})\.tar\.gz$ ]]; then
        branch=${BASH_REMATCH[1]}
        stamp=${BASH_REMATCH[2]}
        if [[ -z ${newest[$branch]:-} || $stamp > ${newest[$branch]} ]]; then
            newest[$branch]=$stamp
        fi
    fi
done

for branch in "${!newest[@]}"; do
    keep="build-${branch}-${newest[$branch]}.tar.gz"
    for old in build-"$branch"-+([0-9])T+([0-9]).tar.gz; do
        [[ $old == "$keep" ]] || rm -v -- "$old"
    done
done
rm -fv -- !(build-*).tmp
