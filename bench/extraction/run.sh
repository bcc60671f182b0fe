#!/usr/bin/env bash
# Builds the scrape worker and this benchmark, then measures extraction alone (parse, main
# content, Markdown, links) over the corpus of scrape-worker/src/test/resources/corpus:
# JMH throughput (pages/s on one thread; MB/s = pages/s x mean page size) and the corpus report
# (mean token F1, pages and MB per CPU-second, slowest page). Usage: bench/extraction/run.sh [jmh args]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
./mvnw -q -B -pl scrape-worker -am install -DskipTests
./mvnw -q -B -f "$here/pom.xml" package dependency:build-classpath -Dmdep.outputFile="$here/target/classpath.txt"
cd "$here"
cp="target/classes:$(cat target/classpath.txt)"
corpus="$root/scrape-worker/src/test/resources/corpus"
echo "== corpus report"
java -Xms1g -Xmx1g -Dcorpus="$corpus" -cp "$cp" io.scrapeline.bench.extraction.CorpusReport 40
echo "== JMH"
java -Dcorpus="$corpus" -cp "$cp" org.openjdk.jmh.Main ExtractionBenchmark -jvmArgsAppend "-Dcorpus=$corpus" -rf text -rff target/jmh.txt "$@"
mean_kb=$(awk -F, 'NR>1 {print $1}' "$corpus/index.csv" | while read -r n; do stat -c %s "$corpus/$n.html"; done | awk '{s+=$1; n++} END {printf "%.1f", s/n/1024}')
awk -v kb="$mean_kb" '/extractOnePage/ {printf "JMH: %.1f pages/s, %.1f MB/s on one thread (mean page %s KB)\n", $4, $4*kb/1024, kb}' target/jmh.txt
