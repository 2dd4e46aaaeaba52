#!/usr/bin/env bash
# Crawl-cycle benchmark (issue 3): 500 sources over 50 loopback hosts, 100 ms latency, 1 s per-host delay.
# Usage: bench/crawl/run.sh [-Dsources=500 -Dhosts=50 -Dlatency=100 -Ddelay=1000 -Dcycles=10]
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/bench.cp)"
exec "$JAVA_HOME/bin/java" -Xmx512m --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -cp "$CP" "$@" bench/crawl/CrawlBench.java
