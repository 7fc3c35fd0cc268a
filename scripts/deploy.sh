#!/usr/bin/env bash
# One command to deploy Handover: with docker compose on one machine, or to Kubernetes from deploy/k8s or the Helm
# chart. Creates the namespace and the Secret from your .env, applies, waits for the migrations and the rollout,
# and prints the address.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

usage() {
  cat <<'USAGE'
Usage: scripts/deploy.sh compose|kubernetes|helm [options]

  compose      docker compose up -d --wait with deploy/compose.yaml (PostgreSQL, Meilisearch, mailpit)
  kubernetes   kubectl apply -k deploy/k8s, then the migration Job and the rollout
  helm         helm upgrade --install with deploy/helm/handover (the migration Job is a hook)

Options:
  --env-file FILE    settings and secrets (default .env; see .env.example). On Kubernetes it becomes the
                     Secret "handover"; it must set DATABASE_URL.
  -n, --namespace NS Kubernetes namespace (default handover)
  --image IMAGE      kubernetes: the image to run, repository:tag (default: deploy/k8s/kustomization.yaml)
  --tag TAG          helm: image tag (default: the chart's appVersion)
  --release NAME     helm: release name (default handover)
  --dry-run          kubernetes: print the manifests instead of applying them (needs kubectl only)
  -h, --help         this text

Exit codes: 0 deployed, 1 a step failed, 2 bad usage or a missing setting, 3 a missing tool.
USAGE
}

fail() { echo "deploy.sh: $1" >&2; exit "${2:-1}"; }
need() { command -v "$1" >/dev/null 2>&1 || fail "needs '$1' on PATH ($2)" 3; }

mode="${1:-}"
case "$mode" in
  -h | --help) usage; exit 0 ;;
  compose | kubernetes | helm) shift ;;
  "") usage >&2; fail "say where to deploy: compose, kubernetes or helm" 2 ;;
  *) usage >&2; fail "unknown target: $mode" 2 ;;
esac
env_file=.env namespace=handover image="" tag="" release=handover dry=""
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --env-file) env_file="${2:?--env-file needs a file}"; shift 2 ;;
    -n | --namespace) namespace="${2:?$1 needs a value}"; shift 2 ;;
    --image) image="${2:?--image needs repository:tag}"; shift 2 ;;
    --tag) tag="${2:?--tag needs a value}"; shift 2 ;;
    --release) release="${2:?--release needs a value}"; shift 2 ;;
    --dry-run) dry=yes; shift ;;
    *) usage >&2; fail "unknown argument: $1" 2 ;;
  esac
done
if [ -n "$image" ]; then
  [[ "$image" =~ ^[^:@[:space:]]+(:[A-Za-z0-9_][A-Za-z0-9_.-]*|@sha256:[0-9a-f]{64})$ ]] ||
    fail "--image needs a pinned tag or digest (repository:1.2.3), not '$image'" 2
  [[ "$image" != *:latest ]] || fail "--image must not use the 'latest' tag: pin a version" 2
fi
[ "$tag" != latest ] || fail "--tag must not be 'latest': pin a version" 2

# The settings file must exist and name a database (compose builds DATABASE_URL from POSTGRES_PASSWORD instead).
require_env_file() {
  [ -f "$env_file" ] || fail "no settings file $env_file (copy .env.example and fill it in, or pass --env-file)" 2
  grep -Eq "^$1=.+" "$env_file" || fail "$env_file does not set $1" 2
}

render_k8s() {
  local manifests
  manifests=$(kubectl kustomize "$root/deploy/k8s") || fail "kubectl kustomize deploy/k8s failed" 1
  if [ -n "$image" ]; then
    # Replaces the application image only; the backup image keeps the kustomization's pin.
    manifests=$(sed -E "s#^( +image: )[^ ]*/handover:[^ ]+\$#\\1$image#" <<<"$manifests")
  fi
  printf '%s\n' "$manifests"
}

namespace_and_secret() {
  kubectl create namespace "$namespace" --dry-run=client -o yaml | kubectl apply -f -
  kubectl label namespace "$namespace" pod-security.kubernetes.io/enforce=restricted --overwrite
  kubectl -n "$namespace" create secret generic handover --from-env-file="$env_file" --dry-run=client -o yaml |
    kubectl -n "$namespace" apply -f -
}

case "$mode" in
  compose)
    need docker "https://docs.docker.com/engine/install/"
    require_env_file POSTGRES_PASSWORD
    docker compose --env-file "$env_file" -f "$root/deploy/compose.yaml" up -d --build --wait
    port=$(sed -nE 's/^HANDOVER_PORT=([0-9]+)$/\1/p' "$env_file")
    echo "deploy.sh: Handover is up at http://localhost:${port:-8000}/ (mail catcher: http://localhost:8025/)"
    ;;
  kubernetes)
    need kubectl "apt-get install kubernetes-client"
    if [ -n "$dry" ]; then render_k8s; exit 0; fi
    require_env_file DATABASE_URL
    namespace_and_secret
    # A Job's template is immutable: the previous release's Job goes before this release's is applied.
    kubectl -n "$namespace" delete job handover-migrate --ignore-not-found
    render_k8s | kubectl -n "$namespace" apply -f -
    kubectl -n "$namespace" wait --for=condition=complete job/handover-migrate --timeout=10m ||
      fail "migrations failed: kubectl -n $namespace logs job/handover-migrate (the old pods keep serving)" 1
    kubectl -n "$namespace" rollout status deployment/handover --timeout=10m ||
      fail "rollout did not finish; scripts/rollback.sh app -n $namespace goes back" 1
    host=$(kubectl -n "$namespace" get ingress handover -o jsonpath='{.spec.rules[0].host}' 2>/dev/null || true)
    echo "deploy.sh: Handover is rolled out in $namespace${host:+ at https://$host/}"
    ;;
  helm)
    need helm "https://helm.sh/docs/intro/install/"
    need kubectl "apt-get install kubernetes-client"
    require_env_file DATABASE_URL
    namespace_and_secret
    helm upgrade --install "$release" "$root/deploy/helm/handover" -n "$namespace" \
      --set existingSecret=handover ${tag:+--set "image.tag=$tag"} --wait --timeout 10m ||
      fail "helm upgrade failed; scripts/rollback.sh app --helm -n $namespace --release $release goes back" 1
    host=$(kubectl -n "$namespace" get ingress "$release" -o jsonpath='{.spec.rules[0].host}' 2>/dev/null || true)
    echo "deploy.sh: release $release is rolled out in $namespace${host:+ at https://$host/}"
    ;;
esac
