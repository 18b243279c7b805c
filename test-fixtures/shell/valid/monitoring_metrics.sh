#!/bin/bash
# Push a few batch-job metrics to the Prometheus pushgateway after each run.
gateway="${PUSHGATEWAY_URL:-http://pushgateway.monitoring:9091}"
job="invoice_export"
started=$(date +%s)

./bin/export-invoices --since yesterday > /tmp/export.out 2>&1
rc=$?
finished=$(date +%s)
rows=$(grep -c '^exported ' /tmp/export.out)
read -r failed_rows _ <<< "$(grep -Eo '[0-9]+ failed' /tmp/export.out | tail -n 1)"

cat <<EOF | curl -s --data-binary @- "${gateway}/metrics/job/${job}/instance/$(hostname -s)"
# TYPE batch_last_run_seconds gauge
batch_last_run_seconds ${finished}
# TYPE batch_duration_seconds gauge
batch_duration_seconds $((finished - started))
# TYPE batch_rows_total gauge
batch_rows_total ${rows:-0}
# TYPE batch_failed_rows gauge
batch_failed_rows ${failed_rows:-0}
# TYPE batch_exit_code gauge
batch_exit_code ${rc}
EOF

exit $rc
