# shellcheck shell=bash
# Sourced by scripts/run and scripts/test: when DATABASE_URL is unset, prepare a private
# PostgreSQL cluster for this machine, start it if needed, create the database and export
# DATABASE_URL. It listens on a Unix socket only, so it never clashes with another server.
#
#   as root:   /var/lib/postgresql/gnlc, run as the `postgres` user (initdb refuses root)
#   otherwise: .pgdata/ in the repository, run as you
#   GNLC_PGDIR overrides the place.

gnlc_pg_bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  command -v pg_ctl >/dev/null 2>&1 && { dirname "$(command -v pg_ctl)"; return 0; }
  return 1
}

gnlc_pg_install_or_explain() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "gnlc: PostgreSQL is not installed; installing it with apt-get (postgresql)…" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    return $?
  fi
  cat >&2 <<'MSG'
gnlc: PostgreSQL (15 or later) is not installed.
  Debian/Ubuntu:  sudo apt-get install postgresql
  or point DATABASE_URL at a PostgreSQL you already run, e.g.
  DATABASE_URL=postgres://user:password@localhost/gnlc
MSG
  return 1
}

# gnlc_pg_ensure DBNAME: start the private cluster, create DBNAME, export DATABASE_URL.
gnlc_pg_ensure() {
  local db=$1 bindir dir as=()
  bindir=$(gnlc_pg_bindir) || { gnlc_pg_install_or_explain && bindir=$(gnlc_pg_bindir); } || return 1
  if [ "$(id -u)" = 0 ]; then
    dir=${GNLC_PGDIR:-/var/lib/postgresql/gnlc}
    as=(runuser -u postgres --)
    mkdir -p "$dir" && chown postgres: "$dir"
  else
    dir=${GNLC_PGDIR:-$GNLC_ROOT/.pgdata}
    mkdir -p "$dir"
  fi
  "${as[@]}" mkdir -p "$dir/run"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    echo "gnlc: creating a PostgreSQL cluster in $dir/data" >&2
    "${as[@]}" "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust \
      --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; return 1; }
    "${as[@]}" tee -a "$dir/data/postgresql.conf" >/dev/null <<CONF
# gnlc: a private cluster reached through its own socket directory only.
listen_addresses = ''
unix_socket_directories = '$dir/run'
max_connections = 200
CONF
  fi
  if ! "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w -t 60 start >/dev/null \
      || { tail -n 20 "$dir/data/server.log" >&2; return 1; }
  fi
  if [ -z "$("$bindir/psql" -h "$dir/run" -U postgres -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
    "$bindir/createdb" -h "$dir/run" -U postgres "$db" || return 1
  fi
  export GNLC_PG_BINDIR=$bindir GNLC_PG_SOCKET=$dir/run
  export DATABASE_URL="postgres://postgres@localhost/$db?host=$dir/run"
}
