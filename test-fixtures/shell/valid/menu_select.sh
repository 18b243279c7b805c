#!/bin/bash
# Small operator menu for the support team's jump host.
PS3="Choose an action: "
options=("Tail API logs" "Restart worker" "Show queue depth" "Quit")

select choice in "${options[@]}"; do
    case $REPLY in
        1)
            sudo journalctl -u api -f -n 50
            ;;
        2)
            read -r -p "Really restart the worker? [y/N] " yn
            if [[ $yn == [Yy] ]]; then
                sudo systemctl restart worker && echo "worker restarted"
            fi
            ;;
        3)
            redis-cli -h queue.internal LLEN jobs:default
            ;;
        4)
            break
            ;;
        *)
            echo "invalid choice '$REPLY' ($choice)"
            ;;
    esac
done
