# expect: unterminated-heredoc at line 9 (the closing EOF is indented, so it never ends the here-document)
#!/bin/bash
# Write the nightly job's crontab entry for the deploy user.
set -e

install_cron() {
    local schedule="15 2 * * *"
    local job="/srv/app/bin/nightly.sh"
    crontab -u deploy - <<EOF
MAILTO=ops@example.com
${schedule} ${job} >> /var/log/nightly.log 2>&1
    EOF
    echo "crontab installed for deploy"
}

install_cron
