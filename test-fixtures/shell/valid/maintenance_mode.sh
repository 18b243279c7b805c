#!/bin/sh
# Switch the shop into or out of maintenance mode on all web nodes.
set -e
usage() { echo "usage: maintenance_mode.sh on|off|status" >&2; exit 2; }
[ $# -eq 1 ] || usage

NODES="web1 web2 web3"
FLAG=/srv/shop/shared/maintenance.flag

for node in $NODES; do
    case $1 in
        on)     ssh "$node" "touch $FLAG" && echo "$node: maintenance on" ;;
        off)    ssh "$node" "rm -f $FLAG" && echo "$node: maintenance off" ;;
        status) if ssh "$node" "test -e $FLAG"; then echo "$node: on"; else echo "$node: off"; fi ;;
        *)      usage ;;
    esac
done
