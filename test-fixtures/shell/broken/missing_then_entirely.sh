# expect: missing-then at line 10 ('if' at line 7 has no 'then' at all)
# Promote the newest nightly build when all its smoke tests passed.
set -e
build=$(ls -1t /srv/builds | head -n 1)
results="/srv/builds/$build/smoke-results.txt"

if grep -q FAILED "$results"
    echo "smoke tests failed for $build; not promoting" >&2
    exit 1
fi
ln -sfn "/srv/builds/$build" /srv/builds/current
echo "promoted $build"
