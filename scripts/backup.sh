#!/usr/bin/env bash
# Full logical backup of Handover's PostgreSQL database: pg_dump custom format (compressed), a .sha256 file beside
# it, optional upload to S3-compatible storage, and retention (default: full backups are kept 30 days).
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/backup.sh [options]

Backs up the database named by DATABASE_URL into BACKUP_DIR as handover-<UTC time>.dump plus a .sha256 file,
uploads both when BACKUP_S3_URI is set, then deletes backups older than BACKUP_RETENTION_DAYS.

Options (each overrides the variable in brackets):
  --dir DIR              where to write the dump            [BACKUP_DIR, default ./backups]
  --retention-days N     delete dumps older than N days     [BACKUP_RETENTION_DAYS, default 30]
  --s3 URI               s3://bucket/prefix to upload to    [BACKUP_S3_URI, optional; needs the aws CLI]
  --s3-endpoint URL      S3-compatible endpoint             [BACKUP_S3_ENDPOINT, optional]
  --name NAME            file name instead of handover-<time>.dump
  -h, --help             this text

Needs: pg_dump (the server's major version or newer), sha256sum; aws for uploads.
Exit codes: 0 done, 1 the backup failed, 2 bad usage or a missing variable, 3 a missing tool.
USAGE
}

fail() { echo "backup.sh: $1" >&2; exit "${2:-1}"; }
need() { command -v "$1" >/dev/null 2>&1 || fail "needs '$1' on PATH ($2)" 3; }

dir="${BACKUP_DIR:-./backups}"
retention="${BACKUP_RETENTION_DAYS:-30}"
s3="${BACKUP_S3_URI:-}"
endpoint="${BACKUP_S3_ENDPOINT:-}"
name=""
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --dir) dir="${2:?--dir needs a value}"; shift 2 ;;
    --retention-days) retention="${2:?--retention-days needs a value}"; shift 2 ;;
    --s3) s3="${2:?--s3 needs a value}"; shift 2 ;;
    --s3-endpoint) endpoint="${2:?--s3-endpoint needs a value}"; shift 2 ;;
    --name) name="${2:?--name needs a value}"; shift 2 ;;
    *) usage >&2; fail "unknown argument: $1" 2 ;;
  esac
done

[ -n "${DATABASE_URL:-}" ] || fail "DATABASE_URL is not set (postgresql://user:password@host:5432/handover)" 2
[[ "$retention" =~ ^[1-9][0-9]*$ ]] || fail "BACKUP_RETENTION_DAYS must be a whole number of days, not '$retention'" 2
[ -z "$s3" ] || [[ "$s3" == s3://* ]] || fail "BACKUP_S3_URI must start with s3:// (got '$s3')" 2
need pg_dump "apt-get install postgresql-client-15"
need sha256sum "coreutils"
[ -z "$s3" ] || need aws "apt-get install awscli, or leave BACKUP_S3_URI unset"

name="${name:-handover-$(date -u +%Y%m%dT%H%M%SZ).dump}"
[[ "$name" =~ ^[A-Za-z0-9._-]+$ ]] || fail "--name may hold letters, digits, '.', '_' and '-' only" 2
mkdir -p "$dir"
file="$dir/$name"
[ ! -e "$file" ] || fail "$file exists already; not overwriting a backup" 1

started=$(date +%s.%N)
# Written under a temporary name and renamed when complete, so a crash never leaves a dump that looks whole.
pg_dump --format=custom --compress=6 --dbname="$DATABASE_URL" --file="$file.partial" ||
  { rm -f "$file.partial"; fail "pg_dump failed; no backup written" 1; }
mv "$file.partial" "$file"
(cd "$dir" && sha256sum "$name" >"$name.sha256")
seconds=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
bytes=$(wc -c <"$file" | tr -d ' ')
echo "backup.sh: wrote $file ($bytes bytes) in ${seconds}s, sha256 $(cut -d' ' -f1 "$file.sha256")"

s3args=()
[ -z "$endpoint" ] || s3args=(--endpoint-url "$endpoint")
if [ -n "$s3" ]; then
  aws "${s3args[@]}" s3 cp --only-show-errors "$file" "${s3%/}/$name"
  aws "${s3args[@]}" s3 cp --only-show-errors "$file.sha256" "${s3%/}/$name.sha256"
  echo "backup.sh: uploaded to ${s3%/}/$name"
fi

# Retention: whole minutes, so "30 days" means 30 x 24 hours whatever the time of day the job runs.
find "$dir" -maxdepth 1 -type f \( -name 'handover-*.dump' -o -name 'handover-*.dump.sha256' \) \
  -mmin +$((retention * 1440)) -print -delete | sed 's/^/backup.sh: expired /'
if [ -n "$s3" ]; then
  cutoff=$(date -u -d "-$retention days" +%F)
  aws "${s3args[@]}" s3 ls "${s3%/}/" | while read -r day _time _size key; do
    case "$key" in handover-*.dump | handover-*.dump.sha256) ;; *) continue ;; esac
    if [[ "$day" < "$cutoff" ]]; then
      aws "${s3args[@]}" s3 rm --only-show-errors "${s3%/}/$key" && echo "backup.sh: expired ${s3%/}/$key"
    fi
  done
fi
