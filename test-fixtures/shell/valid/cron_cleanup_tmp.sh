#!/bin/sh
# /etc/cron.daily/cleanup-uploads: drop abandoned multipart uploads older than two days.
find /srv/uploads/tmp -type f -mtime +2 -delete
find /srv/uploads/tmp -mindepth 1 -type d -empty -delete
logger -t cleanup-uploads "cleaned /srv/uploads/tmp"
