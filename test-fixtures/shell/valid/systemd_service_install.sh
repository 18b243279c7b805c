#!/bin/bash
# Install or upgrade the metrics-agent service from a release directory.
set -e
SRC_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PREFIX=/opt/metrics-agent
UNIT=/etc/systemd/system/metrics-agent.service

if [[ $(id -u) -ne 0 ]]; then
    exec sudo "$0" "$@"
fi

was_running=false
if systemctl is-active --quiet metrics-agent; then
    was_running=true
    systemctl stop metrics-agent
fi

install -d -m 0755 "$PREFIX/bin" "$PREFIX/etc" /var/lib/metrics-agent
install -m 0755 "$SRC_DIR/metrics-agent" "$PREFIX/bin/metrics-agent"
if [[ ! -f "$PREFIX/etc/agent.yaml" ]]; then
    install -m 0640 "$SRC_DIR/agent.example.yaml" "$PREFIX/etc/agent.yaml"
fi
id metrics >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin metrics
chown -R metrics: /var/lib/metrics-agent

cat > "$UNIT" <<EOF
[Unit]
Description=Metrics agent
After=network-online.target
Wants=network-online.target

[Service]
User=metrics
ExecStart=$PREFIX/bin/metrics-agent --config $PREFIX/etc/agent.yaml
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
EOF

systemctl daemon-reload
systemctl enable metrics-agent
if $was_running || [[ "${1:-}" == "--start" ]]; then
    systemctl start metrics-agent
fi
systemctl --no-pager status metrics-agent | head -n 5
