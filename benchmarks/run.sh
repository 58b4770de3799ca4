#!/usr/bin/env bash
# Builds the benchmarks module and runs everything: JMH (hot path, producer), the load harness (every contender,
# batch sizes 1/100/1000, 1 and 8 callers), the memory run (-Xmx256m); writes benchmarks/target/results and
# docs/performance.md with its chart. About 12-15 minutes on 2 cores. Extra arguments go to the suite, e.g.
#   benchmarks/run.sh --rounds 1 --warmup 2 --measure 3 --skip-jmh
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -Pbenchmarks -pl benchmarks -am package -DskipTests
java -cp benchmarks/target/benchmarks.jar io.github.camelclicksend.voice.benchmarks.Suite \
  --docs docs --results benchmarks/target/results --command "benchmarks/run.sh${*:+ $*}" "$@"
