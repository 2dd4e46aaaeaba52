#!/usr/bin/env bash
# Composition benchmark: 1,000 contacts with realistic profiles over 10,000 new items, no SMTP.
# Run from the project root: bench/digest/compose.sh [contacts] [items]
# JAVA_OPTS="-Dbench.now=EPOCH_MS -Dbench.dump=DIR" fixes the clock and writes every digest's text and HTML to DIR.
set -euo pipefail
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}; export PATH=$JAVA_HOME/bin:$PATH
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
./mvnw -q -B -o -DskipTests compile dependency:build-classpath -Dmdep.outputFile="$W/cp.txt" -Dmdep.includeScope=runtime >/dev/null 2>&1
CP="target/classes:$(cat "$W/cp.txt")"
javac -d "$W/classes" -cp "$CP" bench/digest/ComposeBench.java
java ${JAVA_OPTS:-} --add-modules jdk.incubator.vector -cp "$W/classes:$CP" ComposeBench "$W/run" "${1:-1000}" "${2:-10000}" "${@:3}" 2>&1 | grep -v -e WARNING -e '^$'
