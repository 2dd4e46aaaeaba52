#!/usr/bin/env bash
# Tagging + call-detail throughput on the labelled dev set. Usage: bench/classify/run.sh [passes] [threads]
# Needs a compiled project (./mvnw -o compile) and the samples (-> RADAR_SAMPLES, default /work/shared/samples).
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
SAMPLES=${RADAR_SAMPLES:-/work/shared/samples}
[ -f "$SAMPLES/labelled/dev.jsonl" ] || SAMPLES=../shared/samples
[ -f "$SAMPLES/labelled/dev.jsonl" ] || { echo "labelled samples not found; set RADAR_SAMPLES" >&2; exit 1; }
OUT=target/bench-classify
mkdir -p "$OUT"
./mvnw -q -B -o compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null
CP="target/classes:$(cat "$OUT/classpath.txt")"
"$JAVA_HOME/bin/javac" -nowarn -d "$OUT" -cp "$CP" bench/classify/ClassifyBench.java
"$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector -cp "$OUT:$CP" ClassifyBench feeds.yml \
    "$SAMPLES/labelled/dev.jsonl" "${1:-20}" "${2:-1}" 2>&1 | grep -v -e '^WARNING' -e 'SLF4J' -e 'incubator'
