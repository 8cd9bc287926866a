#!/usr/bin/env bash
# Gives the tests and the benchmark a PostgreSQL server of their own on 127.0.0.1, from Debian's postgresql
# package, and prints the Npgsql connection string of its maintenance database as the only line on stdout
# (everything else goes to stderr), so a caller can write cs=$(bash scripts/postgres.sh).
#
#   scripts/postgres.sh            the test server: port ${WORKFLOWS_PG_PORT:-55432}, folder ${WORKFLOWS_PG_DIR:-/tmp/workflows-postgres}
#   scripts/postgres.sh --durable  the benchmark's server: port ${WORKFLOWS_PG_DURABLE_PORT:-55433},
#                                  folder ${WORKFLOWS_PG_DURABLE_DIR:-/tmp/workflows-postgres-durable}
#
# The cluster (data/, socket/, server.log) lives outside the repository so it survives between runs on one
# machine; it belongs to the postgres user. Idempotent: initialises the cluster once, starts it when it is not
# running, and otherwise only checks that it answers. Exits 1, saying why, when the package is missing and
# cannot be installed (no root, no password-less sudo, apt-get failing).
set -euo pipefail

case "${1:-}" in
  "")
    durable=false
    folder=${WORKFLOWS_PG_DIR:-/tmp/workflows-postgres}
    port=${WORKFLOWS_PG_PORT:-55432}
    ;;
  --durable)
    durable=true
    folder=${WORKFLOWS_PG_DURABLE_DIR:-/tmp/workflows-postgres-durable}
    port=${WORKFLOWS_PG_DURABLE_PORT:-55433}
    ;;
  *)
    echo "usage: scripts/postgres.sh [--durable]" >&2
    exit 2
    ;;
esac
data=$folder/data
socket=$folder/socket
log=$folder/server.log

# Installing the package needs root; the cluster itself is the postgres user's, since the server refuses root.
sudo=()
privileged=true
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo=(sudo -n); else privileged=false; fi
fi

# The newest server installed, e.g. /usr/lib/postgresql/15/bin; empty when there is none.
server_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; fi
}

install_postgresql() {
  export DEBIAN_FRONTEND=noninteractive
  # The package lists are fetched only when apt does not know the package yet (a fresh machine has no lists).
  if ! apt-cache show postgresql >/dev/null 2>&1; then "${sudo[@]}" apt-get update -qq; fi
  # Stale lists name package versions the mirror no longer has: refresh them once and try again.
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends postgresql ||
    { "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq --no-install-recommends postgresql; }
}

if [ -z "$(server_bin)" ]; then
  if ! $privileged; then
    echo "scripts/postgres.sh: PostgreSQL's server (initdb, pg_ctl) is missing and installing it needs root (or password-less sudo)." >&2
    echo "Install it with: apt-get install -y postgresql" >&2
    exit 1
  fi
  echo "scripts/postgres.sh: installing Debian's postgresql package" >&2
  if ! install_postgresql >&2; then
    echo "scripts/postgres.sh: apt-get could not install postgresql (see above)." >&2
    exit 1
  fi
  if [ -z "$(server_bin)" ]; then
    echo "scripts/postgres.sh: apt-get installed postgresql but there is no /usr/lib/postgresql/<version>/bin/initdb." >&2
    exit 1
  fi
fi
if [ "$(id -un)" = postgres ]; then
  as_postgres=()
elif [ "$(id -u)" -eq 0 ]; then
  as_postgres=(runuser -u postgres --)
elif $privileged; then
  as_postgres=(sudo -n -u postgres --)
else
  echo "scripts/postgres.sh: the cluster in $folder runs as the postgres user, which needs root (or password-less sudo)." >&2
  exit 1
fi

if ! "${as_postgres[@]}" test -s "$data/PG_VERSION"; then
  bin=$(server_bin)
  echo "scripts/postgres.sh: creating the cluster in $folder with $bin/initdb" >&2
  "${sudo[@]}" mkdir -p "$folder" "$socket"
  "${sudo[@]}" chown postgres:postgres "$folder" "$socket"
  "${sudo[@]}" rm -rf "$data"
  # The password goes through a file only postgres reads, and it is gone once initdb has read it.
  password_file=$folder/password
  "${as_postgres[@]}" sh -c "umask 077 && printf postgres > '$password_file'"
  "${as_postgres[@]}" "$bin/initdb" -D "$data" -U postgres --pwfile="$password_file" \
    --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 --no-instructions >&2
  "${sudo[@]}" rm -f "$password_file"
fi

# A cluster keeps the major version it was made with: run the matching server.
cluster_version=$("${as_postgres[@]}" cat "$data/PG_VERSION")
bin=/usr/lib/postgresql/$cluster_version/bin
if [ ! -x "$bin/pg_ctl" ]; then
  echo "scripts/postgres.sh: $data was made by PostgreSQL $cluster_version, whose server is not installed; remove $folder to start afresh." >&2
  exit 1
fi

ready() { "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -d postgres -U postgres; }

if ! "${as_postgres[@]}" "$bin/pg_ctl" status -D "$data" >/dev/null 2>&1; then
  settings="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$socket"
  settings+=" -c max_connections=300 -c shared_buffers=128MB"
  if ! $durable; then
    # The tests make and drop many small databases and need no durability. These settings make every commit's
    # rate meaningless, so the benchmark runs its own cluster (--durable) with the defaults: fsync,
    # synchronous_commit and full_page_writes on.
    settings+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  fi
  echo "scripts/postgres.sh: starting PostgreSQL $cluster_version on 127.0.0.1:$port (log: $log)" >&2
  if ! "${as_postgres[@]}" "$bin/pg_ctl" start -D "$data" -l "$log" -w -t 60 -o "$settings" >&2; then
    echo "scripts/postgres.sh: the server did not start; the end of $log:" >&2
    "${sudo[@]}" tail -n 20 "$log" >&2 || true
    exit 1
  fi
fi

for _ in $(seq 1 60); do
  if ready; then
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres;Database=postgres"
    exit 0
  fi
  sleep 0.5
done
echo "scripts/postgres.sh: the server in $data runs but does not answer on 127.0.0.1:$port (log: $log)." >&2
exit 1
