#!/usr/bin/env bash
# The end-to-end benchmark: ./bench/run.sh [all | scenario ...]   (./bench/run.sh help lists them)
#
# Builds what is missing (the services and the installed artifacts with `./mvnw install -DskipTests` at the
# root, then this bench module), then runs the scenarios in one JVM: a generated corpus served on 127.0.0.2-51,
# the stack started by ./scrapeline up on free ports in bench/pipeline/target/run, a table on stdout and
# bench/results/<UTC timestamp>.json. BENCH_REBUILD=1 rebuilds and reinstalls the root first.
# Every SCRAPELINE_* variable set here reaches the services (e.g. SCRAPELINE_SCRAPE_WORKER_MAX_IN_FLIGHT).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench/pipeline"
M2="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}/io/scrapeline"

root_built() {
  [ -f "$ROOT/deploy/local/target/launcher.classpath" ] || return 1
  for service in api-gateway result-store scrape-worker sitemap-worker; do
    [ -f "$ROOT/$service/target/quarkus-app/quarkus-run.jar" ] || return 1
  done
  [ -f "$M2/scrape-worker/0.1.0-SNAPSHOT/scrape-worker-0.1.0-SNAPSHOT.jar" ] || return 1
  [ -f "$M2/deploy-local/0.1.0-SNAPSHOT/deploy-local-0.1.0-SNAPSHOT.jar" ] || return 1
}

bench_built() {
  [ -f "$BENCH/target/bench.classpath" ] && [ -f "$BENCH/target/bench.built" ] || return 1
  [ -z "$(find "$BENCH/src" "$BENCH/pom.xml" -newer "$BENCH/target/bench.built" -print -quit)" ]
}

if [ "${BENCH_REBUILD:-0}" = "1" ] || ! root_built; then
  echo "Building and installing Scrapeline (./mvnw install -DskipTests)..." >&2
  (cd "$ROOT" && ./mvnw -q -B install -DskipTests) >&2
fi
worker_jar="$ROOT/scrape-worker/target/scrape-worker-0.1.0-SNAPSHOT.jar"
installed_jar="$M2/scrape-worker/0.1.0-SNAPSHOT/scrape-worker-0.1.0-SNAPSHOT.jar"
if [ -f "$worker_jar" ] && [ "$worker_jar" -nt "$installed_jar" ]; then
  echo "Note: scrape-worker was rebuilt after it was installed: the ceiling scenario uses the installed" >&2
  echo "      (older) classes. BENCH_REBUILD=1 reinstalls first." >&2
fi
if [ "${BENCH_REBUILD:-0}" = "1" ] || ! bench_built; then
  echo "Building the bench module..." >&2
  (cd "$ROOT" && ./mvnw -q -B -f bench/pipeline/pom.xml package -DskipTests) >&2
  touch "$BENCH/target/bench.built"
fi

exec java -Xmx1g -XX:+UseSerialGC \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -Dsun.net.httpserver.nodelay=true \
  -Dbench.sourceTree="$ROOT" \
  -Dbench.resultsDir="$ROOT/bench/results" \
  -Dbench.runDir="$BENCH/target/run" \
  -Dbench.clkTck="$(getconf CLK_TCK)" \
  -Dbench.javaVersion="$(java -version 2>&1 | head -n 1)" \
  -cp "$BENCH/target/classes:$(cat "$BENCH/target/bench.classpath")" \
  io.scrapeline.bench.Bench "$@"
