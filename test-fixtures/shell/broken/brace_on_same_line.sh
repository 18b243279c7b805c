# expect: unclosed-block at line 7 ('}' on the same line without ';' is an argument of exit)
#!/bin/sh
# Upload the nightly report to the finance share.
REPORT=/srv/reports/finance-$(date +%F).xlsx
SHARE=//fileserver/finance/reports

die() { echo "upload failed: $*" >&2; exit 1 }

[ -f "$REPORT" ] || die "no report for today"
smbclient "$SHARE" -A /etc/samba/finance.creds -c "put $REPORT $(basename "$REPORT")" || die "smbclient error"
echo "uploaded $(basename "$REPORT")"
