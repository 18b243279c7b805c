# expect: unclosed-test at line 9 ('[' is never given its closing ']')
# Prune docker images when the disk is getting full.
set -u
limit=80
usage=$(df --output=pcent /var/lib/docker | tail -n 1 | tr -dc '0-9')

echo "docker disk usage: ${usage}%"
# only prune when needed, it slows builds down afterwards
if [ "$usage" -ge "$limit" ; then
    docker image prune --all --force --filter "until=72h"
    docker builder prune --force --keep-storage 20GB
fi
