#!/usr/bin/env bash
# Terraform wrapper for CI: pick the workspace from the branch, plan, and post the
# summary; apply only on main with APPLY=1.
set -euo pipefail
cd "$(dirname "$0")/../infra"

branch="${CI_BRANCH:-$(git rev-parse --abbrev-ref HEAD)}"
case "$branch" in
  main) workspace=production ;;
  release/*) workspace=staging ;;
  *) workspace="preview-$(echo "$branch" | tr -c 'a-z0-9' '-' | cut -c1-20)" ;;
esac

export TF_IN_AUTOMATION=1
terraform init -input=false -backend-config="key=${workspace}.tfstate" >/dev/null
terraform workspace select "$workspace" 2>/dev/null || terraform workspace new "$workspace"

set +e
terraform plan -input=false -lock-timeout=120s -detailed-exitcode -out=tfplan
plan_rc=$?
set -e

case $plan_rc in
  0)
    echo "no changes for $workspace"
    exit 0
    ;;
  1)
    echo "plan failed for $workspace" >&2
    exit 1
    ;;
  2)
    summary=$(terraform show -no-color tfplan | grep -E '^Plan:' || true)
    echo "changes for ${workspace}: ${summary:-see the plan above}"
    ;;
esac

if [[ "$branch" == main && "${APPLY:-0}" == 1 ]]; then
  terraform apply -input=false -auto-approve tfplan
else
  echo "not applying (branch $branch, APPLY=${APPLY:-0})"
fi
