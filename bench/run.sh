#!/usr/bin/env bash
# Measure GNLC Call against the reference axum + askama + sqlx app, in one run on one
# machine, both on the same PostgreSQL: wrk -t2 -c64 -d10s --latency, a 3 s warm-up, then
# 3 runs and their median. Prints a table (also written to bench/results/latest.md).
#
#   bench/run.sh              everything
#   RUNS=1 DURATION=5s bench/run.sh   a quicker look
#   ROWS='submission|ref_' bench/run.sh   only the rows whose name matches
#   APPLICATIONS=50000 BENCH_DRAFTS=20000 bench/run.sh   a call of another size
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
GNLC_ROOT=$ROOT
source scripts/pg.sh
unset DATABASE_URL
gnlc_pg_ensure postgres
PG=$GNLC_PG_SOCKET
PSQL=("$GNLC_PG_BINDIR/psql" -q -h "$PG" -U postgres)
RUNS=${RUNS:-3}
DURATION=${DURATION:-10s}
OUT=$ROOT/bench/results
mkdir -p "$OUT/raw"
command -v wrk >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; } || { echo "install wrk" >&2; exit 1; }

echo "== building (release)"
cargo build --release --locked --quiet
REF=$ROOT/target/bench-reference
if [ ! -x "$REF/target/release/reference" ]; then
  rm -rf "$REF" && cp -r "$ROOT/../shared/bench/reference" "$REF" && chmod -R u+w "$REF"
  (cd "$REF" && cargo build --release --quiet)
fi

echo "== seeding"
PGHOST=$PG PGUSER=postgres "$REF/run.sh" seed
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS gnlc_bench" -c "CREATE DATABASE gnlc_bench"
GNLC_DB="postgres://postgres@localhost/gnlc_bench?host=$PG"
DATABASE_URL=$GNLC_DB RUST_LOG=warn target/release/gnlc seed-demo --applications "${APPLICATIONS:-7200}" \
  --bench-drafts "${BENCH_DRAFTS:-110000}"
# Vacuumed now, so that autovacuum does not run through the first rows measured.
"${PSQL[@]}" -d gnlc_bench -c "VACUUM (ANALYZE)"

echo "== starting both servers"
BIND=127.0.0.1:8000 DATABASE_URL="postgres://postgres@localhost/reference_bench?host=$PG" "$REF/target/release/reference" >/dev/null 2>&1 &
REF_PID=$!
GNLC_NOW=2027-05-15T12:00:00Z BIND_ADDR=127.0.0.1:3000 DATABASE_URL=$GNLC_DB RUST_LOG=warn target/release/gnlc serve &
GNLC_PID=$!
trap 'kill $REF_PID $GNLC_PID 2>/dev/null || true' EXIT
for url in http://127.0.0.1:8000/plain http://127.0.0.1:3000/readyz; do
  for _ in $(seq 100); do curl -sf "$url" >/dev/null && break; sleep 0.2; done
done

# A signed-in session: its cookies for wrk, its CSRF token for the forms (read from the
# pages, as a browser has it: the sign-in form's, then the session's).
# The key of the demo's staff second factors (src/demo.rs, printed by `gnlc seed-demo`).
DEMO_TOTP_KEY=JBSWY3DPEHPK3PXPGNLCDEMOSTAFFKEY
csrf_of() { grep -o 'name="csrf_token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
session() {
  local jar; jar=$(mktemp)
  local csrf; csrf=$(curl -s -c "$jar" -b "$jar" http://127.0.0.1:3000/login | csrf_of)
  local next; next=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
    --data-urlencode "csrf_token=$csrf" --data-urlencode "email=$1" \
    --data-urlencode "password=demo password 2027" http://127.0.0.1:3000/login)
  # Staff accounts have a second factor: the code of the demo's key, as an app shows it.
  if [[ $next == */login/code* ]]; then
    csrf=$(curl -s -c "$jar" -b "$jar" http://127.0.0.1:3000/login/code | csrf_of)
    curl -s -c "$jar" -b "$jar" --data-urlencode "csrf_token=$csrf" \
      --data-urlencode "code=$(node bench/totp.mjs "$DEMO_TOTP_KEY")" http://127.0.0.1:3000/login/code >/dev/null
  fi
  csrf=$(curl -s -c "$jar" -b "$jar" http://127.0.0.1:3000/account | csrf_of)
  echo "gnlc_session=$(awk '/gnlc_session/ {print $7}' "$jar")|$csrf"
  rm -f "$jar"
}
IFS='|' read -r ADMIN_COOKIE _ <<<"$(session admin@demo.example)"
IFS='|' read -r NATCOM_COOKIE _ <<<"$(session natcom-fr@demo.example)"
IFS='|' read -r BENCH_COOKIE BENCH_CSRF <<<"$(session bench@demo.example)"
APP_ID=$("${PSQL[@]}" -d gnlc_bench -Atc "SELECT min(id) FROM applications WHERE stage = 'under_review'")
FR_APP_ID=$("${PSQL[@]}" -d gnlc_bench -Atc "SELECT min(id) FROM applications WHERE country = 'FR' AND stage = 'submitted'")
echo "   France has $("${PSQL[@]}" -d gnlc_bench -Atc "SELECT count(*) FROM applications WHERE country = 'FR' AND submitted_at IS NOT NULL AND stage NOT IN ('draft', 'withdrawn')") submitted applications to compare"
# The bench drafts: the first for section saves, the rest for submissions (each once).
"${PSQL[@]}" -d gnlc_bench -Atc "SELECT a.id FROM applications a JOIN users u ON u.id = a.owner_id
  WHERE u.email = 'bench@demo.example' ORDER BY a.id LIMIT 5000" > "$OUT/raw/save-ids"
"${PSQL[@]}" -d gnlc_bench -Atc "SELECT a.id FROM applications a JOIN users u ON u.id = a.owner_id
  WHERE u.email = 'bench@demo.example' ORDER BY a.id OFFSET 5000" > "$OUT/raw/submit-ids"
# One slice of fresh drafts for the warm-up and for each run: a draft is submitted once.
split -n l/$((RUNS + 1)) -d -a 1 "$OUT/raw/submit-ids" "$OUT/raw/submit-ids."

# wrk NAME URL [wrk options…] [-- script arguments…]: warm-up, RUNS runs; prints
# "req/s p50 p99 errors" of the median run.
measure() {
  local name=$1 url=$2; shift 2
  local options=() script_args=() after=0 a
  for a in "$@"; do
    if [ $after = 1 ]; then script_args+=("$a"); elif [ "$a" = -- ]; then after=1; else options+=("$a"); fi
  done
  [ ${#script_args[@]} -eq 0 ] || script_args=(-- "${script_args[@]}")
  # "{run}" in a script argument becomes the run's number (0 for the warm-up), so that
  # each run can take its own fresh drafts.
  wrk -t2 -c64 -d3s "${options[@]}" "$url" "${script_args[@]//\{run\}/0}" >/dev/null 2>&1 || true
  local i
  for i in $(seq "$RUNS"); do
    wrk -t2 -c64 -d"$DURATION" --latency "${options[@]}" "$url" "${script_args[@]//\{run\}/$i}" > "$OUT/raw/$name.$i" 2>&1
  done
  for i in $(seq "$RUNS"); do
    local f=$OUT/raw/$name.$i
    echo "$(awk '/Requests\/sec/ {print $2}' "$f") $(awk '$1=="50%" {print $2}' "$f") $(awk '$1=="99%" {print $2}' "$f") $(grep -c 'Non-2xx\|Socket errors' "$f")"
  done | sort -n | awk -v mid=$(( (RUNS + 1) / 2 )) 'NR==mid'
}

printf '| target | req/s | p50 | p99 | ratio | against |\n|---|---:|---:|---:|---:|---|\n' > "$OUT/latest.md"
declare -A REF_RPS
row() { # NAME URL AGAINST [wrk options…]
  local name=$1 url=$2 against=$3; shift 3
  [[ -z "${ROWS:-}" || "$name" =~ $ROWS ]] || return 0
  read -r rps p50 p99 errors <<<"$(measure "$name" "$url" "$@")"
  local ratio="" 
  if [ -n "$against" ] && [ -n "${REF_RPS[$against]:-}" ]; then
    ratio=$(awk -v a="$rps" -v b="${REF_RPS[$against]}" 'BEGIN {printf "%.2f×", a / b}')
  fi
  # Every row can be the one another is compared with (the French pages with the English).
  REF_RPS[$name]=$rps
  printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p99" "$ratio" "$against" | tee -a "$OUT/latest.md"
  [ "$errors" = 0 ] || echo "   (non-2xx answers or socket errors in $name: see $OUT/raw/$name.*)"
}

echo "== measuring (wrk -t2 -c64 -d$DURATION, median of $RUNS)"
row ref_page http://127.0.0.1:8000/page ""
row ref_fortunes http://127.0.0.1:8000/fortunes ""
row ref_list http://127.0.0.1:8000/list ""
row call_page http://127.0.0.1:3000/ ref_page
row members http://127.0.0.1:3000/members ref_page
# The same pages in French: localisation should cost at most 10 % of throughput.
row call_page_fr http://127.0.0.1:3000/ call_page -H "Cookie: gnlc_lang=fr"
row natcom_dashboard http://127.0.0.1:3000/natcom ref_list -H "Cookie: $NATCOM_COOKIE"
# The cockpit: France's submitted applications side by side ([5/8]: at least 0.8x /list).
row natcom_compare http://127.0.0.1:3000/natcom/compare ref_list -H "Cookie: $NATCOM_COOKIE"
# A pledge written as PDF on each request: its latency is the time to generate one.
row pledge_pdf "http://127.0.0.1:3000/applications/$FR_APP_ID/pledge.pdf" ref_list -H "Cookie: $NATCOM_COOKIE"
row uil_unfiltered http://127.0.0.1:3000/uil ref_list -H "Cookie: $ADMIN_COOKIE"
row uil_unfiltered_fr http://127.0.0.1:3000/uil uil_unfiltered -H "Cookie: $ADMIN_COOKIE; gnlc_lang=fr"
row uil_filtered "http://127.0.0.1:3000/uil?region=Africa&stage=under_review&reviewed=yes" ref_list -H "Cookie: $ADMIN_COOKIE"
row uil_filtered_by_country "http://127.0.0.1:3000/uil?region=Africa&stage=under_review&reviewed=yes&sort=country" ref_list -H "Cookie: $ADMIN_COOKIE"
row application_page "http://127.0.0.1:3000/uil/applications/$APP_ID" ref_list -H "Cookie: $ADMIN_COOKIE"
# The jury meeting's ranking ([6/8]: at least 0.8x /list), of the demo call: every
# application at UIL, three of the 15 jurors on each one waiting for a decision.
DEMO_CALL_ID=$("${PSQL[@]}" -d gnlc_bench -Atc "SELECT id FROM calls WHERE title LIKE '%(demo call 2027)'")
row jury_ranking "http://127.0.0.1:3000/uil/calls/$DEMO_CALL_ID/ranking" ref_list -H "Cookie: $ADMIN_COOKIE"
row jury_ranking_filtered "http://127.0.0.1:3000/uil/calls/$DEMO_CALL_ID/ranking?region=Africa&sort=spread" ref_list -H "Cookie: $ADMIN_COOKIE"
row section_save http://127.0.0.1:3000 "" -s bench/post.lua -- "/applications/{id}/edit/mayor" "$OUT/raw/save-ids" "$BENCH_COOKIE" "csrf_token=$BENCH_CSRF&mayor_salutation=Ms&mayor_name=Bench+Mayor&mayor_title=Mayor+of+the+bench&then=continue"
row submission http://127.0.0.1:3000 "" -s bench/post.lua -- "/applications/{id}/submit" "$OUT/raw/submit-ids.{run}" "$BENCH_COOKIE" "csrf_token=$BENCH_CSRF"
# The UIL pages again while a city saves its form 100 times a second (bench/changes.mjs):
# every save makes the pages kept in memory read again, so these rows measure the reads
# that follow changes. Last, so that their saves do not weigh on the POST rows.
while_changing() { # ROW ARGUMENTS…
  [[ -z "${ROWS:-}" || "$1" =~ $ROWS ]] || return 0
  node bench/changes.mjs "http://127.0.0.1:3000/applications/$(tail -1 "$OUT/raw/save-ids")/edit/mayor" \
    "$BENCH_COOKIE" "csrf_token=$BENCH_CSRF&mayor_salutation=Ms&mayor_name=Bench+Mayor&mayor_title=Mayor&then=continue" \
    100 > "$OUT/raw/changes.$1" &
  local writer=$!
  row "$@"
  kill "$writer" && wait "$writer" || true
  echo "   ($1: $(cat "$OUT/raw/changes.$1"))"
}
while_changing uil_filtered_100_changes_s "http://127.0.0.1:3000/uil?region=Africa&stage=under_review&reviewed=yes" ref_list -H "Cookie: $ADMIN_COOKIE"
while_changing application_page_100_changes_s "http://127.0.0.1:3000/uil/applications/$APP_ID" ref_list -H "Cookie: $ADMIN_COOKIE"
# A streamed download as UIL makes it, with the server's resident memory sampled every
# 20 ms during it: sets SIZE (bytes), TIME (s), CODE, and RSS, "N MB before, peak M MB
# during".
download() { # NAME URL FILE
  local before; before=$(awk '/VmRSS/ {print $2}' /proc/$GNLC_PID/status)
  rm -f "$OUT/raw/$1.done"
  ( peak=0; while kill -0 $GNLC_PID 2>/dev/null && [ ! -e "$OUT/raw/$1.done" ]; do
      r=$(awk '/VmRSS/ {print $2}' /proc/$GNLC_PID/status); [ "$r" -gt "$peak" ] && peak=$r; sleep 0.02
    done; echo "$peak" > "$OUT/raw/$1.peak" ) &
  local sampler=$! got
  got=$(curl -s -o "$3" -w '%{size_download} %{time_total} %{http_code}' -H "Cookie: $ADMIN_COOKIE" "$2")
  touch "$OUT/raw/$1.done"; wait $sampler
  read -r SIZE TIME CODE <<<"$got"
  RSS="RSS $((before / 1024)) MB before, peak $(( $(cat "$OUT/raw/$1.peak") / 1024 )) MB during"
}
mb() { awk -v s="$1" 'BEGIN {printf "%.1f MB", s / 1e6}'; }
# The dossiers as one ZIP, streamed: its size, throughput and the server's memory.
dossier() { # NAME QUERY
  [[ -z "${ROWS:-}" || "$1" =~ $ROWS ]] || return 0
  download "$1" "http://127.0.0.1:3000/uil/calls/$DEMO_CALL_ID/dossier.zip?$2" "$OUT/raw/$1.zip"
  local apps; apps=$(python3 -c "import sys, zipfile; print(sum(n.endswith('/contents.txt') for n in zipfile.ZipFile(sys.argv[1]).namelist()))" "$OUT/raw/$1.zip" 2>/dev/null || echo "?")
  echo "   $1: HTTP $CODE, $apps applications, $(mb "$SIZE") in ${TIME}s ($(awk -v s="$SIZE" -v t="$TIME" 'BEGIN {printf "%.1f MB/s", s / 1e6 / t}')); $RSS" | tee -a "$OUT/latest.md"
  rm -f "$OUT/raw/$1.zip"
}
# The CSV export of every application at UIL, streamed: its size, its time and the
# server's memory.
export_csv() {
  [[ -z "${ROWS:-}" || export_csv =~ $ROWS ]] || return 0
  download export "http://127.0.0.1:3000/uil/export.csv" "$OUT/raw/export.csv"
  local rows; rows=$(python3 -c "import csv, sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline=''))) - 1)" "$OUT/raw/export.csv" 2>/dev/null || echo "?")
  echo "   export_csv: HTTP $CODE, $rows rows, $(mb "$SIZE") in ${TIME}s; $RSS" | tee -a "$OUT/latest.md"
  rm -f "$OUT/raw/export.csv"
}
export_csv
dossier dossier_zip_country "country=$("${PSQL[@]}" -d gnlc_bench -Atc "SELECT country FROM applications WHERE call_id = $DEMO_CALL_ID AND forwarded_at IS NOT NULL GROUP BY country ORDER BY abs(count(*) - 200), country LIMIT 1")"
dossier dossier_zip_region "region=Africa"
dossier dossier_zip_call ""
echo "peak RSS of gnlc: $(awk '/VmHWM/ {print $2, $3}' /proc/$GNLC_PID/status); of the reference: $(awk '/VmHWM/ {print $2, $3}' /proc/$REF_PID/status)"
echo "submitted in the database: $("${PSQL[@]}" -d gnlc_bench -Atc "SELECT count(*) FROM applications a JOIN users u ON u.id = a.owner_id WHERE u.email = 'bench@demo.example' AND stage = 'submitted'")"
