#!/usr/bin/env bash
# What uploads cost the server in memory: ten cities upload a form of 24 MB at the same
# moment (the commitment section: two signed pledges of 10 MB each would be refused, so
# each form carries a 10 MB pledge, a 4 MB and a 10 MB supporting document spread over
# two fields), and the server's resident memory is read before, at its peak, and after.
#
#   bench/uploads.sh          (after bench/run.sh has built the release binary)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
GNLC_ROOT=$ROOT
source scripts/pg.sh
unset DATABASE_URL
gnlc_pg_ensure postgres
PG=$GNLC_PG_SOCKET
PSQL=("$GNLC_PG_BINDIR/psql" -q -h "$PG" -U postgres)
cargo build --release --locked --quiet
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS gnlc_uploads" -c "CREATE DATABASE gnlc_uploads"
DB="postgres://postgres@localhost/gnlc_uploads?host=$PG"
DATABASE_URL=$DB RUST_LOG=warn target/release/gnlc seed-demo --applications 20 >/dev/null
GNLC_NOW=2027-05-15T12:00:00Z BIND_ADDR=127.0.0.1:3002 DATABASE_URL=$DB RUST_LOG=warn target/release/gnlc serve &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -sf http://127.0.0.1:3002/readyz >/dev/null && break; sleep 0.2; done
rss() { awk '/VmRSS/ {print $2}' "/proc/$PID/status"; }
hwm() { awk '/VmHWM/ {print $2}' "/proc/$PID/status"; }
before=$(rss)
node bench/uploads.mjs http://127.0.0.1:3002 10
after=$(rss)
peak=$(hwm)
echo "uploads: RSS before ${before} kB, peak ${peak} kB (+$(( (peak - before) / 1024 )) MB), after ${after} kB"
