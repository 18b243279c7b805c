#!/usr/bin/env bash
# Roll a new image out to a Kubernetes deployment and wait for it; undo the rollout
# when it does not become ready in time.
set -euo pipefail

NAMESPACE="${NAMESPACE:-payments}"
DEPLOYMENT="${1:?usage: k8s_rollout.sh DEPLOYMENT IMAGE}"
IMAGE="${2:?usage: k8s_rollout.sh DEPLOYMENT IMAGE}"
TIMEOUT="${TIMEOUT:-300s}"
kubectl_ns=(kubectl --namespace "$NAMESPACE")

current_image() {
  "${kubectl_ns[@]}" get deployment "$DEPLOYMENT" \
    -o jsonpath='{.spec.template.spec.containers[0].image}'
}

previous=$(current_image)
if [[ "$previous" == "$IMAGE" ]]; then
  echo "$DEPLOYMENT already runs $IMAGE"
  exit 0
fi

echo "updating $DEPLOYMENT: $previous -> $IMAGE"
container=$("${kubectl_ns[@]}" get deployment "$DEPLOYMENT" -o jsonpath='{.spec.template.spec.containers[0].name}')
"${kubectl_ns[@]}" set image "deployment/$DEPLOYMENT" "$container=$IMAGE"
"${kubectl_ns[@]}" annotate "deployment/$DEPLOYMENT" \
  kubernetes.io/change-cause="image $IMAGE by ${USER:-ci} at $(date -u +%FT%TZ)" --overwrite

if ! "${kubectl_ns[@]}" rollout status "deployment/$DEPLOYMENT" --timeout="$TIMEOUT"; then
  echo "rollout did not finish within $TIMEOUT; recent events:" >&2
  "${kubectl_ns[@]}" get events --sort-by=.lastTimestamp | tail -n 20 >&2
  "${kubectl_ns[@]}" rollout undo "deployment/$DEPLOYMENT"
  "${kubectl_ns[@]}" rollout status "deployment/$DEPLOYMENT" --timeout="$TIMEOUT"
  exit 1
fi

ready=$("${kubectl_ns[@]}" get deployment "$DEPLOYMENT" -o jsonpath='{.status.readyReplicas}')
wanted=$("${kubectl_ns[@]}" get deployment "$DEPLOYMENT" -o jsonpath='{.spec.replicas}')
echo "$DEPLOYMENT: ${ready:-0}/${wanted} replicas ready on $IMAGE"
