#!/usr/bin/env bash
# pre-push hook: run the fast test suite before pushing to main or release branches,
# and never allow a force push there.
protected='^refs/heads/(main|release/.+)$'
zero=0000000000000000000000000000000000000000

while read -r local_ref local_sha remote_ref remote_sha; do
    if [[ ! $remote_ref =~ $protected ]]; then
        continue
    fi
    if [[ $local_sha == "$zero" ]]; then
        echo "refusing to delete ${remote_ref#refs/heads/}" >&2
        exit 1
    fi
    if [[ $remote_sha != "$zero" ]] && ! git merge-base --is-ancestor "$remote_sha" "$local_sha"; then
        echo "refusing a non-fast-forward push to ${remote_ref#refs/heads/}" >&2
        exit 1
    fi
    echo "running unit tests before pushing $local_ref"
    if ! make test-fast >/tmp/pre-push.log 2>&1; then
        tail -n 40 /tmp/pre-push.log
        echo "tests failed; push aborted" >&2
        exit 1
    fi
done

exit 0
