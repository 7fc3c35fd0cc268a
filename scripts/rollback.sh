#!/usr/bin/env bash
# Rolls Handover back: the application to its previous (or a given) revision, the database to a backup or to a
# point in time, and says which applied migrations the release being rolled back to does not know.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

usage() {
  cat <<'USAGE'
Usage:
  scripts/rollback.sh app [--helm] [-n NAMESPACE] [--release NAME] [--to REVISION]
      Kubernetes: kubectl rollout undo deployment/NAME [--to-revision=REVISION], then waits for the rollout.
      --helm: helm rollback NAME [REVISION] --wait. Default namespace and name: handover.
      The database stays as it is: migrations are expand-then-contract, so the previous release runs on it.

  scripts/rollback.sh check --revision GIT_REV
      Lists the migrations applied to DATABASE_URL that the release GIT_REV does not have (it starts anyway;
      they were written to be ignored by older releases). Needs psql and git.

  scripts/rollback.sh db --backup DUMP --database NAME [--force]
      Restores a backup.sh dump into a new database NAME (scripts/restore.sh); then point DATABASE_URL at it.

  scripts/rollback.sh db --to-time TIME --base-backup DIR --wal-archive DIR --target-dir DIR
      Self-managed PostgreSQL: prepares TARGET-DIR, a copy of the base backup DIR (pg_basebackup) that replays
      archived WAL up to TIME ('2026-12-01 08:00:00+00') and then becomes a primary. Start it with
      pg_ctl -D TARGET-DIR start (as the postgres user, on a free port), check it, then switch DATABASE_URL.

  scripts/rollback.sh db --to-time TIME --cnpg-cluster NAME [-n NAMESPACE] [--dry-run]
      CloudNativePG: creates the cluster NAME-pitr-<time> recovered from NAME's object-store archive up to TIME.

Exit codes: 0 done, 1 the step failed, 2 bad usage or a missing variable, 3 a missing tool.
USAGE
}

fail() { echo "rollback.sh: $1" >&2; exit "${2:-1}"; }
need() { command -v "$1" >/dev/null 2>&1 || fail "needs '$1' on PATH ($2)" 3; }

rollback_app() {
  local helm="" namespace=handover release=handover revision=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --helm) helm=yes; shift ;;
      -n | --namespace) namespace="${2:?$1 needs a value}"; shift 2 ;;
      --release) release="${2:?--release needs a value}"; shift 2 ;;
      --to) revision="${2:?--to needs a revision number}"; shift 2 ;;
      *) fail "unknown argument for app: $1 (see --help)" 2 ;;
    esac
  done
  [ -z "$revision" ] || [[ "$revision" =~ ^[0-9]+$ ]] || fail "--to takes a revision number, not '$revision'" 2
  if [ -n "$helm" ]; then
    need helm "https://helm.sh/docs/intro/install/"
    helm -n "$namespace" history "$release" --max 5
    # shellcheck disable=SC2086 # an empty revision means "the previous one"
    helm -n "$namespace" rollback "$release" $revision --wait --timeout 10m
  else
    need kubectl "apt-get install kubernetes-client"
    kubectl -n "$namespace" rollout history "deployment/$release"
    kubectl -n "$namespace" rollout undo "deployment/$release" ${revision:+"--to-revision=$revision"}
    kubectl -n "$namespace" rollout status "deployment/$release" --timeout=10m
  fi
  echo "rollback.sh: $release in $namespace rolled back${revision:+ to revision $revision}"
}

check_migrations() {
  local revision=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --revision) revision="${2:?--revision needs a git revision}"; shift 2 ;;
      *) fail "unknown argument for check: $1 (see --help)" 2 ;;
    esac
  done
  [ -n "$revision" ] || fail "--revision is required (a tag or commit of the release to roll back to)" 2
  [ -n "${DATABASE_URL:-}" ] || fail "DATABASE_URL is not set" 2
  need psql "apt-get install postgresql-client-15"
  need git "apt-get install git"
  local known applied newer
  known=$(git -C "$here/.." ls-tree --name-only "$revision:prisma/migrations" | grep -E '^[0-9]{14}_' | sort) ||
    fail "cannot read prisma/migrations at $revision" 2
  applied=$(psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -Atc \
    'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1')
  newer=$(comm -13 <(printf '%s\n' "$known") <(printf '%s\n' "$applied") | sed '/^$/d')
  if [ -z "$newer" ]; then
    echo "rollback.sh: the database has no migration that $revision lacks"
  else
    echo "rollback.sh: applied migrations that $revision does not know (it ignores them and starts):"
    while read -r migration; do echo "  $migration"; done <<<"$newer"
  fi
}

pitr_local() {
  local time="$1" base="$2" archive="$3" target="$4"
  need pg_controldata "the PostgreSQL server binaries, e.g. /usr/lib/postgresql/15/bin on PATH"
  [ -f "$base/PG_VERSION" ] || fail "$base is not a base backup (no PG_VERSION); take one with pg_basebackup" 2
  [ -d "$archive" ] || fail "no WAL archive directory $archive" 2
  [ ! -e "$target" ] || fail "$target exists; choose a new directory (the base backup is copied into it)" 2
  cp -a "$base" "$target"
  chmod 700 "$target"
  rm -f "$target/postmaster.pid" "$target/standby.signal"
  # Settings in postgresql.auto.conf win over postgresql.conf; recovery.signal asks for targeted recovery.
  {
    echo "# written by scripts/rollback.sh: point-in-time recovery"
    echo "restore_command = 'cp \"$archive/%f\" \"%p\"'"
    echo "recovery_target_time = '$time'"
    echo "recovery_target_inclusive = off"
    echo "recovery_target_action = 'promote'"
    echo "archive_mode = off"
  } >>"$target/postgresql.auto.conf"
  touch "$target/recovery.signal"
  echo "rollback.sh: $target recovers to $time when started (pg_ctl -D $target start)"
}

pitr_cnpg() {
  local time="$1" cluster="$2" namespace="$3" dry="$4"
  need kubectl "apt-get install kubernetes-client"
  local name
  name="$cluster-pitr-$(date -u +%Y%m%d%H%M%S)"
  local manifest
  manifest=$(sed -e "s/^  name: handover-db-pitr$/  name: $name/" \
    -e "s/^      source: handover-db$/      source: $cluster/" \
    -e "s/^    - name: handover-db$/    - name: $cluster/" \
    -e "s/^        targetTime: .*/        targetTime: \"$time\"/" "$here/../deploy/k8s/cnpg/recovery-cluster.example.yaml")
  if [ -n "$dry" ]; then printf '%s\n' "$manifest"; return; fi
  printf '%s\n' "$manifest" | kubectl -n "$namespace" apply -f -
  kubectl -n "$namespace" wait --for=condition=Ready "cluster/$name" --timeout=60m
  echo "rollback.sh: $name is ready; point DATABASE_URL at $name-rw and restart Handover"
}

rollback_db() {
  local backup="" database="" force="" time="" base="" archive="" target="" cluster="" namespace=handover dry=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --backup) backup="${2:?--backup needs a file}"; shift 2 ;;
      --database) database="${2:?--database needs a name}"; shift 2 ;;
      --force) force=--force; shift ;;
      --to-time) time="${2:?--to-time needs a time}"; shift 2 ;;
      --base-backup) base="${2:?--base-backup needs a directory}"; shift 2 ;;
      --wal-archive) archive="${2:?--wal-archive needs a directory}"; shift 2 ;;
      --target-dir) target="${2:?--target-dir needs a directory}"; shift 2 ;;
      --cnpg-cluster) cluster="${2:?--cnpg-cluster needs a name}"; shift 2 ;;
      -n | --namespace) namespace="${2:?$1 needs a value}"; shift 2 ;;
      --dry-run) dry=yes; shift ;;
      *) fail "unknown argument for db: $1 (see --help)" 2 ;;
    esac
  done
  if [ -n "$backup" ]; then
    [ -z "$time" ] || fail "give --backup or --to-time, not both" 2
    [ -n "$database" ] || fail "--database is required with --backup (restore into a new database)" 2
    exec "$here/restore.sh" --file "$backup" --database "$database" ${force:+"$force"}
  fi
  [ -n "$time" ] || fail "give --backup DUMP or --to-time TIME (see --help)" 2
  date -d "$time" >/dev/null 2>&1 || fail "--to-time '$time' is not a time (e.g. '2026-12-01 08:00:00+00')" 2
  if [ -n "$cluster" ]; then
    pitr_cnpg "$time" "$cluster" "$namespace" "$dry"
  else
    if [ -z "$base" ] || [ -z "$archive" ] || [ -z "$target" ]; then
      fail "--to-time needs --cnpg-cluster NAME, or --base-backup, --wal-archive and --target-dir" 2
    fi
    pitr_local "$time" "$base" "$archive" "$target"
  fi
}

case "${1:-}" in
  -h | --help) usage ;;
  app) shift; rollback_app "$@" ;;
  check) shift; check_migrations "$@" ;;
  db) shift; rollback_db "$@" ;;
  "") usage >&2; exit 2 ;;
  *) usage >&2; fail "unknown command: $1" 2 ;;
esac
