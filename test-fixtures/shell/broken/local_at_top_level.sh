# expect: local-outside-function at line 6 ('local' in the main body of the script)
#!/bin/bash
# Archive the build logs of the last week into one tarball per day.
set -eu

local log_dir=/var/log/ci
archive_dir=/srv/ci-archive

for day in 1 2 3 4 5 6 7; do
    date_str=$(date -d "$day days ago" +%F)
    files=$(find "$log_dir" -name "*-${date_str}*.log")
    [ -z "$files" ] && continue
    tar -czf "$archive_dir/ci-logs-${date_str}.tar.gz" $files
    rm -f $files
done
