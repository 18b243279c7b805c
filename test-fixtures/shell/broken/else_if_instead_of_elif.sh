# expect: unclosed-block at line 20 (the 'else if' at line 10 opens a second if that is never closed)
# Decide how much to scale the worker pool from the queue depth.
depth=$(redis-cli -h queue.internal LLEN jobs)
current=$(kubectl get deployment worker -o jsonpath='{.spec.replicas}')

if [ "$depth" -gt 5000 ]; then
    wanted=20
elif [ "$depth" -gt 1000 ]; then
    wanted=10
else if [ "$depth" -lt 50 ]; then
    wanted=2
else
    wanted=$current
fi

if [ "$wanted" -ne "$current" ]; then
    echo "queue depth $depth: scaling workers $current -> $wanted"
    kubectl scale deployment worker --replicas="$wanted"
fi
echo "done"
