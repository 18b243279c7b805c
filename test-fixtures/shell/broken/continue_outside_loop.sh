# expect: break-outside-loop at line 10 ('continue' where no loop is running)
# Send the weekly usage report; skip quietly when there is no data yet.
set -u
REPORT=/srv/reports/usage-$(date +%G-W%V).csv

echo "weekly usage report"
if [ ! -s "$REPORT" ]; then
    echo "no data for this week yet"
    # move on to the next step of the cron job
    continue
fi
mail -s "weekly usage" -a "$REPORT" team@example.com < /dev/null
