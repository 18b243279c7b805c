# expect: syntax at line 8 (nothing between 'then' and 'else')
# Warn when the certificate bundle on disk differs from the one in the repository.
BUNDLE=/etc/ssl/certs/internal-ca.pem
REPO_BUNDLE=./certs/internal-ca.pem

if cmp -s "$BUNDLE" "$REPO_BUNDLE"; then
    # TODO: nothing to do when they match
else
    echo "internal CA bundle differs from the repository copy" >&2
    diff <(openssl x509 -in "$BUNDLE" -noout -subject) <(openssl x509 -in "$REPO_BUNDLE" -noout -subject)
fi
