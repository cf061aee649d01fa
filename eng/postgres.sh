#!/usr/bin/env bash
# A throw-away PostgreSQL server for the Accountability.Storage.PostgreSql tests.
#
#   eval "$(bash eng/postgres.sh start)"   # prints export lines: ACCOUNTABILITY_POSTGRES, ACCOUNTABILITY_POSTGRES_DIR
#   dotnet test tests/Accountability.Storage.PostgreSql.Tests -c Release
#   bash eng/postgres.sh stop              # stops the server and deletes its cluster
#
# start: finds pg_ctl/initdb (PATH, then /usr/lib/postgresql/*/bin), installs the Debian `postgresql` package with
# apt-get when they are missing, initialises a cluster in a new temporary directory (as the `postgres` system user when
# run as root: the server refuses to run as root), starts it on 127.0.0.1 on a free port with its socket in that
# directory, creates the database `accountability` and prints the connection string as shell export lines on stdout
# (everything else goes to stderr). The cluster directory is also remembered in $TMPDIR/accountability-postgres.last.
# stop [dir]: stops the server of dir (or $ACCOUNTABILITY_POSTGRES_DIR, or the last one started) and deletes it.
set -euo pipefail

last_file="${TMPDIR:-/tmp}/accountability-postgres.last"
log() { echo "postgres.sh: $*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo > /dev/null; then sudo "$@"
  else log "need root (or sudo) to run: $*"; exit 1
  fi
}

find_bin() {
  local dir
  if command -v pg_ctl > /dev/null && command -v initdb > /dev/null; then
    # Follow links (/usr/local/bin/pg_ctl -> /usr/lib/postgresql/NN/bin/pg_ctl): createdb lives beside the real one.
    dir="$(dirname "$(readlink -f "$(command -v initdb)")")"
    if [ -x "$dir/createdb" ]; then
      echo "$dir"
      return 0
    fi
  fi
  # Debian keeps the server binaries out of PATH; take the newest version installed.
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V -r); do
    if [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

# Runs a command as the cluster's owner: the postgres system user when we are root, ourselves otherwise.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 40000))
    # Nothing answers on it: connecting fails.
    if ! (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
      echo "$port"
      return 0
    fi
  done
  log "no free port found"
  return 1
}

start() {
  local bin
  if ! bin="$(find_bin)"; then
    log "pg_ctl/initdb not found: installing the postgresql package with apt-get"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    bin="$(find_bin)" || { log "postgresql installed but pg_ctl/initdb still not found"; exit 1; }
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres > /dev/null 2>&1; then
    useradd --system --user-group --home-dir /nonexistent --shell /usr/sbin/nologin postgres
  fi

  local dir port
  dir="$(mktemp -d "${TMPDIR:-/tmp}/accountability-postgres.XXXXXX")"
  chmod 755 "$dir"
  mkdir "$dir/data" "$dir/socket"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir/data" "$dir/socket"; fi
  port="$(free_port)"
  log "initialising a cluster in $dir/data ($bin)"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 > "$dir/initdb.log" 2>&1 \
    || as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C > "$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  touch "$dir/server.log"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir/server.log"; fi
  # Local only; fsync and synchronous_commit stay at their durable defaults (the kill tests rely on them).
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/socket -c max_connections=200" start >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "$port" > "$dir/port"
  echo "$bin" > "$dir/bin"
  echo "$dir" > "$last_file"
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres accountability || { stop "$dir"; exit 1; }
  local connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=accountability"
  log "PostgreSQL is running on 127.0.0.1:$port (cluster $dir)"
  echo "export ACCOUNTABILITY_POSTGRES='$connection'"
  echo "export ACCOUNTABILITY_POSTGRES_DIR='$dir'"
}

stop() {
  local dir="${1:-${ACCOUNTABILITY_POSTGRES_DIR:-}}"
  if [ -z "$dir" ] && [ -f "$last_file" ]; then dir="$(cat "$last_file")"; fi
  if [ -z "$dir" ] || [ ! -d "$dir/data" ]; then
    log "no cluster to stop"
    return 0
  fi
  local bin
  bin="$(cat "$dir/bin" 2> /dev/null || find_bin)"
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || log "the server of $dir was not running"
  rm -rf "$dir"
  if [ -f "$last_file" ] && [ "$(cat "$last_file")" = "$dir" ]; then rm -f "$last_file"; fi
  log "stopped and deleted $dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop [cluster-dir]" >&2; exit 2 ;;
esac
