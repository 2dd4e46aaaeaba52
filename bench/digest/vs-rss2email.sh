#!/usr/bin/env bash
# Omvärldsradar beside rss2email: the same 200 feeds (10 items each) served on loopback, each on its own
# address (127.0.0.N) so neither tool's per-host politeness serialises them; each tool fetches them all and
# mails the new items to a local SMTP sink. Prints wall times and what each delivered.
# Omvärldsradar is measured two ways:
#  - cli:     `crawl --once` then `digest --now`, each a fresh JVM (cron-style, like rss2email);
#  - service: the server started once and left running (not timed, as the office's always-up service), then
#             timed from "Run all now" on the sources page (one form post; the run goes on in the background and
#             the script polls its progress, GET /admin/sources/run, until it is done) and "send now" on the digest
#             page until the SMTP sink has the digest. MODE=each instead posts "run now" on every source (admin
#             form, $PARALLEL at a time, default 16; each crawls on its request thread). Its schedule is off
#             (spring.quartz.auto-startup=false) so that nothing is crawled before the timer starts.
# Needs: Debian rss2email (apt-get install rss2email), python3, the jar (./mvnw -DskipTests package; JAR=path for another).
# AOT=1: both Omvärldsradar modes run from the extracted jar with a JDK 25 AOT cache (docs/operations.md, "Faster
# start"): the script first extracts the jar and records the cache in an untimed training run of its own (the
# service's rounds, ONLY=service WARMUPS=$AOT_WARMUPS (default 3), on feeds and ports of that run), then measures as usual with
# -XX:AOTCache. SERVICE_JAVA_OPTS / CLI_JAVA_OPTS add JVM options to the service / the cli runs.
# DB=pg: both Omvärldsradar modes use PostgreSQL (the `postgres` profile, as in production; a database each) in a
# throwaway cluster of Debian's postgresql on loopback with its default, durable settings (fsync and
# synchronous_commit on); the service's CPU lines then also give the PostgreSQL processes' CPU in the round.
# Run from the project root: bench/digest/vs-rss2email.sh [feeds] [items-per-feed]
set -euo pipefail
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}; export PATH=$JAVA_HOME/bin:$PATH
N=${1:-200}; PER=${2:-10}; HERE=$(cd "$(dirname "$0")" && pwd); JAR=$(realpath "${JAR:-target/omvarldsradar.jar}")
W=$(mktemp -d); PIDS=(); PGDIR=; PGRUN=()
cleanup() {
    [ -z "$PGDIR" ] || "${PGRUN[@]}" pg_ctl -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1 || true
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    [ -n "${KEEP:-}" ] || rm -rf "$W"
}
trap cleanup EXIT
port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }

if [ -n "${AOT:-}" ]; then
    java -Djarmode=tools -jar "$JAR" extract --destination "$W/aot/app" >/dev/null
    JAR="$W/aot/app/$(basename "$JAR")"
    T0=$(date +%s.%N)
    AOT= DB= JAR="$JAR" ONLY=service WARMUPS=${AOT_WARMUPS:-3} SERVICE_JAVA_OPTS="-XX:AOTCacheOutput=$W/aot/radar.aot" "$0" "$N" "$PER" >"$W/aot/training.out" 2>&1
    [ -f "$W/aot/radar.aot" ] || { tail -20 "$W/aot/training.out"; echo "no AOT cache was written" >&2; exit 1; }
    echo "AOT cache: $(du -m "$W/aot/radar.aot" | cut -f1) MB, training run $(python3 -c "print(round($(date +%s.%N)-$T0,1))") s (untimed below)"
    AO="-XX:AOTMode=on -XX:AOTCache=$W/aot/radar.aot"  # on: fail rather than run without the cache
    SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:-} $AO"; CLI_JAVA_OPTS="${CLI_JAVA_OPTS:-} $AO"
fi

mkdir -p "$W/site" "$W/r2e" "$W/radar"
# Writes every feed file with PER items of round $1: round 1 is what rss2email, the cli and the service's cold
# round fetch; round 2 replaces every item (new guids, links and titles, same feed URLs) for the service's
# warm round. Round 1's files are dated a minute back so that round 2's are newer than the Last-Modified the
# service stored (python's http.server answers a conditional GET at one-second granularity), and its items
# are dated before round 2's, as a feed's new items are.
gen() {
python3 - "$W/site" "$N" "$PER" "$1" <<'PY'
import os, sys, random, email.utils, time
out, n, per, rd = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rnd = random.Random(7 if rd == 1 else 7 + rd)
tag, gtag = ("", "") if rd == 1 else (f"r{rd}/", f"r{rd}-")
back = (2 - rd) * per if rd < 2 else 0  # hours: round 1's items are all older than round 2's
now = time.time()
sv = "hamn logistik gods järnväg terminal innovation turism besöksnäring evenemang industri handel export skola miljö klimat vätgas energi region kommun utlysning stöd".split()
for f in range(1, n + 1):
    items = []
    for i in range(per):
        t = " ".join(rnd.choice(sv) for _ in range(7)).capitalize()
        d = " ".join(rnd.choice(sv) for _ in range(60))
        items.append(f"<item><title>{t}</title><link>http://example.org/f{f}/{tag}i{i}</link><guid>f{f}-{gtag}i{i}</guid>"
                     f"<pubDate>{email.utils.formatdate(now - (back + i) * 3600)}</pubDate><description>{d}</description></item>")
    path = f"{out}/feed-{f}.xml"
    open(path, "w").write('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f'<title>Källa {f}</title><link>http://example.org/</link><description>x</description>{"".join(items)}</channel></rss>')
    mtime = now - 60 if rd == 1 else now
    os.utime(path, (mtime, mtime))
PY
}
gen 1
HP=$(port); (cd "$W/site" && exec python3 -m http.server --bind 0.0.0.0 "$HP" >/dev/null 2>&1) & PIDS+=($!)
sleep 1
url() { echo "http://127.0.0.$1:$HP/feed-$1.xml"; }

# The service's sources: the same 200 feeds; one contact who follows everything.
python3 - feeds.yml "$W/radar/feeds.yml" "$N" "$HP" <<'PY'
import sys, yaml
base = yaml.safe_load(open(sys.argv[1])); n, hp = int(sys.argv[3]), sys.argv[4]
base["sources"] = [{"id": f"f{f}", "name": f"Källa {f}", "kind": "news", "type": "feed",
                    "url": f"http://127.0.0.{f}:{hp}/feed-{f}.xml", "every": "6h"} for f in range(1, n + 1)]
base["departments"] = [{"name": "Bench", "contacts": [{"name": "Bench", "email": "bench@example.org", "language": "sv"}]}]
yaml.safe_dump(base, open(sys.argv[2], "w"), allow_unicode=True, sort_keys=False)
PY
HOSTS=$(seq -s, -f '127.0.0.%g' 1 "$N")
COMMON=("--radar.fetch.allow-hosts=$HOSTS" --radar.fetch.min-host-delay=0ms --spring.mail.host=127.0.0.1
        --radar.digest.max-per-section=10000)
PGPID=
if [ "${DB:-}" = pg ]; then
    PGDIR="$W/pg"; PGP=$(port); mkdir -p "$PGDIR"; [ "$(id -u)" = 0 ] && { chown postgres "$W" "$PGDIR"; PGRUN=(runuser -u postgres --); }
    chmod o+x "$W"
    "${PGRUN[@]}" initdb -D "$PGDIR/data" -A trust -U radar -E UTF8 --no-locale >/dev/null
    "${PGRUN[@]}" pg_ctl -D "$PGDIR/data" -w -l "$PGDIR/log" -o "-p $PGP -k $PGDIR -c listen_addresses=127.0.0.1" start >/dev/null
    for d in cli svc; do psql -q -h 127.0.0.1 -p "$PGP" -U radar -d postgres -c "create database $d" ; done
    PGPID=$(head -1 "$PGDIR/data/postmaster.pid")
    pgargs() { echo "--spring.profiles.active=postgres --spring.datasource.url=jdbc:postgresql://127.0.0.1:$PGP/$1 --spring.datasource.username=radar --spring.datasource.password="; }
    echo "PostgreSQL $(postgres --version | awk '{print $3}') on port $PGP (fsync and synchronous_commit on)"
else
    pgargs() { :; }
fi

# ONLY=service skips rss2email and the cli (for profiling the service); their lines then say "skipped".
if [ "${ONLY:-}" != service ]; then
# rss2email: one mail per new item, SMTP to the sink.
SP=$(port); python3 "$HERE/smtp_sink.py" "$SP" "$W/r2e-sink.json" & SINK=$!; PIDS+=($SINK); sleep 0.5
R2E="r2e -c $W/r2e/r2e.cfg -d $W/r2e/db.json"
$R2E new bench@example.org >/dev/null
python3 - "$W/r2e/r2e.cfg" "$SP" <<'PY'
import sys, configparser
c = configparser.ConfigParser(); c.read(sys.argv[1])
c["DEFAULT"].update({"email-protocol": "smtp", "smtp-server": "127.0.0.1:" + sys.argv[2], "smtp-auth": "False",
                     "smtp-ssl": "False", "from": "r2e@example.org", "use-8bit": "True"})
c.write(open(sys.argv[1], "w"))
PY
for f in $(seq 1 "$N"); do $R2E add "f$f" "$(url "$f")" >/dev/null; done
T0=$(date +%s.%N); $R2E run >"$W/r2e.out" 2>&1 || true; T1=$(date +%s.%N)
kill -TERM $SINK; wait $SINK 2>/dev/null || true
R2E_S=$(python3 -c "print(round($T1-$T0,2))")

# Omvärldsradar: crawl --once, then digest --now, each a fresh JVM.
SP=$(port); python3 "$HERE/smtp_sink.py" "$SP" "$W/radar-sink.json" & SINK=$!; PIDS+=($SINK); sleep 0.5
ARGS=(--config "$W/radar/feeds.yml" "${COMMON[@]}" "--spring.mail.port=$SP" $(pgargs cli))
cd "$W/radar"
T0=$(date +%s.%N)
java ${CLI_JAVA_OPTS:-} -jar "$JAR" crawl --once "${ARGS[@]}" >"$W/crawl.out" 2>&1
T1=$(date +%s.%N)
java ${CLI_JAVA_OPTS:-} -jar "$JAR" digest --now "${ARGS[@]}" >"$W/digest.out" 2>&1
T2=$(date +%s.%N)
cd - >/dev/null
kill -TERM $SINK; wait $SINK 2>/dev/null || true

else
    R2E_S=0; T0=0; T1=0; T2=0
fi

# Omvärldsradar as a service: started once (not timed), then two rounds, each "run all now" (or MODE=each: "run
# now" on every source) and "send now" until the SMTP sink has the digest. The cold round fetches round 1's
# feeds in the just-started JVM; then every feed is rewritten with new items and the warm round, timed the same
# way, fetches them: the state of a service that has been up for a while. Each round's CPU time is the service
# process's (/proc/PID/stat, all threads; JIT = its compiler threads, GC = the collector's). JFR=DIR records the warm round with the
# profile settings (or JFR_SETTINGS=file.jfc) into DIR/warm.jfr (JFR=DIR COLD=1 the cold round into DIR/cold.jfr).
mkdir -p "$W/svc-mail"
SP=$(port); python3 "$HERE/smtp_sink.py" "$SP" "$W/svc-sink.json" "$W/svc-mail" & SINK=$!; PIDS+=($SINK); sleep 0.5
WP=$(port); mkdir -p "$W/svc"; cd "$W/svc"
java ${SERVICE_JAVA_OPTS:-} -jar "$JAR" "--radar.config=$W/radar/feeds.yml" "${COMMON[@]}" "--spring.mail.port=$SP" --server.port="$WP" \
    --spring.quartz.auto-startup=false $(pgargs svc) >"$W/svc.out" 2>&1 & SVC=$!; PIDS+=($SVC)
cd - >/dev/null
BASE="http://127.0.0.1:$WP"
until curl -sf -o /dev/null "$BASE/login"; do kill -0 $SVC 2>/dev/null || { tail -20 "$W/svc.out"; exit 1; }; sleep 0.5; done
# A session and its CSRF token, as the admin's browser has them (the cookie is Secure, so it is passed by hand).
curl -s -D "$W/login.h" -o "$W/login.html" "$BASE/login"
COOKIE=$(grep -io 'JSESSIONID=[^;]*' "$W/login.h" | head -1)
TOKEN=$(grep -o 'name="_csrf" *value="[^"]*"' "$W/login.html" | head -1 | sed 's/.*value="//;s/"$//')
post() { curl -s -o /dev/null -w '%{http_code}\n' -u admin:secret -H "Cookie: $COOKIE" --data-urlencode "_csrf=$TOKEN" "$@"; }
export -f post; export COOKIE TOKEN BASE
MODE=${MODE:-all}
# CPU ticks of the service: "total jit gc pg" (JIT: its compiler threads; GC: the collector's threads; pg: the
# PostgreSQL processes, DB=pg only: the postmaster with its ended children's, and its live children).
cpu() {
python3 - "$SVC" "$PGPID" <<'PY'
import os, sys
def ticks(stat, children=False):
    s = open(stat).read(); comm = s[s.index("(") + 1:s.rindex(")")]; f = s[s.rindex(")") + 2:].split()
    return comm, int(f[11]) + int(f[12]) + (int(f[13]) + int(f[14]) if children else 0)
pg = 0
if sys.argv[2]:
    pg = ticks(f"/proc/{sys.argv[2]}/stat", True)[1]
    for p in filter(str.isdigit, os.listdir("/proc")):
        try:
            s = open(f"/proc/{p}/stat").read()
            if s[s.rindex(")") + 2:].split()[1] == sys.argv[2]:
                pg += ticks(f"/proc/{p}/stat")[1]
        except OSError:
            pass
total, jit, gc = ticks(f"/proc/{sys.argv[1]}/stat")[1], 0, 0
for t in os.listdir(f"/proc/{sys.argv[1]}/task"):
    try:
        comm, n = ticks(f"/proc/{sys.argv[1]}/task/{t}/stat")
    except OSError:
        continue
    jit += n if "CompilerThre" in comm else 0
    gc += n if comm.startswith(("GC Thread", "G1 ")) else 0
print(total, jit, gc, pg)
PY
}
# One timed round ($1 = cold | warm, $2 = messages the sink must have by its end): writes $W/$1.times (start,
# run done, mail in), $W/$1.cpu (before, after) and $W/$1.count (messages so far).
round() {
    local r=$1 want=$2 t3 t4 t5 c0 c1
    if [ -n "${JFR:-}" ] && { [ "$r" = warm ] || [ -n "${COLD:-}" ]; }; then
        jcmd $SVC JFR.start name=$r settings="${JFR_SETTINGS:-profile}" filename="$JFR/$r.jfr" >/dev/null
    fi
    cat "$W/svc-sink.json.count" 2>/dev/null >"$W/$r.before" || echo 0 >"$W/$r.before"
    c0=$(cpu)
    t3=$(date +%s.%N)
    if [ "$MODE" = each ]; then
        seq 1 "$N" | xargs -P "${PARALLEL:-16}" -I{} bash -c 'post "$BASE/admin/sources/f{}/run"' >"$W/$r-run.codes"
    else
        post "$BASE/admin/sources/run" >"$W/$r-run.codes"
        until curl -s -u admin:secret "$BASE/admin/sources/run" | grep -q '"running":false'; do sleep 0.02; done
    fi
    t4=$(date +%s.%N)
    post --data-urlencode "contact=bench@example.org" "$BASE/admin/digests/send" >"$W/$r-send.code"
    until [ "$(cat "$W/svc-sink.json.count" 2>/dev/null || echo 0)" -ge "$want" ]; do sleep 0.05; done
    t5=$(date +%s.%N)
    c1=$(cpu)
    if [ -n "${JFR:-}" ] && { [ "$r" = warm ] || [ -n "${COLD:-}" ]; }; then
        jcmd $SVC JFR.stop name=$r >/dev/null
    fi
    echo "$t3 $t4 $t5" >"$W/$r.times"; echo "$c0 $c1" >"$W/$r.cpu"; cp "$W/svc-sink.json.count" "$W/$r.count"
}
round cold 1
# New contents for every feed; the files' mtime moves on, so the conditional GET gets 200, not 304. WARMUPS
# untimed rounds (default 3) come between, each on contents of its own: one round after start-up still spends
# a third of its CPU in the JIT's compiler threads; a service that has run a few crawls no longer does.
WARMUPS=${WARMUPS:-3}
for k in $(seq 2 $((WARMUPS + 1))); do gen "$k"; round "warmup$k" "$k"; done
gen $((WARMUPS + 2))
round warm $((WARMUPS + 2))
kill -TERM $SINK; wait $SINK 2>/dev/null || true
kill -TERM $SVC; wait $SVC 2>/dev/null || true

python3 - "$W" "$R2E_S" "$T0" "$T1" "$T2" "$N" "$PER" "$(getconf CLK_TCK)" "$WARMUPS" <<'PY'
import email, json, os, re, sys
w, r2e, t0, t1, t2 = sys.argv[1], float(sys.argv[2]), *map(float, sys.argv[3:6])
n, per, hz, warmups = int(sys.argv[6]), int(sys.argv[7]), int(sys.argv[8]), int(sys.argv[9])
only = r2e == 0
if only:
    print("rss2email:     skipped (ONLY=service)")
    print("omvarldsradar: skipped (ONLY=service)")
else:
    a, b = (json.load(open(w + f)) for f in ("/r2e-sink.json", "/radar-sink.json"))
    print(f"rss2email:     {r2e:7.2f} s  messages={a['messages']:5d}  bytes={a['bytes']}")
    print(f"omvarldsradar: {t2 - t0:7.2f} s  (crawl --once {t1 - t0:.2f} s + digest --now {t2 - t1:.2f} s)"
          f"  messages={b['messages']}  bytes={b['bytes']}")
    print(f"ratio rss2email / omvarldsradar (cli) = {r2e / (t2 - t0):.2f}")

# The items a digest lists: the bench feeds' links (http://example.org/fF/[rR/]iI) in its text part.
link = re.compile(r"http://example\.org/f(\d+)/(?:r(\d+)/)?i(\d+)")
def items_in(k):
    msg, text = email.message_from_bytes(open(f"{w}/svc-mail/{k}.eml", "rb").read()), ""
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            text += part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8", "replace")
    return {(int(f), int(r or 1), int(i)) for f, r, i in link.findall(text)}

for r in ("cold", "warm"):
    before = int(open(f"{w}/{r}.before").read().strip() or 0)
    t3, t4, t5 = map(float, open(f"{w}/{r}.times").read().split())
    c0, j0, g0, p0, c1, j1, g1, p1 = map(int, open(f"{w}/{r}.cpu").read().split())
    codes = open(f"{w}/{r}-run.codes").read().split()
    upto = int(open(f"{w}/{r}.count").read())
    mails = range(before + 1, upto + 1)
    size = sum(os.path.getsize(f"{w}/svc-mail/{k}.eml") for k in mails)
    items = set().union(*(items_in(k) for k in mails))
    mode = "run all now" if len(codes) == 1 else f"run now x{len(codes)}"
    label = "omvarldsradar service:" if r == "cold" else f"omvarldsradar service, warm round (after {warmups} more):"
    print(f"{label} {t5 - t3:7.2f} s  ({mode} {t4 - t3:.2f} s, {codes.count('302')} redirected back"
          f" + send now {t5 - t4:.2f} s, HTTP {open(f'{w}/{r}-send.code').read().strip()})  messages={len(mails)}  bytes={size}"
          f"  items={len(items)}")
    print(f"  {r} round: service CPU {(c1 - c0) / hz:.2f} s (JIT compiler threads {(j1 - j0) / hz:.2f} s, GC threads {(g1 - g0) / hz:.2f} s)"
          + (f", PostgreSQL CPU {(p1 - p0) / hz:.2f} s" if p1 else ""))
    if not only:
        print(f"ratio rss2email / omvarldsradar (service{', warm' if r == 'warm' else ''}) = {r2e / (t5 - t3):.2f}")
    rd = 1 if r == "cold" else warmups + 2
    want = {(f, rd, i) for f in range(1, n + 1) for i in range(per)}
    other = sum(1 for x in items if x[1] != rd)
    print(f"  {r} digest: {len(items & want)} of the round's {len(want)} items, {other} of the other round's:"
          f" {'OK' if items == want else 'MISMATCH'}")
PY
if [ "${ONLY:-}" != service ]; then tail -3 "$W/crawl.out"; tail -2 "$W/digest.out"; tail -3 "$W/r2e.out"; fi
