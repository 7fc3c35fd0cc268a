#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a named database, after checking its .sha256 file.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/restore.sh --file DUMP --database NAME [--force] [--jobs N]

Checks DUMP against DUMP.sha256, creates the database NAME on the server DATABASE_URL points at, and restores the
dump into it. DATABASE_URL only says which server and credentials to use; its own database is not touched unless
it is NAME. An existing NAME is refused unless --force is given, which drops it first (closing its connections).

  --file DUMP        a handover-*.dump file, with DUMP.sha256 beside it
  --database NAME    the database to restore into (letters, digits and _; e.g. handover_restored)
  --force            replace NAME if it exists
  --jobs N           parallel restore jobs (default 4)
  -h, --help         this text

Prints the DATABASE_URL of the restored database at the end; point Handover at it to switch.
Needs: pg_restore and psql (the dump's major version or newer), sha256sum.
Exit codes: 0 done, 1 the restore failed, 2 bad usage or a missing variable, 3 a missing tool,
            4 NAME exists (and no --force), 5 the checksum does not match.
USAGE
}

fail() { echo "restore.sh: $1" >&2; exit "${2:-1}"; }
need() { command -v "$1" >/dev/null 2>&1 || fail "needs '$1' on PATH ($2)" 3; }

file="" database="" force="" jobs=4
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --file) file="${2:?--file needs a value}"; shift 2 ;;
    --database) database="${2:?--database needs a value}"; shift 2 ;;
    --force) force=yes; shift ;;
    --jobs) jobs="${2:?--jobs needs a value}"; shift 2 ;;
    *) usage >&2; fail "unknown argument: $1" 2 ;;
  esac
done

[ -n "$file" ] || fail "--file is required (see --help)" 2
[ -n "$database" ] || fail "--database is required (see --help)" 2
[[ "$database" =~ ^[A-Za-z_][A-Za-z0-9_]{0,62}$ ]] || fail "--database may hold letters, digits and _ only" 2
[[ "$jobs" =~ ^[1-9][0-9]?$ ]] || fail "--jobs must be a number from 1 to 99" 2
[ -n "${DATABASE_URL:-}" ] || fail "DATABASE_URL is not set (it names the server and credentials to restore with)" 2
need pg_restore "apt-get install postgresql-client-15"
need psql "apt-get install postgresql-client-15"
need sha256sum "coreutils"
[ -f "$file" ] || fail "no such backup: $file" 2
[ -f "$file.sha256" ] || fail "no checksum file $file.sha256; refusing to restore an unverified backup" 5

# The checksum first: a truncated or altered dump is never restored, not even partly.
expected=$(cut -d' ' -f1 "$file.sha256")
actual=$(sha256sum "$file" | cut -d' ' -f1)
[ "$expected" = "$actual" ] || fail "checksum mismatch for $file (expected $expected, got $actual); not restoring" 5
echo "restore.sh: checksum ok ($actual)"

# The same server, credentials and parameters as DATABASE_URL, with another database name.
base="${DATABASE_URL%%\?*}"
query="${DATABASE_URL#"$base"}"
server="${base%/*}"
target_url="$server/$database$query"
admin_url="$server/postgres$query"

exists=$(psql "$admin_url" -v ON_ERROR_STOP=1 -v name="$database" -At <<<"SELECT 1 FROM pg_database WHERE datname = :'name'")
if [ "$exists" = 1 ]; then
  [ -n "$force" ] || fail "database $database exists; refusing to overwrite it (pass --force to replace it)" 4
  echo "restore.sh: dropping existing database $database (--force)"
  psql "$admin_url" -v ON_ERROR_STOP=1 -qc "DROP DATABASE \"$database\" WITH (FORCE)"
fi
psql "$admin_url" -v ON_ERROR_STOP=1 -qc "CREATE DATABASE \"$database\""

started=$(date +%s.%N)
# --no-owner/--no-acl: the restored objects belong to the restoring role, so a dump restores under any account.
if ! pg_restore --dbname="$target_url" --no-owner --no-acl --exit-on-error --jobs="$jobs" "$file"; then
  fail "pg_restore failed; database $database is incomplete: drop it, or rerun with --force" 1
fi
seconds=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
echo "restore.sh: restored $file into $database in ${seconds}s"
echo "restore.sh: DATABASE_URL=${target_url/\/\/*@///***@}"
