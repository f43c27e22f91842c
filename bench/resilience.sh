#!/usr/bin/env bash
# Under load (submissions on 8 connections for 110 s): kill -9 the server and start it
# again, restart PostgreSQL, stop the SMTP server for a minute. Then count: every
# submission answered 2xx is in the database; every queued mail was sent, once.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
GNLC_ROOT=$ROOT
source scripts/pg.sh
unset DATABASE_URL
gnlc_pg_ensure postgres
PG=$GNLC_PG_SOCKET
PSQL=("$GNLC_PG_BINDIR/psql" -q -h "$PG" -U postgres)
OUT=$ROOT/bench/results/raw/resilience
if [ "${1:-}" != --report ]; then
rm -rf "$OUT" && mkdir -p "$OUT"
cargo build --release --locked --quiet
[ -d tests/browser/node_modules ] || npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error

"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS gnlc_resilience" -c "CREATE DATABASE gnlc_resilience"
DB="postgres://postgres@localhost/gnlc_resilience?host=$PG"
DATABASE_URL=$DB RUST_LOG=warn target/release/gnlc seed-demo --applications 0 --bench-drafts 60000 >/dev/null
"${PSQL[@]}" -d gnlc_resilience -Atc "SELECT id FROM applications ORDER BY id" > "$OUT/ids"

SMTP_PORT=2526
start_smtp() { node bench/smtp-sink.mjs $SMTP_PORT "$OUT/received" & SMTP_PID=$!; sleep 0.5; }
start_gnlc() {
  GNLC_NOW=2027-05-15T12:00:00Z BIND_ADDR=127.0.0.1:3001 DATABASE_URL=$DB RUST_LOG=warn \
    SMTP_URL=smtp://127.0.0.1:$SMTP_PORT target/release/gnlc serve >>"$OUT/server.log" 2>&1 &
  GNLC_PID=$!
  for _ in $(seq 100); do curl -sf http://127.0.0.1:3001/readyz >/dev/null && return; sleep 0.1; done
  echo "the server did not come back" >&2; return 1
}
: > "$OUT/received"
start_smtp
start_gnlc
trap 'kill -9 $GNLC_PID 2>/dev/null; kill $SMTP_PID 2>/dev/null; true' EXIT

jar=$(mktemp)
csrf_of() { grep -o 'name="csrf_token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
CSRF=$(curl -s -c "$jar" -b "$jar" http://127.0.0.1:3001/login | csrf_of)
curl -s -c "$jar" -b "$jar" --data-urlencode "csrf_token=$CSRF" --data-urlencode "email=bench@demo.example" \
  --data-urlencode "password=demo password 2027" http://127.0.0.1:3001/login >/dev/null
# The session's own token, from a page of the session.
CSRF=$(curl -s -c "$jar" -b "$jar" http://127.0.0.1:3001/account | csrf_of)
COOKIE="gnlc_session=$(awk '/gnlc_session/ {print $7}' "$jar")"

node bench/load.mjs http://127.0.0.1:3001 "$COOKIE" "$CSRF" "$OUT/ids" 110 8 20 > "$OUT/load.log" &
LOAD_PID=$!
t0=$(date +%s)
at() { while [ $(( $(date +%s) - t0 )) -lt "$1" ]; do sleep 0.2; done; }

at 10; echo "t=10s  kill -9 the server"; kill -9 $GNLC_PID; wait $GNLC_PID 2>/dev/null || true
at 12; echo "t=12s  start it again"; start_gnlc
at 30; echo "t=30s  restart PostgreSQL"
if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$GNLC_PG_BINDIR/pg_ctl" -D "$(dirname "$PG")/data" -m fast -w restart >/dev/null
else "$GNLC_PG_BINDIR/pg_ctl" -D "$(dirname "$PG")/data" -m fast -w restart >/dev/null; fi
at 45; echo "t=45s  stop the SMTP server for a minute"; kill $SMTP_PID; wait $SMTP_PID 2>/dev/null || true
at 105; echo "t=105s start the SMTP server again"; start_smtp
wait $LOAD_PID
echo "load stopped; waiting for the outbox to drain"
for _ in $(seq 600); do
  left=$("${PSQL[@]}" -d gnlc_resilience -Atc "SELECT count(*) FROM mail_outbox WHERE state <> 'sent'")
  [ "$left" = 0 ] && break
  sleep 1
done
drained_after=$(( $(date +%s) - t0 - 110 ))
echo "$drained_after" > "$OUT/drained_after"
sleep 2
fi  # --report starts here, from the files and the database of the last run
drained_after=$(cat "$OUT/drained_after" 2>/dev/null || echo "?")

ok=$(grep -c '^ok ' "$OUT/load.log" || true)
fail=$(grep -c '^fail ' "$OUT/load.log" || true)
grep '^ok ' "$OUT/load.log" | awk '{print $2}' > "$OUT/ok-ids"
in_db=$( { echo "CREATE TEMP TABLE ok (id bigint); COPY ok FROM STDIN;"; cat "$OUT/ok-ids"; printf '\\.\n'; \
  echo "SELECT count(*) FROM applications a JOIN ok ON ok.id = a.id WHERE a.stage = 'submitted';"; } \
  | "${PSQL[@]}" -d gnlc_resilience -At | tail -1)
"${PSQL[@]}" -d gnlc_resilience -Atc "SELECT recipient || E'\t' || subject FROM mail_outbox ORDER BY 1" > "$OUT/queued"
queued=$(wc -l < "$OUT/queued")
received=$(wc -l < "$OUT/received")
# Compare counts per (recipient, subject): two cities of one name in two countries give
# one recipient two mails with the same subject, rightly. A copy received again with the
# Message-ID of an earlier one is a duplicate a mail system can recognise.
read -r twice never <<<"$(awk -F'\t' 'FNR == NR { q[$1 "|" $2]++; next } { r[$1 "|" $2]++ }
  END { for (k in r) if (r[k] > q[k]) t += r[k] - q[k]; for (k in q) if (q[k] > r[k]) n += q[k] - r[k]; print t + 0, n + 0 }' \
  "$OUT/queued" "$OUT/received")"
same_id=$(awk -F'\t' 'seen[$1 "|" $3]++' "$OUT/received" | wc -l)
states=$("${PSQL[@]}" -d gnlc_resilience -Atc "SELECT string_agg(state || '=' || n, ' ') FROM (SELECT state, count(*) n FROM mail_outbox GROUP BY 1) s")
after_restart=$(awk '$1 == "ok" && $3 > 12 && $3 < 30' "$OUT/load.log" | wc -l)
after_pg=$(awk '$1 == "ok" && $3 > 30' "$OUT/load.log" | wc -l)
cat <<REPORT
submissions answered 2xx:            $ok (refused or unanswered: $fail)
  of those, submitted in the database: $in_db
  2xx after the server was restarted:  $after_restart (between t=12 s and t=30 s)
  2xx after PostgreSQL was restarted:  $after_pg (after t=30 s)
mail queued:                         $queued ($states)
  received by the SMTP server:       $received
  received more often than queued:   $twice (of which with the Message-ID of an earlier copy: $same_id)
  queued but never received:         $never
  outbox drained:                    ${drained_after} s after the load stopped
REPORT
