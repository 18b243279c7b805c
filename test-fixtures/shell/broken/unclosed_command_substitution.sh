# expect: unterminated-quote at line 7 (the $( of the timestamp is never closed)
# Record how long the data import takes.
set -u
DATA_DIR=/srv/import/incoming

echo "import started"
start=$(date +%s
./bin/import --dir "$DATA_DIR" --batch-size 500
end=$(date +%s)
echo "import took $((end - start)) seconds"
