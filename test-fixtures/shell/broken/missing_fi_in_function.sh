# expect: unclosed-block at line 19 ('if' at line 12 is never closed before the function's '}')
# Rotate the application's API token and store it in the secrets file.
set -euo pipefail

SECRETS_FILE=/etc/ledger/secrets.env

rotate_token() {
  local new_token
  new_token=$(openssl rand -hex 32)
  cp "$SECRETS_FILE" "$SECRETS_FILE.bak"
  sed -i "s/^API_TOKEN=.*/API_TOKEN=${new_token}/" "$SECRETS_FILE"
  if ! grep -q "^API_TOKEN=${new_token}$" "$SECRETS_FILE"; then
    echo "token was not written; restoring the backup" >&2
    mv "$SECRETS_FILE.bak" "$SECRETS_FILE"
    return 1

  rm -f "$SECRETS_FILE.bak"
  systemctl restart ledger-api
}

rotate_token
echo "token rotated"
