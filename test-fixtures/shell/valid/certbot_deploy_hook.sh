#!/bin/bash
# certbot --deploy-hook: copy renewed certificates to the services that need them.
# certbot sets RENEWED_LINEAGE and RENEWED_DOMAINS.
set -eu
lineage="${RENEWED_LINEAGE:?run from certbot}"

for domain in $RENEWED_DOMAINS; do
    case "$domain" in
        mail.*)
            install -m 0640 -g mail "$lineage/fullchain.pem" /etc/postfix/tls/cert.pem
            install -m 0640 -g mail "$lineage/privkey.pem" /etc/postfix/tls/key.pem
            systemctl reload postfix dovecot
            ;;
        mqtt.*)
            cat "$lineage/fullchain.pem" "$lineage/privkey.pem" > /etc/mosquitto/certs/server.pem
            chmod 0600 /etc/mosquitto/certs/server.pem
            systemctl restart mosquitto
            ;;
        *)
            systemctl reload nginx
            ;;
    esac
    logger -t certbot-hook "deployed certificate for $domain"
done
