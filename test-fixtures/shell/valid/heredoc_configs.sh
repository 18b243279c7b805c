#!/usr/bin/env bash
# Provision a reverse proxy for one app: nginx site, systemd unit and logrotate rule,
# all written from here-documents. Variables expand in the unquoted ones only.
set -euo pipefail

APP="${1:?usage: heredoc_configs.sh APP DOMAIN PORT}"
DOMAIN="${2:?missing domain}"
PORT="${3:?missing port}"
USER_NAME="svc-${APP}"

cat > "/etc/nginx/sites-available/${APP}.conf" <<EOF
server {
    listen 80;
    server_name ${DOMAIN};
    return 301 https://\$host\$request_uri;
}

server {
    listen 443 ssl http2;
    server_name ${DOMAIN};
    ssl_certificate     /etc/letsencrypt/live/${DOMAIN}/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/${DOMAIN}/privkey.pem;

    location / {
        proxy_pass http://127.0.0.1:${PORT};
        proxy_set_header Host \$host;
        proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }
}
EOF
ln -sfn "/etc/nginx/sites-available/${APP}.conf" "/etc/nginx/sites-enabled/${APP}.conf"

cat > "/etc/systemd/system/${APP}.service" <<UNIT
[Unit]
Description=${APP} web service
After=network-online.target

[Service]
User=${USER_NAME}
WorkingDirectory=/srv/${APP}/current
ExecStart=/srv/${APP}/current/bin/server --port ${PORT}
Restart=on-failure
Environment=APP_ENV=production

[Install]
WantedBy=multi-user.target
UNIT

# A quoted delimiter keeps the text literal: postrotate runs later, in its own shell.
cat > "/etc/logrotate.d/${APP}" <<'ROTATE'
/var/log/app/*.log {
    daily
    rotate 14
    compress
    missingok
    postrotate
        systemctl kill -s USR1 "$(basename "$1" .log).service" || true
    endscript
}
ROTATE

if ! id "$USER_NAME" >/dev/null 2>&1; then
	useradd --system --home "/srv/${APP}" --shell /usr/sbin/nologin "$USER_NAME"
fi

# <<- strips leading tabs, so the body can be indented with the code.
if nginx -t 2>/dev/null; then
	cat <<-DONE
		nginx config for ${DOMAIN} is valid.
		next: systemctl daemon-reload && systemctl enable --now ${APP}
	DONE
	systemctl reload nginx
else
	nginx -t
	exit 1
fi
