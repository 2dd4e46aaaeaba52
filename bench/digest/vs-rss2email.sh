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
# Needs: Debian rss2email (apt-get install rss2email), python3, the jar (./mvnw -DskipTests package).
# Run from the project root: bench/digest/vs-rss2email.sh [feeds] [items-per-feed]
set -euo pipefail
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}; export PATH=$JAVA_HOME/bin:$PATH
N=${1:-200}; PER=${2:-10}; HERE=$(cd "$(dirname "$0")" && pwd); JAR=$(realpath target/omvarldsradar.jar)
W=$(mktemp -d); PIDS=(); trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; [ -n "${KEEP:-}" ] || rm -rf "$W"' EXIT
port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }

mkdir -p "$W/site" "$W/r2e" "$W/radar"
python3 - "$W/site" "$N" "$PER" <<'PY'
import sys, random, email.utils, time
out, n, per = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rnd = random.Random(7)
sv = "hamn logistik gods järnväg terminal innovation turism besöksnäring evenemang industri handel export skola miljö klimat vätgas energi region kommun utlysning stöd".split()
for f in range(1, n + 1):
    items = []
    for i in range(per):
        t = " ".join(rnd.choice(sv) for _ in range(7)).capitalize()
        d = " ".join(rnd.choice(sv) for _ in range(60))
        items.append(f"<item><title>{t}</title><link>http://example.org/f{f}/i{i}</link><guid>f{f}-i{i}</guid>"
                     f"<pubDate>{email.utils.formatdate(time.time() - i * 3600)}</pubDate><description>{d}</description></item>")
    open(f"{out}/feed-{f}.xml", "w").write('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f'<title>Källa {f}</title><link>http://example.org/</link><description>x</description>{"".join(items)}</channel></rss>')
PY
HP=$(port); (cd "$W/site" && exec python3 -m http.server --bind 0.0.0.0 "$HP" >/dev/null 2>&1) & PIDS+=($!)
sleep 1
url() { echo "http://127.0.0.$1:$HP/feed-$1.xml"; }

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

# Omvärldsradar: crawl --once, then digest --now, each a fresh JVM; one contact who follows everything.
SP=$(port); python3 "$HERE/smtp_sink.py" "$SP" "$W/radar-sink.json" & SINK=$!; PIDS+=($SINK); sleep 0.5
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
ARGS=(--config "$W/radar/feeds.yml" "${COMMON[@]}" "--spring.mail.port=$SP")
cd "$W/radar"
T0=$(date +%s.%N)
java -jar "$JAR" crawl --once "${ARGS[@]}" >"$W/crawl.out" 2>&1
T1=$(date +%s.%N)
java -jar "$JAR" digest --now "${ARGS[@]}" >"$W/digest.out" 2>&1
T2=$(date +%s.%N)
cd - >/dev/null
kill -TERM $SINK; wait $SINK 2>/dev/null || true

# Omvärldsradar as a service: started once (not timed), then "run now" on every source and "send now".
SP=$(port); python3 "$HERE/smtp_sink.py" "$SP" "$W/svc-sink.json" & SINK=$!; PIDS+=($SINK); sleep 0.5
WP=$(port); mkdir -p "$W/svc"; cd "$W/svc"
java ${SERVICE_JAVA_OPTS:-} -jar "$JAR" "--radar.config=$W/radar/feeds.yml" "${COMMON[@]}" "--spring.mail.port=$SP" --server.port="$WP" \
    --spring.quartz.auto-startup=false >"$W/svc.out" 2>&1 & SVC=$!; PIDS+=($SVC)
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
T3=$(date +%s.%N)
if [ "$MODE" = each ]; then
    seq 1 "$N" | xargs -P "${PARALLEL:-16}" -I{} bash -c 'post "$BASE/admin/sources/f{}/run"' >"$W/svc-run.codes"
else
    post "$BASE/admin/sources/run" >"$W/svc-run.codes"
    until curl -s -u admin:secret "$BASE/admin/sources/run" | grep -q '"running":false'; do sleep 0.02; done
fi
T4=$(date +%s.%N)
post --data-urlencode "contact=bench@example.org" "$BASE/admin/digests/send" >"$W/svc-send.code"
until [ -s "$W/svc-sink.json.count" ]; do sleep 0.05; done
T5=$(date +%s.%N)
kill -TERM $SINK; wait $SINK 2>/dev/null || true
kill -TERM $SVC; wait $SVC 2>/dev/null || true

python3 - "$W" "$R2E_S" "$T0" "$T1" "$T2" "$T3" "$T4" "$T5" <<'PY'
import json, sys
w, r2e, t0, t1, t2, t3, t4, t5 = sys.argv[1], float(sys.argv[2]), *map(float, sys.argv[3:])
a, b, c = (json.load(open(w + f)) for f in ("/r2e-sink.json", "/radar-sink.json", "/svc-sink.json"))
codes = open(w + "/svc-run.codes").read().split()
ok = sum(1 for l in open(w + "/crawl.out") if " ok " in l.lower() or "status=200" in l.lower())
print(f"rss2email:     {r2e:7.2f} s  messages={a['messages']:5d}  bytes={a['bytes']}")
print(f"omvarldsradar: {t2 - t0:7.2f} s  (crawl --once {t1 - t0:.2f} s + digest --now {t2 - t1:.2f} s)"
      f"  messages={b['messages']}  bytes={b['bytes']}")
print(f"ratio rss2email / omvarldsradar (cli) = {r2e / (t2 - t0):.2f}")
mode = "run all now" if len(codes) == 1 else f"run now x{len(codes)}"
print(f"omvarldsradar service: {t5 - t3:7.2f} s  ({mode} {t4 - t3:.2f} s, {codes.count('302')} redirected back"
      f" + send now {t5 - t4:.2f} s, HTTP {open(w + '/svc-send.code').read().strip()})  messages={c['messages']}  bytes={c['bytes']}")
print(f"ratio rss2email / omvarldsradar (service) = {r2e / (t5 - t3):.2f}")
PY
tail -3 "$W/crawl.out"; cat "$W/digest.out" | tail -2; tail -3 "$W/r2e.out"
