#!/usr/bin/env bash
# Three `gnlc serve` behind HAProxy (round robin, health checks on /readyz, no sticky
# sessions) on one PostgreSQL, on this machine, with the demo data and an SMTP sink. It
# checks what "the servers keep no state of their own" promises, and ends with one line,
# "cluster: N checks hold", or the checks that failed (and exits non-zero):
#
#   1. read your writes: every next page, served by another process, shows the change;
#   2. sessions: signed in through one server, acting through the others; signed out
#      through one, refused by the others on the next request;
#   3. the public pages kept in memory follow a change on every server within 100 ms
#      (LISTEN/NOTIFY), and still follow it after their listening connection is cut;
#   4. a rolling restart under load (SIGTERM to each server in turn): no failed request,
#      /readyz 503 at once, every acknowledged submission in the database;
#   5. kill -9 of one server under load: only requests in flight fail, none acknowledged
#      is missing;
#   6. the mail worker and the reminders on three servers: no mail lost, a mail sent
#      twice only where a server was killed in the middle of sending it, no reminder
#      queued twice.
#
#   bench/cluster.sh        (as root it installs HAProxy, Debian's package, if missing)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
GNLC_ROOT=$ROOT
source scripts/pg.sh
unset DATABASE_URL
gnlc_pg_ensure postgres
PG=$GNLC_PG_SOCKET
PSQL=("$GNLC_PG_BINDIR/psql" -q -h "$PG" -U postgres)
OUT=$ROOT/bench/results/raw/cluster
rm -rf "$OUT" && mkdir -p "$OUT"

if ! command -v haproxy >/dev/null; then
  [ "$(id -u)" = 0 ] || { echo "cluster: install haproxy (apt-get install haproxy), or run as root" >&2; exit 1; }
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
fi
command -v node >/dev/null || { echo "cluster: node is needed (scripts/test installs it)" >&2; exit 1; }
echo "== building (release)"
cargo build --release --locked --quiet

echo "== seeding"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS gnlc_cluster" -c "CREATE DATABASE gnlc_cluster"
DB="postgres://postgres@localhost/gnlc_cluster?host=$PG"
DATABASE_URL=$DB RUST_LOG=warn target/release/gnlc seed-demo --applications 2000 --bench-drafts 24000 >/dev/null
sql() { "${PSQL[@]}" -d gnlc_cluster -Atc "$1"; }
sql "SELECT a.id FROM applications a JOIN users u ON u.id = a.owner_id
      WHERE u.email = 'bench@demo.example' ORDER BY a.id" > "$OUT/drafts"
# The drafts: a few for the page checks, then one slice per load run (each submitted once).
# READS saves and SUBMITS submissions are read back in check 1 (ONLY_READS=1: then stop).
READS=${READS:-50} SUBMITS=${SUBMITS:-20}
PAGES=$((READS + SUBMITS + 1))
head -n $PAGES "$OUT/drafts" > "$OUT/drafts.pages"
tail -n +$((PAGES + 1)) "$OUT/drafts" > "$OUT/drafts.load"
split -n l/2 -d -a 1 "$OUT/drafts.load" "$OUT/drafts.load."

LB=http://127.0.0.1:3010
PORTS=(3011 3012 3013)
SMTP_PORT=2527
# 25 May 2027: the demo call closes for cities on 31 May, so the week's reminders are due.
NOW=2027-05-25T12:00:00Z
declare -A PIDS
start_server() { # INDEX
  local port=${PORTS[$1]}
  GNLC_NOW=$NOW BIND_ADDR=127.0.0.1:$port DATABASE_URL=$DB RUST_LOG=warn BASE_URL=$LB \
    TRUSTED_PROXIES=127.0.0.1 SMTP_URL=smtp://127.0.0.1:$SMTP_PORT SHUTDOWN_DRAIN_MS=2000 \
    target/release/gnlc serve >>"$OUT/server-$1.log" 2>&1 &
  PIDS[$1]=$!
  for _ in $(seq 200); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && return; sleep 0.05; done
  echo "server $1 did not start" >&2; return 1
}
node bench/smtp-sink.mjs $SMTP_PORT "$OUT/received" & SMTP_PID=$!
: > "$OUT/received"
cat > "$OUT/haproxy.cfg" <<CFG
global
    maxconn 4096
    # Every request with its server and status, for a page a check finds wrong.
    log stdout format raw local0 info
defaults
    mode http
    log global
    option httplog
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    # A request whose connection could not be made went to no server: HAProxy sends it to
    # another one. Nothing else is ever sent twice (below: no retry of a POST).
    retries 2
    option redispatch
frontend gnlc
    bind 127.0.0.1:3010
    option forwardfor
    default_backend servers
backend servers
    balance roundrobin
    option httpchk GET /readyz
    http-check expect status 200
    http-request disable-l7-retry if METH_POST
    http-response set-header X-Served-By %s
    default-server check inter 250ms fall 1 rise 2
    server s0 127.0.0.1:${PORTS[0]}
    server s1 127.0.0.1:${PORTS[1]}
    server s2 127.0.0.1:${PORTS[2]}
CFG
haproxy -c -q -f "$OUT/haproxy.cfg"
haproxy -db -f "$OUT/haproxy.cfg" >"$OUT/haproxy.log" 2>&1 & HAPROXY_PID=$!
cleanup() { kill -9 "${PIDS[@]}" 2>/dev/null; kill $HAPROXY_PID $SMTP_PID 2>/dev/null; true; }
trap cleanup EXIT
for i in 0 1 2; do start_server $i; done
for _ in $(seq 100); do curl -sf $LB/readyz >/dev/null && break; sleep 0.1; done

PASSED=0
FAILED=()
check() { # NAME CONDITION-AS-EXIT-STATUS DETAIL
  if [ "$2" = 0 ]; then PASSED=$((PASSED + 1)); echo "  ok:     $1 ($3)"
  else FAILED+=("$1"); echo "  FAILED: $1 ($3)"; fi
}

# ---------- sessions of the demo's people, through the balancer ----------
DEMO_TOTP_KEY=JBSWY3DPEHPK3PXPGNLCDEMOSTAFFKEY
csrf_of() { grep -o 'name="csrf_token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
sign_in() { # JAR EMAIL [BASE]
  local jar=$1 base=${3:-$LB} csrf next
  csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | csrf_of)
  next=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "csrf_token=$csrf" \
    --data-urlencode "email=$2" --data-urlencode "password=demo password 2027" "$base/login")
  if [[ $next == */login/code* ]]; then
    csrf=$(curl -s -c "$jar" -b "$jar" "$base/login/code" | csrf_of)
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrf_token=$csrf" \
      --data-urlencode "code=$(node bench/totp.mjs $DEMO_TOTP_KEY)" "$base/login/code"
  fi
}
token() { curl -s -b "$1" "${2:-$LB}/account" | csrf_of; }
served_by() { awk 'tolower($1) == "x-served-by:" {print $2}' | tr -d '\r'; }

echo "== 1. read your writes across servers"
CITY=$OUT/city.jar NATCOM=$OUT/natcom.jar
sign_in "$CITY" bench@demo.example
CSRF=$(token "$CITY")
stale=0 crossed=0 tries=0
for id in $(head -n $READS "$OUT/drafts.pages"); do
  mayor="Mayor $RANDOM$RANDOM"
  saved=$(curl -s -D "$OUT/headers" -o /dev/null -w '%{http_code}' -b "$CITY" --data-urlencode "csrf_token=$CSRF" --data-urlencode "mayor_name=$mayor" \
    --data-urlencode "mayor_title=Mayor of the cluster" --data-urlencode "then=continue" "$LB/applications/$id/edit/mayor")
  by=$(served_by < "$OUT/headers")
  read_back=$(curl -s -D "$OUT/headers" -o "$OUT/saved.html" -w '%{http_code}' -b "$CITY" "$LB/applications/$id/edit/mayor")
  tries=$((tries + 1))
  [ "$(served_by < "$OUT/headers")" != "$by" ] && crossed=$((crossed + 1))
  grep -q "value=\"$mayor\"" "$OUT/saved.html" \
    || { stale=$((stale + 1)); cp "$OUT/saved.html" "$OUT/stale-saved-$id.html"
         echo "save of $id (HTTP $saved by $by) not read back: HTTP $read_back from $(served_by < "$OUT/headers") at $(date +%T.%N)" >> "$OUT/stale"; }
done
# Submit twenty, then endorse the first: the next page of each, through another server,
# says so.
for ID in $(sed -n $((READS + 1)),$((READS + SUBMITS))p "$OUT/drafts.pages"); do
  submitted=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$CITY" --data-urlencode "csrf_token=$CSRF" "$LB/applications/$ID/submit")
  tries=$((tries + 1))
  read_back=$(curl -s -D "$OUT/headers" -o "$OUT/submitted.html" -w '%{http_code}' -b "$CITY" "$LB/applications/$ID")
  grep -q "Submitted to the National Commission" "$OUT/submitted.html" \
    || { stale=$((stale + 1)); cp "$OUT/submitted.html" "$OUT/stale-$ID.html"
         echo "submission of $ID ($submitted) not read back at $(date +%T.%N): HTTP $read_back from $(served_by < "$OUT/headers"), stage shown: $(grep -o '<strong class="tag">[^<]*' "$OUT/submitted.html" | head -1)" >> "$OUT/stale"; }
done
ID=$(sed -n $((READS + 1))p "$OUT/drafts.pages")
COUNTRY=$(sql "SELECT lower(country) FROM applications WHERE id = $ID")
sign_in "$NATCOM" "natcom-$COUNTRY@demo.example"
NCSRF=$(token "$NATCOM")
cp tests/fixtures/pdf/img2pdf-scan.pdf "$OUT/signed.pdf"
code=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$NATCOM" -F "csrf_token=$NCSRF" -F "officer_name=Cluster Officer" \
  -F "officer_title=Secretary-General" -F "note=Endorsed through the balancer" \
  -F "signed_endorsement=@$OUT/signed.pdf;type=application/pdf" "$LB/natcom/applications/$ID/endorse")
tries=$((tries + 1))
read_back=$(curl -s -D "$OUT/headers" -o "$OUT/endorsed.html" -w '%{http_code}' -b "$NATCOM" "$LB/natcom/applications/$ID")
grep -q "Endorsed by the National Commission" "$OUT/endorsed.html" \
  || { stale=$((stale + 1)); cp "$OUT/endorsed.html" "$OUT/stale-endorsed-$ID.html"
       echo "endorsement of $ID ($code) not read back at $(date +%T.%N): HTTP $read_back from $(served_by < "$OUT/headers"), stage shown: $(grep -o '<strong class="tag">[^<]*' "$OUT/endorsed.html" | head -1)" >> "$OUT/stale"; }
[ -e "$OUT/stale" ] && cat "$OUT/stale"
# The endorsement's answer: back to the application, not to a sign-in.
ok=0; { [ $stale = 0 ] && [[ $code == "303 "*"/natcom/applications/$ID"* ]]; } || ok=1
check "read your writes" $ok \
  "$tries changes, each read back through the balancer: $stale stale; $crossed of $READS saves read back from another server; endorsement HTTP $code"

if [ "${ONLY_READS:-}" = 1 ]; then
  [ ${#FAILED[@]} = 0 ] && { echo "cluster: $PASSED checks hold"; exit 0; }
  echo "cluster: ${#FAILED[@]} failed: ${FAILED[*]}"; exit 1
fi

echo "== 2. sessions across servers"
ONE=$OUT/one.jar
sign_in "$ONE" bench@demo.example "http://127.0.0.1:${PORTS[0]}"
OCSRF=$(token "$ONE" "http://127.0.0.1:${PORTS[0]}")
id=$(sed -n ${PAGES}p "$OUT/drafts.pages")
acts=""
for port in "${PORTS[1]}" "${PORTS[2]}"; do
  acts+="$(curl -s -o /dev/null -w '%{http_code}' -b "$ONE" "http://127.0.0.1:$port/applications") "
  acts+="$(curl -s -o /dev/null -w '%{http_code}' -b "$ONE" --data-urlencode "csrf_token=$OCSRF" \
    --data-urlencode "mayor_name=Mayor via $port" --data-urlencode "mayor_title=Mayor" --data-urlencode "then=continue" \
    "http://127.0.0.1:$port/applications/$id/edit/mayor") "
done
curl -s -o /dev/null -b "$ONE" --data-urlencode "csrf_token=$OCSRF" "http://127.0.0.1:${PORTS[0]}/logout"
after=""
for port in "${PORTS[1]}" "${PORTS[2]}"; do
  after+="$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$ONE" "http://127.0.0.1:$port/applications" | sed 's|http://[^/]*||') "
done
ok=0; [[ $acts == "200 303 200 303 " && $after == "303 /login?next=%2Fapplications 303 /login?next=%2Fapplications " ]] || ok=1
check "sessions across servers" $ok "signed in on s0; on s1, s2: $acts; signed out on s0; then s1, s2: $after"

echo "== 3. public pages follow a change on every server"
# Each server's copy of /members, asked again and again from before the change commits
# until it shows it, the three at once. A server's delay is at most the end of its first
# answer that showed the change, counted from the commit (the clock read right after it,
# by the same psql).
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
watch_for() { # MARKER PATH: starts the three askers (POLLERS)
  local marker=$1 path=$2 port
  POLLERS=()
  for port in "${PORTS[@]}"; do
    ( asks=0 since=$(now_ms)
      while [ $(( $(now_ms) - since )) -lt 10000 ]; do
        asks=$((asks + 1))
        # The whole page first: `curl | grep -q` under pipefail fails when grep stops early.
        page=$(curl -s "http://127.0.0.1:$port$path")
        grep -q "$marker" <<<"$page" && { echo "$(now_ms) $asks" > "$OUT/follow.$port"; exit; }
      done
      echo "never $asks" > "$OUT/follow.$port" ) &
    POLLERS+=($!)
  done
}
seen_after() { # T0: SEEN, the slowest server's delay in ms (or "never"), ASKED, the fewest asks of one
  wait "${POLLERS[@]}" # (in this shell: the askers are its children)
  local at asks port
  SEEN=0 ASKED=1000000
  for port in "${PORTS[@]}"; do
    read -r at asks < "$OUT/follow.$port"
    [ "$at" = never ] && { SEEN=never; ASKED=$asks; return; }
    [ $((at - $1)) -gt $SEEN ] && SEEN=$((at - $1))
    [ "$asks" -lt $ASKED ] && ASKED=$asks
  done
  return 0
}
committed() { # SQL -> the time of its commit, in ms since the epoch
  "${PSQL[@]}" -d gnlc_cluster -At -c "$1" -c "SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint"
}
for i in 0 1 2; do curl -s -o /dev/null "http://127.0.0.1:${PORTS[$i]}/members?country=FR"; done
watch_for Clusterville "/members?country=FR"
sleep 0.3 # each server answered the page without the change a few times
t0=$(committed "INSERT INTO members (city, country, joined_year) VALUES ('Clusterville', 'FR', 2027)")
seen_after "$t0"; listened=$SEEN listened_asks=$ASKED
# Cut every server's listening connection: they read the revision on each view until
# they listen again, and still show the next change.
cut=$(sql "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query ILIKE 'LISTEN%'")
watch_for Failoverville "/members?country=FR"
sleep 0.3
t0=$(committed "INSERT INTO members (city, country, joined_year) VALUES ('Failoverville', 'FR', 2027)")
seen_after "$t0"; unlistened=$SEEN unlistened_asks=$ASKED
ok=0; { [ "$listened" != never ] && [ "$listened" -le 100 ] && [ "$unlistened" != never ] \
  && [ "$unlistened" -le 1000 ] && [ "$cut" = 3 ] && [ "$listened_asks" -gt 1 ] && [ "$unlistened_asks" -gt 1 ]; } || ok=1
check "public pages across servers" $ok "a new member on all three servers' /members ${listened} ms after the commit (each asked at least $listened_asks times from before it); with the $cut listening connections cut, ${unlistened} ms ($unlistened_asks)"

echo "== 4. rolling restart under load"
LCSRF=$(token "$CITY")
COOKIE="gnlc_session=$(awk '/gnlc_session/ {print $7}' "$CITY")"
node bench/load.mjs $LB "$COOKIE" "$LCSRF" "$OUT/drafts.load.0" 45 8 30 > "$OUT/load.rolling" &
LOAD=$!
sleep 5
readyz=""
for i in 0 1 2; do
  kill -TERM "${PIDS[$i]}"
  sleep 0.05
  readyz+="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${PORTS[$i]}/readyz") "
  wait "${PIDS[$i]}" 2>/dev/null || true
  start_server $i
  sleep 8
done
wait $LOAD
answered() { grep -c "^$1 " "$2" || true; }
ok_n=$(answered ok "$OUT/load.rolling"); fail_n=$(answered fail "$OUT/load.rolling")
missing() { # LOG -> acknowledged submissions not submitted in the database
  awk '$1 == "ok" {print $2}' "$1" > "$1.ids"
  { echo "CREATE TEMP TABLE ok (id bigint); COPY ok FROM STDIN;"; cat "$1.ids"; printf '\\.\n';
    echo "SELECT count(*) FROM ok LEFT JOIN applications a ON a.id = ok.id AND a.submitted_at IS NOT NULL WHERE a.id IS NULL;"; } \
    | "${PSQL[@]}" -d gnlc_cluster -At | tail -1
}
lost=$(missing "$OUT/load.rolling")
ok=0; { [ "$fail_n" = 0 ] && [ "$lost" = 0 ] && [ "$readyz" = "503 503 503 " ]; } || ok=1
check "rolling restart" $ok "$ok_n submissions acknowledged, $fail_n failed, $lost acknowledged but missing; /readyz right after SIGTERM: $readyz"

echo "== 5. a server killed under load"
node bench/load.mjs $LB "$COOKIE" "$LCSRF" "$OUT/drafts.load.1" 20 8 30 > "$OUT/load.killed" &
LOAD=$!
sleep 5
kill -9 "${PIDS[1]}"; wait "${PIDS[1]}" 2>/dev/null || true
sleep 5
start_server 1
wait $LOAD
ok_n=$(answered ok "$OUT/load.killed"); fail_n=$(answered fail "$OUT/load.killed")
lost=$(missing "$OUT/load.killed")
# Only requests in flight on the killed server may fail: at most one per connection.
ok=0; { [ "$fail_n" -le 8 ] && [ "$lost" = 0 ]; } || ok=1
check "a server killed" $ok "$ok_n acknowledged, $fail_n failed ($(awk '$1 == "fail" {print $4}' "$OUT/load.killed" | sort | uniq -c | xargs)), $lost acknowledged but missing"

echo "== 6. mail and reminders with three servers"
for _ in $(seq 300); do
  left=$(sql "SELECT count(*) FROM mail_outbox WHERE state IN ('queued', 'sending')")
  [ "$left" = 0 ] && break
  sleep 1
done
sleep 1
sql "SELECT recipient || E'\t' || subject FROM mail_outbox WHERE state = 'sent' ORDER BY 1" > "$OUT/queued"
queued=$(wc -l < "$OUT/queued"); received=$(wc -l < "$OUT/received")
read -r twice never <<<"$(awk -F'\t' 'FNR == NR { q[$1 "|" $2]++; next } { r[$1 "|" $2]++ }
  END { for (k in r) if (r[k] > q[k]) t += r[k] - q[k]; for (k in q) if (q[k] > r[k]) n += q[k] - r[k]; print t + 0, n + 0 }' \
  "$OUT/queued" "$OUT/received")"
failed_mail=$(sql "SELECT count(*) FROM mail_outbox WHERE state <> 'sent'")
reminders=$(sql "SELECT count(*) FROM mail_outbox WHERE kind LIKE 'reminder%'")
reminded_twice=$(sql "SELECT count(*) FROM (SELECT 1 FROM mail_outbox WHERE kind LIKE 'reminder%'
                      GROUP BY kind, lower(recipient), subject, application_id HAVING count(*) > 1) d")
# One worker was killed once (check 5): what it had claimed and not yet marked sent may go
# twice, at most one batch of 32.
ok=0; { [ "$never" = 0 ] && [ "$failed_mail" = 0 ] && [ "$twice" -le 32 ] && [ "$reminders" -gt 0 ] && [ "$reminded_twice" = 0 ]; } || ok=1
check "mail and reminders" $ok "$queued mails sent, $received received, $never never received, $twice received twice, $failed_mail not sent; $reminders reminders queued, $reminded_twice twice"

echo
if [ ${#FAILED[@]} = 0 ]; then
  echo "cluster: $PASSED checks hold"
else
  echo "cluster: ${#FAILED[@]} failed: ${FAILED[*]} ($PASSED hold)"
  exit 1
fi
