# expect: undefined-function 'cleanup_old_snapshots' at line 28 (the function is defined as cleanup_old_snapshot)
#!/usr/bin/env bash
# Take an LVM snapshot of the data volume and keep the last three.
set -euo pipefail

VG=vg0
LV=data
KEEP=3

create_snapshot() {
    local name="${LV}_snap_$(date +%Y%m%d%H%M)"
    lvcreate --size 10G --snapshot --name "$name" "/dev/${VG}/${LV}"
    echo "created $name"
}

cleanup_old_snapshot() {
    local snapshots
    mapfile -t snapshots < <(lvs --noheadings -o lv_name "$VG" | awk '{print $1}' | grep "^${LV}_snap_" | sort)
    local excess=$(( ${#snapshots[@]} - KEEP ))
    local i
    for (( i = 0; i < excess; i++ )); do
        lvremove -f "/dev/${VG}/${snapshots[$i]}"
    done
}

main() {
    create_snapshot
    cleanup_old_snapshots
}

main "$@"
