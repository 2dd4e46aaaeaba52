#!/usr/bin/env bash
# Search benchmark: indexing rate, then HTTP search latency at 8 concurrent clients, then the same queries in
# PostgreSQL full-text search (tsvector + GIN, ts_rank). Never part of the tests.
#   bench/search/run.sh [ITEMS=100000] [HTTP_REQUESTS=20000] [PG_REQUESTS=2000]
# REUSE_INDEX=1 keeps the index and TSV of an earlier run of the same size; SKIP_PG=1 leaves PostgreSQL out.
# MAX_SEGMENTS=N merges the new index down to N segments, as the service's nightly maintenance does
# (radar.index.max-segments, default 1); MAX_SEGMENTS=0 keeps the segments as writing left them.
# COUNT_CACHE=N lets the server remember the counts of N searches (radar.index.count-cache); default 0, so every
# request is counted afresh: the benchmark's 18 queries repeat, and remembered counts would measure the cache.
# Needs JDK 25, Debian's postgresql (15) and, for the wrk pass, Debian's wrk; everything listens on 127.0.0.1 only and is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-100000}; REQ=${2:-20000}; PGREQ=${3:-2000}; CLIENTS=8
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}; export PATH=$JAVA_HOME/bin:$PATH
OUT=$PWD/bench/out/search-$N; mkdir -p "$OUT"
PGDIR=$(mktemp -d /tmp/radar-bench-pg.XXXXXX); APP_PID=
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -f "$PGDIR/postmaster.pid" ] && runuser -u postgres -- pg_ctl -D "$PGDIR" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PGDIR"
}
trap cleanup EXIT
port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
JVM=(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED)

echo "== machine: load average $(cut -d' ' -f1-3 /proc/loadavg) (shared with other work), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=runtime >/dev/null
CP=$PWD/target/classes:$(cat "$OUT/cp.txt")
rm -rf "$OUT/classes"; mkdir -p "$OUT/classes"
javac -q -d "$OUT/classes" -cp "$CP" bench/search/src/se/omvarldsradar/search/internal/*.java 2>/dev/null \
  || javac -d "$OUT/classes" -cp "$CP" bench/search/src/se/omvarldsradar/search/internal/*.java
BCP=$OUT/classes:$CP

if [ "${REUSE_INDEX:-0}" = 1 ] && [ -d "$OUT/index" ] && [ -f "$OUT/items.tsv" ]; then
  echo "== reusing the index of $N items in $OUT"
else
  rm -rf "$OUT/index"
  echo "== indexing $N items (one thread, the application's LuceneIndex and ItemDocuments)"
  java "${JVM[@]}" -Xmx4g -Dbench.max-segments="${MAX_SEGMENTS:-1}" -cp "$BCP" se.omvarldsradar.search.internal.BenchIndex \
    "$N" "$OUT/index" "$OUT/items.tsv"
fi
echo "== the index has $(find "$OUT/index" -name '*.si' | wc -l) segments"

echo "== HTTP: the application on the index, $CLIENTS clients, $REQ requests, count cache ${COUNT_CACHE:-0}"
P=$(port)
java "${JVM[@]}" -Xmx2g -jar target/omvarldsradar.jar --server.port="$P" --radar.index.path="$OUT/index" \
  --spring.datasource.url="jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1" --spring.quartz.auto-startup=false \
  --radar.index.check-at-start=false --radar.index.count-cache="${COUNT_CACHE:-0}" \
  --radar.config=feeds.yml --logging.level.root=WARN >"$OUT/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$P/actuator/health" && break; sleep 0.5; done
java -cp "$BCP" se.omvarldsradar.search.internal.LoadClient http "http://127.0.0.1:$P" "$CLIENTS" "$REQ" 2000
if command -v wrk >/dev/null; then
  # The same mix from wrk (C, one thread): far less client CPU on the same 2 cores than the Java client.
  java -cp "$BCP" se.omvarldsradar.search.internal.LoadClient paths >"$OUT/paths.txt"
  export WRK_PATHS=$OUT/paths.txt WRK_AUTH=$(printf '%s' "${RADAR_BENCH_AUTH:-staff:secret}" | base64 -w0)
  # The warm-up lasts until the JIT is done: after 15 s its compiler threads still took a fifth of the server's CPU
  # through the measured minute (a service that has run for more than a few minutes no longer pays that), so the
  # line after the run shows their share of it.
  echo "== HTTP with wrk: $CLIENTS connections, one thread, 60 s after ${WARMUP:-90} s of warm-up"
  wrk -t1 -c"$CLIENTS" -d"${WARMUP:-90}s" -s bench/search/mix.lua "http://127.0.0.1:$P" >/dev/null
  cpu() { for t in /proc/"$APP_PID"/task/*; do echo "$(tr -d ' ' <"$t/comm") $(cut -d' ' -f14,15 "$t/stat")"; done \
    | awk '{all += $2 + $3} /^C[12]CompilerThre/ {jit += $2 + $3} END {print all, jit}'; }
  read -r ALL0 JIT0 < <(cpu)
  wrk -t1 -c"$CLIENTS" -d60s --latency -s bench/search/mix.lua "http://127.0.0.1:$P" | tee "$OUT/wrk.txt"
  read -r ALL1 JIT1 < <(cpu)
  DONE=$(awk '/requests in/ {print $1}' "$OUT/wrk.txt")
  TICK=$(getconf CLK_TCK)
  python3 -c "print('RESULT wrk server cpu per request %.2f ms, of which JIT compiler threads %.2f ms' % (($ALL1 - $ALL0) * 1000 / $TICK / $DONE, ($JIT1 - $JIT0) * 1000 / $TICK / $DONE))"
fi
echo "== HTTP, one client (service time without queueing), $((REQ / 4)) requests"
java -cp "$BCP" se.omvarldsradar.search.internal.LoadClient http "http://127.0.0.1:$P" 1 "$((REQ / 4))" 200
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
echo "== CPU time per search in process, no HTTP (the searching thread's own CPU: comparable on a busy machine)"
java "${JVM[@]}" -Xmx2g -cp "$BCP" se.omvarldsradar.search.internal.CpuPerSearch "$OUT/index" 200 | grep -v -e WARNING -e '^INFO' -e '^[A-Z][a-z][a-z] [0-9]'

[ "${SKIP_PG:-0}" = 1 ] && exit 0
echo "== PostgreSQL $(postgres --version | awk '{print $3}'): tsvector GIN index, ts_rank, $CLIENTS clients, $PGREQ requests"
chown postgres "$PGDIR"; PGP=$(port)
runuser -u postgres -- initdb -D "$PGDIR" -A trust -U bench >/dev/null
runuser -u postgres -- pg_ctl -D "$PGDIR" -w -l "$PGDIR/log" -o "-p $PGP -k $PGDIR -c listen_addresses=127.0.0.1 \
  -c shared_buffers=2GB -c work_mem=64MB -c effective_cache_size=8GB -c max_wal_size=8GB -c synchronous_commit=off" start >/dev/null
PSQL=(psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGP" -U bench -d postgres)
"${PSQL[@]}" <<'SQL'
create table item(id text primary key, lang text, title text, body text, sectors text[], kind text, source text,
  published timestamptz, deadline timestamptz,
  tsv tsvector generated always as (
    setweight(to_tsvector(case lang when 'sv' then 'swedish'::regconfig when 'en' then 'english'::regconfig else 'simple'::regconfig end, title), 'A')
    || setweight(to_tsvector(case lang when 'sv' then 'swedish'::regconfig when 'en' then 'english'::regconfig else 'simple'::regconfig end, body), 'B')) stored);
SQL
S=$(date +%s.%N)
"${PSQL[@]}" -c "\\copy item(id, lang, title, body, sectors, kind, source, published, deadline) from '$OUT/items.tsv'"
L=$(date +%s.%N)
"${PSQL[@]}" -c "create index item_tsv on item using gin(tsv)" -c "create index item_sectors on item using gin(sectors)" \
  -c "create index item_published on item(published)" -c "vacuum analyze item"
E=$(date +%s.%N)
python3 -c "print('RESULT pg-load items=$N copy+tsvector=%.1fs gin+analyze=%.1fs rate=%.0f/s' % ($L-$S, $E-$L, $N/($E-$S)))"
"${PSQL[@]}" -At -c "select 'RESULT pg-size ' || pg_size_pretty(pg_total_relation_size('item'))"
java -cp "$BCP" se.omvarldsradar.search.internal.LoadClient pg "jdbc:postgresql://127.0.0.1:$PGP/postgres?user=bench" "$CLIENTS" "$PGREQ" 200
